/**
 * The SDK's code files (`operations/*`, `resources/*`, `client.ts`, `tasks.ts`,
 * `core/retry-policy.ts`) in prettier's final form without running prettier: final-form.ts's
 * declarations printer, extended with the value constructs these files are made of — functions and
 * their overloads, classes with properties, constructors and methods, `const` declarations,
 * `return` and call statements, calls (`client.request<T>({ … }, options)`), `new`, object and
 * array literals, member access (`?.` included), arrow functions with an expression body (paging,
 * task descriptors), one binary operator or conditional, and literals. Each node becomes the layout
 * document prettier 3.10's estree printer builds for it (call arguments, member chains, assignment
 * layouts and all), printed by `prettier/doc`.
 *
 * Everything else (template literals, parentheses, nested operators, hugged or block-bodied
 * functions, comments anywhere but before a statement or member, …) throws `Unsupported`: the file
 * goes to prettier. test/format/final-form-code.test.ts compares the text with prettier's on real
 * and fuzz specs and on layouts that break lines in each way modelled here.
 */
import ts from 'typescript';
import { builders, printer, utils } from 'prettier/doc';
import {
  FinalFormPrinter,
  Unsupported,
  exportModifier,
  isNextLineEmpty,
  isObjectType,
  printString,
  printWith,
  simpleNumber,
} from './final-form.js';
import { PRETTIER_OPTIONS } from './options.js';

type Doc = builders.Doc;

const {
  align,
  breakParent,
  conditionalGroup,
  fill,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  lineSuffix,
  lineSuffixBoundary,
  softline,
} = builders;

/** The text prettier would print for a code file, or `undefined` when that is not certain. */
export function printCodeInFinalForm(text: string): string | undefined {
  // `#!/usr/bin/env node` is kept as the first line (TypeScript's scanner skips it as trivia).
  if (text.startsWith('#!')) {
    const end = text.indexOf('\n');
    if (end === -1 || text[end + 1] === '\n' || text[end + 1] === undefined) return undefined;
    const rest = printCodeInFinalForm(text.slice(end + 1));
    return rest === undefined ? undefined : `${text.slice(0, end).trimEnd()}\n${rest}`;
  }
  return printWith(text, (source, file) => {
    // TypeScript parses what babel refuses (a name declared twice); prettier's error must stay.
    if (hasDuplicateValueNames(file)) throw new Unsupported();
    return new CodePrinter(source, file).program();
  });
}

/** A top-level value name declared or imported twice (overload signatures aside). */
function hasDuplicateValueNames(file: ts.SourceFile): boolean {
  const seen = new Set<string>();
  const claim = (name: string): boolean => seen.size === seen.add(name).size;
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement)) {
      if (statement.body && statement.name && claim(statement.name.text)) return true;
    } else if (ts.isClassDeclaration(statement)) {
      if (statement.name && claim(statement.name.text)) return true;
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name) && claim(declaration.name.text)) return true;
    } else if (ts.isImportDeclaration(statement)) {
      const name = statement.importClause?.name;
      if (name && claim(name.text)) return true;
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) if (claim(element.name.text)) return true;
    }
  }
  return false;
}

/**
 * Where an expression sits, as far as its layout depends on it: `value` is the right side of an
 * object property, a variable or a class property; `branch` a conditional's test or branch
 * (`inReturnOrCall`: the conditional is a return or call argument).
 */
type Context =
  | {
      kind:
        | 'return'
        | 'argument'
        | 'value'
        | 'property-value'
        | 'statement'
        | 'binary-operand'
        | 'member-object';
    }
  | { kind: 'branch'; inReturnOrCall: boolean };

type AssignmentLayout =
  'break-after-operator' | 'never-break-after-operator' | 'fluid' | 'break-lhs';

/** Call names prettier keeps on one line (test calls, AMD/CommonJS module calls). */
const SPECIAL_CALLEES = new Set([
  'require',
  'define',
  'it',
  'test',
  'describe',
  'xit',
  'xtest',
  'xdescribe',
  'fit',
  'fdescribe',
  'ftest',
  'beforeEach',
  'afterEach',
  'beforeAll',
  'afterAll',
  'skip',
  'only',
  'Boolean',
]);

const BINARY_OPERATORS: ReadonlyMap<ts.SyntaxKind, { text: string; logical: boolean }> = new Map([
  [ts.SyntaxKind.EqualsEqualsEqualsToken, { text: '===', logical: false }],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, { text: '!==', logical: false }],
  [ts.SyntaxKind.InstanceOfKeyword, { text: 'instanceof', logical: false }],
  [ts.SyntaxKind.QuestionQuestionToken, { text: '??', logical: true }],
  [ts.SyntaxKind.BarBarToken, { text: '||', logical: true }],
  [ts.SyntaxKind.AmpersandAmpersandToken, { text: '&&', logical: true }],
]);

class CodePrinter extends FinalFormPrinter {
  /** Printing a function or method body (only these blocks are printed). */
  private inFunctionBody = false;
  /** Printing the body of a constructor of a class that extends another: `super(…)` is allowed. */
  private inDerivedConstructor = false;
  /** The call of the expression statement being printed. */
  private statementCall: ts.CallExpression | undefined;
  /** The initializer of the variable declarator being printed (its parent is a VariableDeclarator). */
  private declaratorInit: ts.Expression | undefined;
  /** Printing the body of an `async` function: `await` is allowed there (and at the top level). */
  private inAsyncBody = false;
  /** Constructs printed whose layout is modelled only when their statement fits on its line. */
  private flatOnly = 0;

  /**
   * Statements as final-form.ts prints them, plus a line comment at the end of a statement's line
   * (`x(); // why`): prettier attaches it to the statement as a trailing comment, printed as a
   * line suffix after it.
   */
  protected override statementSequence(
    statements: ts.NodeArray<ts.Statement>,
    program: boolean,
  ): Doc {
    const parts: Doc[] = [];
    let trailing: string | undefined;
    statements.forEach((statement, i) => {
      const flatOnly = this.flatOnly;
      parts.push(
        trailing === undefined
          ? this.leadingComments(statement)
          : this.commentsAfterTrailing(statement),
      );
      const printed = this.statement(statement);
      if (this.flatOnly !== flatOnly) this.requireOneLine(printed);
      parts.push(printed);
      trailing = this.trailingLineComment(statement);
      if (trailing !== undefined) parts.push(lineSuffix([' ', trailing]), breakParent);
      if (i < statements.length - 1) {
        parts.push(hardline);
        if (isNextLineEmpty(this.text, statement.end)) parts.push(hardline);
      }
    });
    if (program && statements.length > 0) parts.push(hardline);
    return parts;
  }

  /**
   * A top-level statement that prints on one line within the width: prettier prints every group
   * of it flat too, whatever layout it would choose when breaking, and flat layouts agree.
   */
  private requireOneLine(printed: Doc): void {
    if (this.inFunctionBody || utils.willBreak(printed)) throw new Unsupported();
    const { formatted } = printer.printDocToString(printed, {
      printWidth: PRETTIER_OPTIONS.printWidth!,
      tabWidth: 2,
      useTabs: false,
    });
    if (!/^[\x20-\x7e]*$/.test(formatted) || formatted.length > PRETTIER_OPTIONS.printWidth!)
      throw new Unsupported();
  }

  /** The `// …` comment that ends a statement's line (and is the only comment there), if any. */
  private trailingLineComment(node: ts.Statement): string | undefined {
    const ranges = ts.getTrailingCommentRanges(this.text, node.end);
    const first = ranges?.[0];
    if (!first || first.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return undefined;
    if (ranges.length > 1) throw new Unsupported();
    return this.text.slice(first.pos, first.end).trimEnd();
  }

  /** After a trailing line comment: only line comments on their own lines before the next statement. */
  private commentsAfterTrailing(node: ts.Statement): Doc[] {
    const parts: Doc[] = [];
    for (const range of ts.getLeadingCommentRanges(this.text, node.pos) ?? []) {
      if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia) throw new Unsupported();
      // The statement's own trailing comment, printed already.
      if (!this.text.slice(node.pos, range.pos).includes('\n')) continue;
      parts.push(this.text.slice(range.pos, range.end).trimEnd(), hardline);
      if (isNextLineEmpty(this.text, range.end)) parts.push(hardline);
    }
    return parts;
  }

  protected override statement(node: ts.Statement): Doc {
    if (ts.isImportDeclaration(node) && isDefaultImportOnly(node))
      return [
        'import ',
        this.identifier(node.importClause!.name!),
        ' from ',
        printString(this.raw(node.moduleSpecifier)),
        ';',
      ];
    if (ts.isFunctionDeclaration(node)) return this.functionDeclaration(node);
    if (ts.isVariableStatement(node)) return this.variableStatement(node);
    if (ts.isClassDeclaration(node)) return this.classDeclaration(node);
    if (ts.isTryStatement(node)) return this.tryStatement(node);
    if (ts.isIfStatement(node)) return this.ifStatement(node);
    if (ts.isForOfStatement(node)) return this.forOfStatement(node);
    if (ts.isThrowStatement(node)) return ['throw ', this.returnArgument(node.expression), ';'];
    if (ts.isReturnStatement(node)) {
      // babel refuses a `return` outside a function body (TypeScript's parser does not).
      if (!this.inFunctionBody) throw new Unsupported();
      if (!node.expression) return 'return;';
      return ['return ', this.returnArgument(node.expression), ';'];
    }
    if (ts.isExpressionStatement(node)) {
      // Other statements may need parentheses (`({})`, `(function () {})`).
      if (ts.isAwaitExpression(node.expression) && ts.isCallExpression(node.expression.expression))
        return [this.expression(node.expression, { kind: 'statement' }), ';'];
      if (ts.isVoidExpression(node.expression) && ts.isCallExpression(node.expression.expression))
        return ['void ', this.expression(node.expression.expression, { kind: 'argument' }), ';'];
      if (!ts.isCallExpression(node.expression)) throw new Unsupported();
      this.statementCall = node.expression;
      return [this.expression(node.expression, { kind: 'statement' }), ';'];
    }
    return super.statement(node);
  }

  // ───────────── declarations ─────────────

  /** `export function f<T>(a: A, b?: B): R { … }`, or an overload signature ending in `;`. */
  private functionDeclaration(node: ts.FunctionDeclaration): Doc {
    const modifiers = ts.getModifiers(node)?.map((m) => m.kind) ?? [];
    const async = modifiers.at(-1) === ts.SyntaxKind.AsyncKeyword;
    if (async && !node.body) throw new Unsupported();
    const exported = async
      ? modifiers.length === 1
        ? ''
        : modifiers.length === 2 && modifiers[0] === ts.SyntaxKind.ExportKeyword
          ? 'export '
          : unsupported()
      : exportModifier(node);
    if (node.asteriskToken || !node.name) throw new Unsupported();
    this.inAsyncBody = async;
    try {
      return [
        exported,
        async ? 'async ' : '',
        'function ',
        this.identifier(node.name),
        this.typeParameters(node.typeParameters),
        this.signature(node),
        node.body ? [' ', this.block(node.body)] : ';',
      ];
    } finally {
      this.inAsyncBody = false;
    }
  }

  // ───────────── statements inside a function body ─────────────

  /** A block of a statement (`try`, `catch`, `finally`, `if`) inside a function body. */
  private innerBlock(node: ts.Block): Doc {
    if (!this.inFunctionBody) throw new Unsupported();
    // prettier prints an empty block by where it is (`finally {\n}`): not modelled.
    if (node.statements.length === 0) throw new Unsupported();
    return ['{', indent([hardline, this.statementSequence(node.statements, false)]), hardline, '}'];
  }

  /**
   * `for await (const x of y) { … }` (the READMEs' stream and task loops): prettier keeps the head
   * on one line, only the iterated expression's own groups may break.
   */
  private forOfStatement(node: ts.ForOfStatement): Doc {
    const list = node.initializer;
    const only = ts.isVariableDeclarationList(list) ? list.declarations : undefined;
    const declaration = only?.length === 1 ? only[0]! : undefined;
    if (
      !declaration ||
      !(list.flags & ts.NodeFlags.Const) ||
      !ts.isIdentifier(declaration.name) ||
      declaration.type ||
      declaration.initializer
    )
      throw new Unsupported();
    // babel refuses `for await` in a function that is not async.
    if (node.awaitModifier && this.inFunctionBody && !this.inAsyncBody) throw new Unsupported();
    const body = node.statement;
    if (!ts.isBlock(body) || body.statements.length === 0) throw new Unsupported();
    return group([
      node.awaitModifier ? 'for await (const ' : 'for (const ',
      this.identifier(declaration.name),
      ' of ',
      this.expression(node.expression, { kind: 'argument' }),
      ') {',
      indent([hardline, this.statementSequence(body.statements, false)]),
      hardline,
      '}',
    ]);
  }

  /** `try { … } catch (error) { … } finally { … }` (prettier's TryStatement and CatchClause). */
  private tryStatement(node: ts.TryStatement): Doc {
    const parts: Doc[] = ['try ', this.innerBlock(node.tryBlock)];
    const handler = node.catchClause;
    if (handler) {
      const variable = handler.variableDeclaration;
      if (variable && (!ts.isIdentifier(variable.name) || variable.type || variable.initializer))
        throw new Unsupported();
      parts.push(
        ' catch ',
        variable ? ['(', this.identifier(variable.name as ts.Identifier), ') '] : '',
        this.innerBlock(handler.block),
      );
    }
    if (node.finallyBlock) parts.push(' finally ', this.innerBlock(node.finallyBlock));
    return parts;
  }

  /**
   * `if (test) statement;` or `if (test) { … }` without `else` (prettier's `printIfStatement`), the
   * test a plain operand or one binary operator, no comment anywhere in it.
   */
  private ifStatement(node: ts.IfStatement): Doc {
    if (node.elseStatement || !this.inFunctionBody) throw new Unsupported();
    if (/\/[/*]/.test(this.text.slice(node.getStart(this.file), node.end))) throw new Unsupported();
    const test = node.expression;
    let testDoc: Doc;
    const operator = ts.isBinaryExpression(test) ? binaryOperator(test) : undefined;
    if (operator !== undefined) {
      // Inside the parentheses: no group or indent of its own; a logical operator's right side
      // is not grouped either.
      const binary = test as ts.BinaryExpression;
      const left = group(this.operand(binary.left, { kind: 'binary-operand' }));
      const right = this.operand(binary.right, { kind: 'binary-operand' });
      const logical = BINARY_OPERATORS.get(binary.operatorToken.kind)!.logical;
      const rest: Doc = shouldInlineLogical(binary)
        ? [operator, ' ', right]
        : [operator, line, right];
      testDoc = [left, ' ', logical ? rest : group(rest)];
    } else if (
      ts.isIdentifier(test) ||
      ts.isCallExpression(test) ||
      ts.isPropertyAccessExpression(test)
    ) {
      testDoc = this.expression(test, { kind: 'argument' });
    } else throw new Unsupported();
    const consequent = node.thenStatement;
    // The consequent's line belongs to the statement's group: a broken test puts it on its own line.
    const clause: Doc = ts.isBlock(consequent)
      ? [' ', this.innerBlock(consequent)]
      : ts.isReturnStatement(consequent) ||
          ts.isThrowStatement(consequent) ||
          (ts.isExpressionStatement(consequent) && ts.isCallExpression(consequent.expression))
        ? indent([line, this.statement(consequent)])
        : unsupported();
    return group(['if (', group([indent([softline, testDoc]), softline]), ')', clause]);
  }

  /** prettier's `printMethodValue`/`printFunction` middle: parameters and return type. */
  private signature(node: ts.SignatureDeclarationBase): Doc {
    const parameters = this.parameters(node.parameters);
    const returnType: Doc = node.type ? [': ', this.type(node.type, 'annotation')] : '';
    return group([
      shouldGroupParameters(node, returnType) ? group(parameters) : parameters,
      returnType,
    ]);
  }

  private parameters(parameters: ts.NodeArray<ts.ParameterDeclaration>): Doc {
    if (parameters.length === 0) return '()';
    const only = parameters.length === 1 ? parameters[0]! : undefined;
    // A lone parameter typed by an object literal type hugs the parentheses.
    const hug =
      only !== undefined && !only.initializer && only.type !== undefined && isObjectType(only.type);
    const printed: Doc[] = [];
    parameters.forEach((parameter, i) => {
      printed.push(this.parameter(parameter));
      if (i === parameters.length - 1) return;
      printed.push(',');
      if (hug) printed.push(' ');
      else if (isNextLineEmpty(this.text, parameter.end)) printed.push(hardline, hardline);
      else printed.push(line);
    });
    if (hug) return ['(', ...printed, ')'];
    return ['(', indent([softline, ...printed]), ifBreak(','), softline, ')'];
  }

  private parameter(node: ts.ParameterDeclaration): Doc {
    if (node.modifiers?.length || node.dotDotDotToken || !ts.isIdentifier(node.name))
      throw new Unsupported();
    const left: Doc = [
      this.identifier(node.name),
      node.questionToken ? '?' : '',
      node.type ? [': ', this.type(node.type, 'annotation')] : '',
    ];
    if (!node.initializer) return left;
    return [left, ' = ', this.expression(node.initializer, { kind: 'value' })];
  }

  /** `<A extends B = C, …>` of a function or method: one per line when too long. */
  private typeParameters(list: ts.NodeArray<ts.TypeParameterDeclaration> | undefined): Doc {
    if (!list) return '';
    if (list.length === 0) throw new Unsupported();
    const printed = list.map((parameter) => {
      if (parameter.modifiers?.length) throw new Unsupported();
      const parts: Doc[] = [this.identifier(parameter.name)];
      for (const [keyword, type] of [
        [' extends', parameter.constraint],
        [' =', parameter.default],
      ] as const) {
        if (!type) continue;
        const groupId = Symbol('type-parameter');
        parts.push(
          keyword,
          group(indent(line), { id: groupId }),
          lineSuffixBoundary,
          indentIfBreak(this.type(type, 'annotation'), { groupId }),
        );
      }
      return group(parts);
    });
    return group([
      '<',
      indent([softline, join([',', line], printed)]),
      ifBreak(','),
      softline,
      '>',
    ]);
  }

  /** A function, method or constructor body; `derived`: a constructor's in a class that extends another. */
  private block(node: ts.Block, derived = false): Doc {
    if (node.statements.length === 0) return '{}';
    if (this.inFunctionBody) throw new Unsupported();
    this.inFunctionBody = true;
    this.inDerivedConstructor = derived;
    try {
      return [
        '{',
        indent([hardline, this.statementSequence(node.statements, false)]),
        hardline,
        '}',
      ];
    } finally {
      this.inFunctionBody = false;
      this.inDerivedConstructor = false;
    }
  }

  /** `export const NAME: Type = value;` (one declarator). */
  private variableStatement(node: ts.VariableStatement): Doc {
    const exported = exportModifier(node);
    const list = node.declarationList;
    const flags = list.flags & ts.NodeFlags.BlockScoped;
    const kind =
      flags === ts.NodeFlags.Const ? 'const' : flags === ts.NodeFlags.Let ? 'let' : undefined;
    if (!kind || list.declarations.length !== 1) throw new Unsupported();
    const declaration = list.declarations[0]!;
    if (declaration.exclamationToken) throw new Unsupported();
    const left: Doc = [
      this.bindingName(declaration.name),
      declaration.type ? [': ', this.type(declaration.type, 'annotation')] : '',
    ];
    if (!declaration.initializer && !ts.isIdentifier(declaration.name)) throw new Unsupported();
    this.declaratorInit = declaration.initializer;
    const declarator = declaration.initializer
      ? this.assignment(left, ' =', declaration.initializer, {
          complexType: declaration.type !== undefined && hasComplexTypeAnnotation(declaration.type),
        })
      : left;
    this.declaratorInit = undefined;
    return [exported, group([kind, ' ', declarator, ';'])];
  }

  /**
   * A declared name, or `{ a, b }` of shorthand names only (no renames, defaults or rest: prettier's
   * "complex destructuring" lays those out differently); not grouped, the assignment groups it.
   */
  private bindingName(name: ts.BindingName): Doc {
    if (ts.isIdentifier(name)) return this.identifier(name);
    if (!ts.isObjectBindingPattern(name) || name.elements.length === 0) throw new Unsupported();
    const names = name.elements.map((element) => {
      if (element.propertyName || element.initializer || element.dotDotDotToken)
        throw new Unsupported();
      if (!ts.isIdentifier(element.name)) throw new Unsupported();
      return group(this.identifier(element.name));
    });
    if (this.text.slice(name.getStart(this.file), name.end).includes('\n')) throw new Unsupported();
    return ['{', indent([line, join([',', line], names)]), ifBreak(','), line, '}'];
  }

  /** `export class Name extends Base { … }`: members one per line, blank lines kept. */
  private classDeclaration(node: ts.ClassDeclaration): Doc {
    const exported = exportModifier(node);
    if (!node.name || node.typeParameters) throw new Unsupported();
    let heritage: Doc = '';
    for (const clause of node.heritageClauses ?? []) {
      const [base, ...more] = clause.types;
      if (
        clause.token !== ts.SyntaxKind.ExtendsKeyword ||
        heritage !== '' ||
        more.length > 0 ||
        !base ||
        base.typeArguments ||
        !ts.isIdentifier(base.expression)
      )
        throw new Unsupported();
      heritage = [' ', 'extends ', this.identifier(base.expression)];
    }
    const members = node.members;
    const parts: Doc[] = [];
    members.forEach((member, i) => {
      parts.push(this.leadingComments(member), this.classMember(member, heritage !== ''));
      if (i < members.length - 1) {
        parts.push(hardline);
        if (isNextLineEmpty(this.text, member.end)) parts.push(hardline);
      }
    });
    const body = ['{', parts.length > 0 ? [indent([hardline, parts]), hardline] : '', '}'];
    return [exported, 'class ', this.identifier(node.name), heritage, ' ', body];
  }

  /** `derived`: the class extends another. */
  private classMember(node: ts.ClassElement, derived: boolean): Doc {
    if (ts.isPropertyDeclaration(node)) {
      if (!ts.isIdentifier(node.name)) throw new Unsupported();
      const left: Doc = [
        this.memberModifiers(node),
        this.identifier(node.name),
        node.questionToken ? '?' : '',
        node.exclamationToken ? '!' : '',
        node.type ? [': ', this.type(node.type, 'annotation')] : '',
      ];
      const printed = node.initializer
        ? this.assignment(left, ' =', node.initializer, { complexType: false })
        : left;
      return [printed, ';'];
    }
    if (ts.isConstructorDeclaration(node)) {
      if (node.modifiers?.length || node.typeParameters || node.type) throw new Unsupported();
      return [
        'constructor',
        this.signature(node),
        node.body ? [' ', this.block(node.body, derived)] : ';',
      ];
    }
    if (ts.isMethodDeclaration(node)) {
      if (!ts.isIdentifier(node.name) || node.questionToken || node.asteriskToken)
        throw new Unsupported();
      return [
        this.memberModifiers(node),
        this.identifier(node.name),
        this.typeParameters(node.typeParameters),
        this.signature(node),
        node.body ? [' ', this.block(node.body)] : ';',
      ];
    }
    throw new Unsupported();
  }

  /** `readonly` (and accessibility/static) in prettier's order. */
  private memberModifiers(node: ts.ClassElement): Doc {
    const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
    const present = new Set<ts.SyntaxKind>(modifiers.map((m) => m.kind));
    if (present.size !== modifiers.length) throw new Unsupported();
    const order: ReadonlyArray<[ts.SyntaxKind, string]> = [
      [ts.SyntaxKind.PublicKeyword, 'public '],
      [ts.SyntaxKind.PrivateKeyword, 'private '],
      [ts.SyntaxKind.ProtectedKeyword, 'protected '],
      [ts.SyntaxKind.StaticKeyword, 'static '],
      [ts.SyntaxKind.ReadonlyKeyword, 'readonly '],
    ];
    for (const kind of present)
      if (!order.some(([known]) => known === kind)) throw new Unsupported();
    if (ts.canHaveDecorators(node) && ts.getDecorators(node)?.length) throw new Unsupported();
    return order.filter(([kind]) => present.has(kind)).map(([, text]) => text);
  }

  // ───────────── assignments (prettier's assignment.js) ─────────────

  private assignment(
    left: Doc,
    operator: string,
    right: ts.Expression,
    options: { complexType: boolean; shortKey?: boolean; property?: boolean },
  ): Doc {
    const layout = this.assignmentLayout(left, right, options);
    const rightDoc = this.expression(right, {
      kind: options.property ? 'property-value' : 'value',
    });
    switch (layout) {
      case 'break-after-operator':
        return group([group(left), operator, group(indent([line, rightDoc]))]);
      case 'never-break-after-operator':
        return group([group(left), operator, ' ', rightDoc]);
      case 'break-lhs':
        return group([left, operator, ' ', group(rightDoc)]);
      case 'fluid': {
        const groupId = Symbol('assignment');
        return group([
          group(left),
          operator,
          group(indent(line), { id: groupId }),
          lineSuffixBoundary,
          indentIfBreak(rightDoc, { groupId }),
        ]);
      }
    }
  }

  private assignmentLayout(
    left: Doc,
    right: ts.Expression,
    options: { complexType: boolean; shortKey?: boolean },
  ): AssignmentLayout {
    if (options.complexType) return 'break-lhs';
    const shortKey = options.shortKey ?? false;
    if (this.shouldBreakAfterOperator(right, shortKey)) return 'break-after-operator';
    if (
      !utils.canBreak(left) &&
      (shortKey ||
        right.kind === ts.SyntaxKind.TrueKeyword ||
        right.kind === ts.SyntaxKind.FalseKeyword ||
        ts.isNumericLiteral(right))
    )
      return 'never-break-after-operator';
    return 'fluid';
  }

  private shouldBreakAfterOperator(right: ts.Expression, shortKey: boolean): boolean {
    const binary = binaryOperator(right);
    if (binary && !shouldInlineLogical(right as ts.BinaryExpression)) return true;
    if (ts.isConditionalExpression(right)) {
      const test = right.condition;
      return (
        binaryOperator(test) !== undefined && !shouldInlineLogical(test as ts.BinaryExpression)
      );
    }
    if (shortKey) return false;
    // prettier looks through `await` here (only here).
    const inner = ts.isAwaitExpression(right) ? right.expression : right;
    if (ts.isStringLiteral(inner)) return true;
    return this.isPoorlyBreakableChain(inner, false);
  }

  /** A chain of members and calls without arguments or with a lone short one (not a member chain). */
  private isPoorlyBreakableChain(node: ts.Expression, deep: boolean): boolean {
    if (ts.isCallExpression(node)) {
      // A call on a member is printed as a member chain; one prettier labels (more groups than it
      // keeps on a line) is not poorly breakable. `root.a.b(…)`, the only chain printed here, is
      // two groups: never labelled, so it goes on like any call.
      if (isMemberish(node.expression) && !isPlainChainCallee(node.expression)) return false;
      const args = node.arguments;
      const poorly =
        args.length === 0 || (args.length === 1 && isLoneShortArgument(args[0]!, this.file));
      if (!poorly) return false;
      if (this.hasComplexTypeArguments(node)) return false;
      return this.isPoorlyBreakableChain(node.expression, true);
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))
      return this.isPoorlyBreakableChain(node.expression, true);
    return deep && (ts.isIdentifier(node) || node.kind === ts.SyntaxKind.ThisKeyword);
  }

  private hasComplexTypeArguments(node: ts.CallExpression): boolean {
    const args = node.typeArguments;
    if (!args || args.length === 0) return false;
    if (args.length > 1) return true;
    const only = args[0]!;
    if (ts.isUnionTypeNode(only) || ts.isIntersectionTypeNode(only) || ts.isTypeLiteralNode(only))
      return true;
    return utils.willBreak(this.typeArguments(args));
  }

  // ───────────── expressions ─────────────

  private returnArgument(node: ts.Expression): Doc {
    const printed = this.expression(node, { kind: 'return' });
    if (binaryOperator(node))
      return group([ifBreak('('), indent([softline, printed]), softline, ifBreak(')')]);
    return printed;
  }

  private expression(node: ts.Expression, context: Context): Doc {
    switch (node.kind) {
      case ts.SyntaxKind.Identifier:
        return this.identifier(node as ts.Identifier);
      case ts.SyntaxKind.ThisKeyword:
      case ts.SyntaxKind.TrueKeyword:
      case ts.SyntaxKind.FalseKeyword:
      case ts.SyntaxKind.NullKeyword:
        return this.raw(node);
      case ts.SyntaxKind.StringLiteral:
        return printString(this.raw(node));
      case ts.SyntaxKind.NumericLiteral:
        return codeNumber(this.raw(node));
      case ts.SyntaxKind.AwaitExpression:
        return this.awaitExpression(node as ts.AwaitExpression, context);
      case ts.SyntaxKind.ObjectLiteralExpression:
        return this.object(node as ts.ObjectLiteralExpression);
      case ts.SyntaxKind.ArrayLiteralExpression:
        return this.array(node as ts.ArrayLiteralExpression);
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ElementAccessExpression:
        return this.memberExpression(
          node as ts.PropertyAccessExpression | ts.ElementAccessExpression,
          context,
        );
      case ts.SyntaxKind.CallExpression:
        return this.call(node as ts.CallExpression);
      case ts.SyntaxKind.NewExpression:
        return this.newExpression(node as ts.NewExpression);
      case ts.SyntaxKind.BinaryExpression:
        return this.binary(node as ts.BinaryExpression, context);
      case ts.SyntaxKind.ConditionalExpression:
        return this.conditional(node as ts.ConditionalExpression, context);
      case ts.SyntaxKind.ArrowFunction:
        return this.arrow(node as ts.ArrowFunction, context);
      default:
        throw new Unsupported();
    }
  }

  /**
   * `await call()` as a statement, a declared value or an argument (elsewhere it may need
   * parentheses or a group of its own): prettier prints `await ` and the operand.
   */
  private awaitExpression(node: ts.AwaitExpression, context: Context): Doc {
    if (context.kind !== 'value' && context.kind !== 'argument' && context.kind !== 'statement')
      throw new Unsupported();
    if (context.kind === 'value' && node !== this.declaratorInit) throw new Unsupported();
    // babel refuses `await` in a function that is not async.
    if (this.inFunctionBody && !this.inAsyncBody) throw new Unsupported();
    const operand = node.expression;
    if (
      !ts.isCallExpression(operand) &&
      !ts.isNewExpression(operand) &&
      !ts.isIdentifier(operand) &&
      !ts.isPropertyAccessExpression(operand)
    )
      throw new Unsupported();
    return ['await ', this.expression(operand, { kind: 'argument' })];
  }

  /** An operand that needs no parentheses wherever it sits. */
  private operand(node: ts.Expression, context: Context): Doc {
    if (binaryOperator(node) || ts.isConditionalExpression(node)) throw new Unsupported();
    return this.expression(node, context);
  }

  /** prettier's `printObject`: broken when the source broke after `{` (objectWrap: preserve). */
  private object(node: ts.ObjectLiteralExpression): Doc {
    const properties = node.properties;
    if (properties.length === 0) {
      return group(['{', '}']);
    }
    const shouldBreak = this.text
      .slice(node.getStart(this.file), properties[0]!.getStart(this.file))
      .includes('\n');
    let separator: Doc[] = [];
    const parts = properties.map((property) => {
      const printed = [...separator, this.property(property)];
      separator = [',', line];
      if (isNextLineEmpty(this.text, property.end)) separator.push(hardline);
      return printed;
    });
    return group(['{', indent([line, ...parts]), ifBreak(','), line, '}'], { shouldBreak });
  }

  private property(node: ts.ObjectLiteralElementLike): Doc {
    if (ts.isShorthandPropertyAssignment(node)) {
      if (node.objectAssignmentInitializer) throw new Unsupported();
      return this.identifier(node.name);
    }
    if (ts.isSpreadAssignment(node))
      return ['...', this.operand(node.expression, { kind: 'value' })];
    if (!ts.isPropertyAssignment(node) || ts.isComputedPropertyName(node.name))
      throw new Unsupported();
    const key = this.key(node.name);
    if (typeof key !== 'string' || /[^\x00-\x7f]/.test(key)) throw new Unsupported();
    // Keys shorter than the indent plus 3 are not worth a break after the colon.
    return this.assignment(key, ':', node.initializer, {
      complexType: false,
      shortKey: key.length < 5,
      property: true,
    });
  }

  /** prettier's `printArray`: numbers fill the lines, anything else one per line when broken. */
  private array(node: ts.ArrayLiteralExpression): Doc {
    const elements = node.elements;
    if (elements.length === 0) {
      return group(['[', ']']);
    }
    for (const element of elements)
      if (ts.isSpreadElement(element) || ts.isOmittedExpression(element)) throw new Unsupported();
    const groupId = Symbol('array');
    const shouldBreak =
      elements.length > 1 &&
      elements.every((element, i) => {
        const items = ts.isArrayLiteralExpression(element)
          ? element.elements
          : ts.isObjectLiteralExpression(element)
            ? element.properties
            : undefined;
        const next = elements[i + 1];
        if (!items || (next && next.kind !== element.kind)) return false;
        return items.length > 1;
      });
    const concise = elements.every((element) => ts.isNumericLiteral(element));
    const parts: Doc[] = [];
    elements.forEach((element, i) => {
      const last = i === elements.length - 1;
      const printed = this.operand(element, { kind: 'argument' });
      const emptyAfter = !last && this.isLineAfterElementEmpty(element);
      if (concise) {
        parts.push([printed, last ? ifBreak(',', '', { groupId }) : ',']);
        if (!last) parts.push(emptyAfter ? [hardline, hardline] : line);
      } else {
        parts.push(group(printed));
        if (!last) parts.push([',', line, emptyAfter ? softline : '']);
      }
    });
    const content = concise ? fill(parts) : [parts, ifBreak(',')];
    return group(['[', indent([softline, content]), softline, ']'], { shouldBreak, id: groupId });
  }

  private isLineAfterElementEmpty(element: ts.Expression): boolean {
    const comma = this.text.indexOf(',', element.end);
    return comma !== -1 && isNextLineEmpty(this.text, comma);
  }

  /** `a.b`, `a?.b`, `a?.['b-c']` outside a call's callee (prettier's `printMemberExpression`). */
  private memberExpression(
    node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
    context: Context,
  ): Doc {
    const object = node.expression;
    // `f(x).y` declared as a value: prettier keeps `.y` on the call's line (a call with arguments
    // whose parent is a variable declarator); a call on a member would be a member chain.
    const onCall =
      ts.isCallExpression(object) &&
      ts.isIdentifier(object.expression) &&
      object.arguments.length > 0 &&
      node === this.declaratorInit;
    if (
      !onCall &&
      !ts.isIdentifier(object) &&
      object.kind !== ts.SyntaxKind.ThisKeyword &&
      !ts.isPropertyAccessExpression(object) &&
      !ts.isElementAccessExpression(object)
    )
      throw new Unsupported();
    const objectDoc = this.expression(object, { kind: 'member-object' });
    const lookup = this.memberLookup(node);
    const inline =
      onCall ||
      ts.isElementAccessExpression(node) ||
      (ts.isIdentifier(object) && context.kind !== 'member-object');
    return [objectDoc, lineSuffixBoundary, inline ? lookup : group(indent([softline, lookup]))];
  }

  private memberLookup(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): Doc {
    if (ts.isPropertyAccessExpression(node)) {
      if (!ts.isIdentifier(node.name)) throw new Unsupported();
      return [node.questionDotToken ? '?' : '', '.', this.identifier(node.name)];
    }
    const optional = node.questionDotToken ? '?.' : '';
    const property = node.argumentExpression;
    if (ts.isNumericLiteral(property))
      return [optional, '[', simpleNumber(this.raw(property)), ']'];
    if (!ts.isStringLiteral(property)) throw new Unsupported();
    return group([
      optional,
      '[',
      indent([softline, printString(this.raw(property))]),
      softline,
      ']',
    ]);
  }

  /** A call: on a member it is a (short) member chain, else callee then arguments. */
  private call(node: ts.CallExpression): Doc {
    if (node.questionDotToken) throw new Unsupported();
    const callee = node.expression;
    const typeArguments: Doc = node.typeArguments ? this.typeArguments(node.typeArguments) : '';
    if (ts.isPropertyAccessExpression(callee)) {
      // printMemberChain: `root.a.b(…)` is two groups, printed as one line group.
      const lookups: Doc[] = [];
      let object: ts.Expression = callee;
      while (ts.isPropertyAccessExpression(object)) {
        if (object.questionDotToken || !ts.isIdentifier(object.name)) throw new Unsupported();
        lookups.unshift(['.', this.identifier(object.name)]);
        object = object.expression;
      }
      if (!ts.isIdentifier(object) && object.kind !== ts.SyntaxKind.ThisKeyword)
        throw new Unsupported();
      return group([
        this.raw(object),
        ...lookups,
        [typeArguments, this.callArguments(node.arguments)],
      ]);
    }
    if (callee.kind === ts.SyntaxKind.ImportKeyword) {
      // `import('./x.js')` (the mock entry's lazy loads): prettier's ImportExpression, grouped,
      // and without a trailing comma when its argument breaks.
      const source = node.arguments[0];
      if (node.typeArguments || node.arguments.length !== 1 || !ts.isStringLiteral(source!))
        throw new Unsupported();
      return group([
        'import',
        group(['(', indent([softline, printString(this.raw(source))]), softline, ')']),
      ]);
    }
    if (ts.isIdentifier(callee)) {
      if (SPECIAL_CALLEES.has(callee.text)) throw new Unsupported();
    } else if (
      callee.kind !== ts.SyntaxKind.SuperKeyword ||
      !this.inDerivedConstructor ||
      this.statementCall !== node
    )
      throw new Unsupported();
    return [
      this.raw(callee),
      lineSuffixBoundary,
      typeArguments ? [typeArguments, lineSuffixBoundary] : '',
      this.callArguments(node.arguments),
    ];
  }

  private newExpression(node: ts.NewExpression): Doc {
    if (!ts.isIdentifier(node.expression)) throw new Unsupported();
    const typeArguments: Doc = node.typeArguments
      ? [this.typeArguments(node.typeArguments), lineSuffixBoundary]
      : '';
    return [
      'new ',
      this.identifier(node.expression),
      lineSuffixBoundary,
      typeArguments,
      this.callArguments(node.arguments ?? ts.factory.createNodeArray()),
    ];
  }

  /** prettier's `printCallArguments`, for arguments that are neither functions nor templates. */
  private callArguments(args: ts.NodeArray<ts.Expression>): Doc {
    if (args.length === 0) return group(['(', ')']);
    // A hugged last function (`f(a, () => …)`) has its own layouts when it breaks: modelled only
    // on a statement that fits its line (requireOneLine), where every layout prints `(a, () => …)`.
    if (ts.isArrowFunction(args[args.length - 1]!)) {
      if (args.slice(0, -1).some((arg) => isNextLineEmpty(this.text, arg.end)))
        throw new Unsupported();
      this.flatOnly++;
      return group([
        '(',
        indent([
          softline,
          join(
            [',', line],
            args.map((arg) => this.argument(arg)),
          ),
        ]),
        softline,
        ')',
      ]);
    }
    let anyEmptyLine = false;
    const last = args.length - 1;
    const printed = args.map((arg, i) => {
      const doc = this.argument(arg);
      if (i === last) return doc;
      if (isNextLineEmpty(this.text, arg.end)) {
        anyEmptyLine = true;
        return [doc, ',', hardline, hardline];
      }
      return [doc, ',', line];
    });
    const allArgsBrokenOut = (): Doc =>
      group(['(', indent([line, ...printed]), ifBreak(','), line, ')'], { shouldBreak: true });
    // prettier's `isFunctionCompositionArguments`: a call among the arguments that takes a function.
    const composes =
      args.length > 1 &&
      args.some(
        (arg) =>
          (ts.isCallExpression(arg) || ts.isNewExpression(arg)) &&
          (arg.arguments ?? []).some((inner) => ts.isArrowFunction(inner)),
      );
    if (anyEmptyLine || composes) return allArgsBrokenOut();
    if (shouldExpandLastArg(args)) {
      const head = printed.slice(0, -1);
      if (head.some((doc) => utils.willBreak(doc))) return allArgsBrokenOut();
      const lastDoc = this.argument(args[last]!);
      if (utils.willBreak(lastDoc))
        return [
          breakParent,
          conditionalGroup([
            ['(', ...head, group(lastDoc, { shouldBreak: true }), ')'],
            allArgsBrokenOut(),
          ]),
        ];
      return conditionalGroup([
        ['(', ...head, lastDoc, ')'],
        ['(', ...head, group(lastDoc, { shouldBreak: true }), ')'],
        allArgsBrokenOut(),
      ]);
    }
    return group(['(', indent([softline, ...printed]), ifBreak(','), softline, ')'], {
      shouldBreak: printed.some((doc) => utils.willBreak(doc)),
    });
  }

  private argument(node: ts.Expression): Doc {
    // `f(...list)`: prettier prints `...` then the operand (the README's `setupServer(...mock.handlers)`),
    // but wraps an awaited one in parentheses.
    if (ts.isSpreadElement(node)) {
      if (ts.isAwaitExpression(node.expression)) throw new Unsupported();
      return ['...', this.operand(node.expression, { kind: 'argument' })];
    }
    return this.expression(node, { kind: 'argument' });
  }

  /** One binary or logical operator between two plain operands (prettier's `printBinaryish`). */
  private binary(node: ts.BinaryExpression, context: Context): Doc {
    const operator = BINARY_OPERATORS.get(node.operatorToken.kind);
    if (!operator) throw new Unsupported();
    const inline = shouldInlineLogical(node);
    const left = group(this.operand(node.left, { kind: 'binary-operand' }));
    const right = this.operand(node.right, { kind: 'binary-operand' });
    const parts: Doc[] = [
      left,
      ' ',
      group(inline ? [operator.text, ' ', right] : [operator.text, line, right]),
    ];
    switch (context.kind) {
      case 'return':
      case 'value':
      case 'property-value':
        return group(parts);
      case 'branch':
        if (!context.inReturnOrCall || inline) return group(parts);
        return group([parts[0]!, indent(parts.slice(1))]);
      case 'argument':
        if (inline) return group(parts);
        return group([parts[0]!, indent(parts.slice(1))]);
      default:
        throw new Unsupported();
    }
  }

  /**
   * `(a, b) => call(…)`: an argument (not hugged) or an object property's value, with an
   * expression body that goes on the next line when it does not fit (prettier's `printArrowFunction`
   * for one arrow, not a chain).
   */
  private arrow(node: ts.ArrowFunction, context: Context): Doc {
    if (context.kind !== 'argument' && context.kind !== 'property-value') throw new Unsupported();
    if (node.modifiers?.length || node.typeParameters || node.type) throw new Unsupported();
    const body = node.body;
    // Blocks, objects, arrays, conditionals and arrow chains are laid out differently.
    if (
      ts.isBlock(body) ||
      ts.isConditionalExpression(body) ||
      ts.isArrowFunction(body) ||
      ts.isArrayLiteralExpression(body) ||
      ts.isObjectLiteralExpression(body)
    )
      throw new Unsupported();
    const signature = group([this.parameters(node.parameters), '']);
    const bodyDoc = this.expression(body, { kind: 'return' });
    return group([
      group([signature], { id: Symbol('arrow-chain') }),
      ' =>',
      group([indent([line, bodyDoc]), '', '']),
    ]);
  }

  /** `test ? a : b` with plain branches (prettier's `printTernaryOld`). */
  private conditional(node: ts.ConditionalExpression, context: Context): Doc {
    const kind = context.kind;
    if (kind !== 'value' && kind !== 'property-value' && kind !== 'argument' && kind !== 'return')
      throw new Unsupported();
    const branch: Context = {
      kind: 'branch',
      inReturnOrCall: kind === 'argument' || kind === 'return',
    };
    const test = node.condition;
    if (ts.isConditionalExpression(test) || ts.isObjectLiteralExpression(test))
      throw new Unsupported();
    const printedTest = binaryOperator(test)
      ? this.binary(test as ts.BinaryExpression, branch)
      : this.operand(test, branch);
    const printBranch = (expression: ts.Expression): Doc => {
      if (ts.isConditionalExpression(expression)) throw new Unsupported();
      return align(
        2,
        binaryOperator(expression)
          ? this.binary(expression as ts.BinaryExpression, branch)
          : this.expression(expression, branch),
      );
    };
    return group([
      printedTest,
      indent([line, '? ', printBranch(node.whenTrue), line, ': ', printBranch(node.whenFalse)]),
    ]);
  }
}

function isMemberish(node: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node);
}

function binaryOperator(node: ts.Expression): string | undefined {
  if (!ts.isBinaryExpression(node)) return undefined;
  const operator = BINARY_OPERATORS.get(node.operatorToken.kind);
  if (!operator) throw new Unsupported();
  return operator.text;
}

/** A logical operator whose right side is a non-empty object or array stays on the line. */
function shouldInlineLogical(node: ts.BinaryExpression): boolean {
  if (!BINARY_OPERATORS.get(node.operatorToken.kind)?.logical) return false;
  const right = node.right;
  if (ts.isObjectLiteralExpression(right)) return right.properties.length > 0;
  if (ts.isArrayLiteralExpression(right)) return right.elements.length > 0;
  return false;
}

/** prettier's `isLoneShortArgument` at printWidth 100 (threshold 25). */
function isLoneShortArgument(node: ts.Expression, file: ts.SourceFile): boolean {
  const threshold = 25;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return true;
  if (ts.isIdentifier(node)) return node.text.length <= threshold;
  if (ts.isStringLiteral(node)) return printString(node.getText(file)).length <= threshold;
  if (ts.isCallExpression(node))
    return (
      node.arguments.length === 0 &&
      ts.isIdentifier(node.expression) &&
      node.expression.text.length <= threshold - 2
    );
  return (
    ts.isNumericLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  );
}

/** The babel node type prettier compares when deciding to hug the last argument. */
function babelType(node: ts.Expression): string {
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))
    return ts.isOptionalChain(node) ? 'OptionalMemberExpression' : 'MemberExpression';
  if (ts.isCallExpression(node))
    return ts.isOptionalChain(node) ? 'OptionalCallExpression' : 'CallExpression';
  if (ts.isBinaryExpression(node))
    return BINARY_OPERATORS.get(node.operatorToken.kind)?.logical
      ? 'LogicalExpression'
      : 'BinaryExpression';
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword)
    return 'BooleanLiteral';
  return ts.SyntaxKind[node.kind];
}

/** prettier's `shouldExpandLastArg` for arguments without comments, functions or templates. */
function shouldExpandLastArg(args: ts.NodeArray<ts.Expression>): boolean {
  const last = args[args.length - 1]!;
  const penultimate = args.length > 1 ? args[args.length - 2] : undefined;
  const couldExpand =
    (ts.isObjectLiteralExpression(last) && last.properties.length > 0) ||
    (ts.isArrayLiteralExpression(last) && last.elements.length > 0);
  if (!couldExpand) return false;
  if (penultimate && babelType(penultimate) === babelType(last)) return false;
  // `useMemo(() => …, [a, b])`
  if (args.length === 2 && ts.isArrowFunction(penultimate!) && ts.isArrayLiteralExpression(last))
    return false;
  const concise =
    ts.isArrayLiteralExpression(last) && last.elements.every((e) => ts.isNumericLiteral(e));
  return !(args.length > 1 && concise);
}

/** When parameters are grouped, the return type breaks first (prettier's `shouldGroupFunctionParameters`). */
function shouldGroupParameters(node: ts.SignatureDeclarationBase, returnType: Doc): boolean {
  if (!node.type) return false;
  const typeParameters = node.typeParameters;
  if (typeParameters) {
    if (typeParameters.length > 1) return false;
    const only = typeParameters[0];
    if (only && (only.constraint || only.default)) return false;
  }
  return node.parameters.length === 1 && (isObjectType(node.type) || utils.willBreak(returnType));
}

/** A variable's type with several type arguments, one of them generic: the left side breaks first. */
function hasComplexTypeAnnotation(type: ts.TypeNode): boolean {
  if (!ts.isTypeReferenceNode(type) || !type.typeArguments || type.typeArguments.length < 2)
    return false;
  return type.typeArguments.some(
    (arg) =>
      (ts.isTypeReferenceNode(arg) && (arg.typeArguments?.length ?? 0) > 0) ||
      ts.isConditionalTypeNode(arg),
  );
}

/** `import name from '…';`: a default import alone. */
function isDefaultImportOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  return (
    !node.modifiers?.length &&
    !node.attributes &&
    clause !== undefined &&
    !clause.isTypeOnly &&
    clause.name !== undefined &&
    !clause.namedBindings &&
    ts.isStringLiteral(node.moduleSpecifier)
  );
}

/** A number prettier prints as written: simpleNumber's, and integers with separators (`30_000`). */
function codeNumber(raw: string): string {
  return /^[1-9][0-9]*(?:_[0-9]+)+$/.test(raw) ? raw : simpleNumber(raw);
}

function unsupported(): never {
  throw new Unsupported();
}

/** `a.b.c` down to a name or `this`: the callee of the member chains call() prints. */
function isPlainChainCallee(node: ts.Expression): boolean {
  while (ts.isPropertyAccessExpression(node)) {
    if (node.questionDotToken || !ts.isIdentifier(node.name)) return false;
    node = node.expression;
  }
  return ts.isIdentifier(node) || node.kind === ts.SyntaxKind.ThisKeyword;
}
