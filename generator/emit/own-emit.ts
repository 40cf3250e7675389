/**
 * The generated SDK's JavaScript without TypeScript's emitter: one walk over the syntax tree of a
 * source (parsed once, no JSDoc) erases what only TypeScript reads — type annotations, type
 * parameters and arguments, `import type` / `export type`, interfaces, type aliases, overload
 * signatures, `as` / `satisfies` / `!`, `declare` and accessibility modifiers, `implements` — and
 * copies the rest of the text as written, comments included. The ES module is then token for
 * token what TypeScript's ES2022 emit with `verbatimModuleSyntax` gives (test/emit-own.test.ts
 * compares them on generated SDKs); the CommonJS module comes from the same walk, imports turned
 * into `require` calls read through at each use (live bindings, so import cycles behave as in ES
 * modules) and exports into properties of `exports`.
 *
 * Only a subset of TypeScript is handled: whatever the walk does not know (enums, namespaces,
 * parameter properties, decorators, `export =`, a parenthesis TypeScript might drop, …) throws
 * `NotOwnEmit` and compile.ts gives the file to TypeScript instead, so the output is never wrong.
 */
import ts from 'typescript';

export class NotOwnEmit extends Error {}

export interface OwnEmit {
  esm: string;
  cjs: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const fail = (why: string): never => {
  throw new NotOwnEmit(why);
};

/** Parses `text` once (no JSDoc) for the walk. */
export function parseForEmit(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, {
    languageVersion: ts.ScriptTarget.ES2022,
    jsDocParsingMode: ts.JSDocParsingMode.ParseNone,
  });
}

/** The ES module and CommonJS JavaScript of `file`, or `NotOwnEmit` thrown. */
export function emitOwn(file: ts.SourceFile): OwnEmit {
  return new Walk(file).run();
}

const MODIFIERS_ERASED = new Set([
  ts.SyntaxKind.PublicKeyword,
  ts.SyntaxKind.PrivateKeyword,
  ts.SyntaxKind.ProtectedKeyword,
  ts.SyntaxKind.ReadonlyKeyword,
  ts.SyntaxKind.OverrideKeyword,
]);
const MODIFIERS_KEPT = new Set([
  ts.SyntaxKind.StaticKeyword,
  ts.SyntaxKind.AsyncKeyword,
  ts.SyntaxKind.ExportKeyword,
]);

/** What a CommonJS module's code reads from its wrapper (or, for the helper, declares). */
const CJS_NAMES = new Set(['exports', 'require', 'module', '__exportStar']);

/** Expressions a parenthesis around `x as T` can be dropped for without TypeScript re-adding it. */
const SIMPLE_INNER = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.PropertyAccessExpression,
  ts.SyntaxKind.ElementAccessExpression,
  ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NumericLiteral,
]);

class Walk {
  private readonly text: string;
  /** Edits to both outputs (erased TypeScript) and to one of them. */
  private readonly both: Edit[] = [];
  private readonly esm: Edit[] = [];
  private readonly cjs: Edit[] = [];
  /** CommonJS: imported local name → the expression that reads it. */
  private readonly imported = new Map<string, string>();
  /** Names declared anywhere in the file (an import's name declared again throws: no scope analysis). */
  private readonly declared = new Set<string>();
  /** CommonJS lines before the body: `exports.f = f` of hoisted functions, `void 0` of the rest. */
  private readonly hoisted: string[] = [];
  private readonly exportedNames: string[] = [];
  private readonly localExports: Array<{ exported: string; local: string }> = [];
  private readonly moduleNames = new Map<string, number>();
  private needsExportStar = false;
  /** An import called through parentheses, `as` or `!`: read without `this` like a bare callee. */
  private callee: ts.Identifier | undefined;
  private hasModuleSyntax = false;
  private keptModuleSyntax = false;

  constructor(private readonly file: ts.SourceFile) {
    this.text = file.text;
  }

  run(): OwnEmit {
    const statements = this.file.statements;
    statements.forEach((statement, index) => this.statement(statement, index === 0));
    for (const name of this.declared)
      if (this.imported.has(name) || CJS_NAMES.has(name)) fail(`${name} shadows an import`);
    if (this.needsExportStar && this.text.includes('__exportStar')) fail('__exportStar taken');
    for (const { exported, local } of this.localExports) {
      const read = this.imported.get(local);
      if (read === undefined && !this.declared.has(local)) fail(`export of unknown ${local}`);
      this.hoisted.push(getter(exported, read ?? local));
    }
    // Nothing but types: no blank lines left where they were.
    const blank = (out: string) => (/^\s*$/.test(out) ? '' : out);
    let esm = blank(apply(this.text, [...this.both, ...this.esm]));
    // A module all of whose imports and exports were types stays a module.
    if (this.hasModuleSyntax && !this.keptModuleSyntax) esm += 'export {};\n';
    const prologue = [
      '"use strict";',
      'Object.defineProperty(exports, "__esModule", { value: true });',
    ];
    if (this.exportedNames.length > 0)
      prologue.push(`${this.exportedNames.map((n) => `exports.${n} = `).join('')}void 0;`);
    if (this.needsExportStar) prologue.push(EXPORT_STAR);
    prologue.push(...this.hoisted);
    // A `#!` line must stay the file's first: the prologue goes after it.
    const shebang = ts.getShebang(this.text);
    if (shebang !== undefined) {
      prologue.unshift(shebang);
      this.cjs.push({ start: 0, end: this.nextLine(shebang.length), text: '' });
    }
    const cjs = `${prologue.join('\n')}\n${blank(apply(this.text, [...this.both, ...this.cjs]))}`;
    return { esm, cjs };
  }

  // ── statements ──────────────────────────────────────────────────────────────

  private statement(node: ts.Statement, first: boolean): void {
    if (ts.isImportDeclaration(node)) return this.importDeclaration(node, first);
    if (ts.isExportDeclaration(node)) return this.exportDeclaration(node, first);
    if (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) {
      if (hasModifier(node, ts.SyntaxKind.ExportKeyword)) this.hasModuleSyntax = true;
      return this.eraseStatement(node, first);
    }
    const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) {
      if (modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
        this.hasModuleSyntax = true;
      return this.eraseStatement(node, first);
    }
    if (ts.isFunctionDeclaration(node)) {
      if (!node.body) {
        if (hasModifier(node, ts.SyntaxKind.ExportKeyword)) this.hasModuleSyntax = true;
        return this.eraseStatement(node, first);
      }
      const name = node.name?.text ?? fail('anonymous function');
      this.declared.add(name);
      if (this.exportModifier(node)) this.hoisted.push(`exports.${name} = ${name};`);
      return this.functionLike(node);
    }
    if (ts.isClassDeclaration(node)) {
      const name = node.name?.text ?? fail('anonymous class');
      this.declared.add(name);
      if (this.exportModifier(node)) this.exportAfter(node, [name]);
      return this.classLike(node);
    }
    if (ts.isVariableStatement(node)) {
      const exported = this.exportModifier(node);
      if (exported && !(node.declarationList.flags & ts.NodeFlags.Const)) fail('exported let/var');
      const names: string[] = [];
      for (const declaration of node.declarationList.declarations) {
        this.variableDeclaration(declaration);
        if (exported)
          names.push(
            ts.isIdentifier(declaration.name) ? declaration.name.text : fail('exported pattern'),
          );
      }
      if (exported) this.exportAfter(node, names);
      return this.requireSemicolon(node);
    }
    if (ts.isExportAssignment(node)) {
      if (node.isExportEquals) fail('export =');
      this.hasModuleSyntax = this.keptModuleSyntax = true;
      this.expression(node.expression);
      const start = node.getStart(this.file);
      this.cjs.push({
        start,
        end: node.expression.getStart(this.file),
        text: 'exports.default = ',
      });
      this.exportedNames.push('default');
      return this.requireSemicolon(node);
    }
    this.innerStatement(node);
  }

  /** `export` on a declaration: ES keeps it, CommonJS drops it (the caller assigns `exports`). */
  private exportModifier(node: ts.HasModifiers): boolean {
    const modifiers = ts.getModifiers(node) ?? [];
    for (const m of modifiers) {
      if (m.kind === ts.SyntaxKind.DefaultKeyword) fail('export default declaration');
      if (!MODIFIERS_KEPT.has(m.kind)) fail(`modifier ${ts.SyntaxKind[m.kind]}`);
    }
    const exported = modifiers.find((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) return false;
    this.hasModuleSyntax = this.keptModuleSyntax = true;
    this.cjs.push({
      start: exported.getStart(this.file),
      end: this.nextToken(exported.end),
      text: '',
    });
    return true;
  }

  private exportAfter(node: ts.Node, names: string[]): void {
    this.exportedNames.push(...names);
    this.cjs.push({
      start: node.end,
      end: node.end,
      text: names.map((n) => `\nexports.${n} = ${n};`).join(''),
    });
  }

  private importDeclaration(node: ts.ImportDeclaration, first: boolean): void {
    this.hasModuleSyntax = true;
    const clause = node.importClause;
    if (node.attributes) fail('import attributes');
    if (clause?.isTypeOnly) return this.eraseStatement(node, first);
    this.keptModuleSyntax = true;
    const specifier = node.moduleSpecifier as ts.StringLiteral;
    const start = node.getStart(this.file);
    if (!clause) {
      this.cjs.push({ start, end: node.end, text: `require(${quote(specifier.text)});` });
      return this.requireSemicolon(node);
    }
    if (clause.name) fail('default import');
    const bindings = clause.namedBindings ?? fail('empty import clause');
    if (ts.isNamespaceImport(bindings)) {
      const local = bindings.name.text;
      this.cjs.push({
        start,
        end: node.end,
        text: `const ${local} = require(${quote(specifier.text)});`,
      });
      this.declared.add(local);
      return this.requireSemicolon(node);
    }
    const values = bindings.elements.filter((e) => !e.isTypeOnly);
    if (values.length < bindings.elements.length)
      this.esm.push({
        start: bindings.getStart(this.file),
        end: bindings.end,
        text: braces(values, bindings.elements, this.file),
      });
    const module = this.moduleName(specifier.text);
    for (const element of values)
      this.imported.set(
        element.name.text,
        `${module}.${(element.propertyName ?? element.name).text}`,
      );
    this.cjs.push({
      start,
      end: node.end,
      text: `const ${module} = require(${quote(specifier.text)});`,
    });
    this.requireSemicolon(node);
  }

  private exportDeclaration(node: ts.ExportDeclaration, first: boolean): void {
    this.hasModuleSyntax = true;
    if (node.isTypeOnly) return this.eraseStatement(node, first);
    if (node.attributes) fail('export attributes');
    this.keptModuleSyntax = true;
    const start = node.getStart(this.file);
    const from = node.moduleSpecifier as ts.StringLiteral | undefined;
    const clause = node.exportClause;
    if (!clause) {
      this.needsExportStar = true;
      this.cjs.push({
        start,
        end: node.end,
        text: `__exportStar(require(${quote(from!.text)}));`,
      });
      return this.requireSemicolon(node);
    }
    if (ts.isNamespaceExport(clause)) {
      const name = moduleExportName(clause.name);
      this.exportedNames.push(name);
      this.cjs.push({
        start,
        end: node.end,
        text: `exports.${name} = require(${quote(from!.text)});`,
      });
      return this.requireSemicolon(node);
    }
    const values = clause.elements.filter((e) => !e.isTypeOnly);
    if (values.length < clause.elements.length)
      this.esm.push({
        start: clause.getStart(this.file),
        end: clause.end,
        text: braces(values, clause.elements, this.file),
      });
    if (from) {
      const module = this.moduleName(from.text);
      const lines = [`const ${module} = require(${quote(from.text)});`];
      for (const element of values) {
        const exported = moduleExportName(element.name);
        this.exportedNames.push(exported);
        lines.push(
          getter(exported, `${module}.${moduleExportName(element.propertyName ?? element.name)}`),
        );
      }
      this.cjs.push({ start, end: node.end, text: lines.join('\n') });
    } else {
      for (const element of values) {
        const exported = moduleExportName(element.name);
        this.exportedNames.push(exported);
        this.localExports.push({
          exported,
          local: moduleExportName(element.propertyName ?? element.name),
        });
      }
      this.cjs.push({ start, end: node.end, text: '' });
    }
    this.requireSemicolon(node);
  }

  /** A short, unused name for a required module, after its file name (`index_js_1`, as TypeScript's). */
  private moduleName(specifier: string): string {
    const base = (specifier.split('/').pop() ?? 'module').replace(/[^A-Za-z0-9_$]/g, '_');
    let n = this.moduleNames.get(base) ?? 0;
    let name: string;
    do name = `${/^[0-9]/.test(base) ? '_' : ''}${base}_${++n}`;
    while (this.text.includes(name));
    this.moduleNames.set(base, n);
    return name;
  }

  /** Removes a statement with the comments before it (the file's header comment stays). */
  private eraseStatement(node: ts.Node, first: boolean): void {
    this.erase(first ? this.afterHeader(node) : node.pos, node.end);
  }

  /**
   * Where a first statement's own comments start: after the `#!` line and the comments that head
   * the file — those a blank line parts from the statement (TypeScript keeps them, a licence block
   * among them) and the `//` lines after them.
   */
  private afterHeader(node: ts.Node): number {
    const ranges = ts.getLeadingCommentRanges(this.text, node.pos) ?? [];
    const shebang = ts.getShebang(this.text);
    let start = Math.max(node.pos, shebang === undefined ? 0 : this.nextLine(shebang.length));
    let kept = 0;
    ranges.forEach((range, index) => {
      const next = ranges[index + 1]?.pos ?? node.getStart(this.file);
      if (/\n[ \t\r]*\n/.test(this.text.slice(range.end, next))) kept = index + 1;
    });
    for (const [index, range] of ranges.entries()) {
      if (index >= kept && range.kind !== ts.SyntaxKind.SingleLineCommentTrivia) break;
      start = range.end;
    }
    return start;
  }

  /** Past the line break that ends the line `pos` is on (or the end of the text). */
  private nextLine(pos: number): number {
    const end = this.text.indexOf('\n', pos);
    return end < 0 ? this.text.length : end + 1;
  }

  private innerStatement(node: ts.Statement): void {
    switch (node.kind) {
      case ts.SyntaxKind.Block:
        return (node as ts.Block).statements.forEach((s) => this.innerStatement(s));
      case ts.SyntaxKind.EmptyStatement:
      case ts.SyntaxKind.BreakStatement:
      case ts.SyntaxKind.ContinueStatement:
        return;
      case ts.SyntaxKind.ExpressionStatement:
      case ts.SyntaxKind.ReturnStatement:
      case ts.SyntaxKind.ThrowStatement: {
        const expression = (node as ts.ExpressionStatement | ts.ReturnStatement).expression;
        if (expression) this.expression(expression);
        return this.requireSemicolon(node);
      }
      case ts.SyntaxKind.IfStatement: {
        const s = node as ts.IfStatement;
        this.expression(s.expression);
        this.innerStatement(s.thenStatement);
        if (s.elseStatement) this.innerStatement(s.elseStatement);
        return;
      }
      case ts.SyntaxKind.VariableStatement: {
        const s = node as ts.VariableStatement;
        if (ts.getModifiers(s)?.length) fail('modifier on an inner variable');
        s.declarationList.declarations.forEach((d) => this.variableDeclaration(d));
        return this.requireSemicolon(node);
      }
      case ts.SyntaxKind.ForOfStatement:
      case ts.SyntaxKind.ForInStatement: {
        const s = node as ts.ForOfStatement;
        if (ts.isVariableDeclarationList(s.initializer))
          s.initializer.declarations.forEach((d) => this.variableDeclaration(d));
        else this.expression(s.initializer);
        this.expression(s.expression);
        return this.innerStatement(s.statement);
      }
      case ts.SyntaxKind.ForStatement: {
        const s = node as ts.ForStatement;
        if (s.initializer && ts.isVariableDeclarationList(s.initializer))
          s.initializer.declarations.forEach((d) => this.variableDeclaration(d));
        else if (s.initializer) this.expression(s.initializer);
        if (s.condition) this.expression(s.condition);
        if (s.incrementor) this.expression(s.incrementor);
        return this.innerStatement(s.statement);
      }
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement: {
        const s = node as ts.WhileStatement;
        this.expression(s.expression);
        return this.innerStatement(s.statement);
      }
      case ts.SyntaxKind.LabeledStatement:
        return this.innerStatement((node as ts.LabeledStatement).statement);
      case ts.SyntaxKind.SwitchStatement: {
        const s = node as ts.SwitchStatement;
        this.expression(s.expression);
        for (const clause of s.caseBlock.clauses) {
          if (ts.isCaseClause(clause)) this.expression(clause.expression);
          clause.statements.forEach((c) => this.innerStatement(c));
        }
        return;
      }
      case ts.SyntaxKind.TryStatement: {
        const s = node as ts.TryStatement;
        this.innerStatement(s.tryBlock);
        if (s.catchClause) {
          const v = s.catchClause.variableDeclaration;
          if (v) this.variableDeclaration(v);
          this.innerStatement(s.catchClause.block);
        }
        if (s.finallyBlock) this.innerStatement(s.finallyBlock);
        return;
      }
      case ts.SyntaxKind.FunctionDeclaration: {
        const f = node as ts.FunctionDeclaration;
        if (!f.body || ts.getModifiers(f)?.some((m) => m.kind !== ts.SyntaxKind.AsyncKeyword))
          fail('inner function form');
        this.declared.add(f.name?.text ?? fail('anonymous function'));
        return this.functionLike(f);
      }
      default:
        fail(`statement ${ts.SyntaxKind[node.kind]}`);
    }
  }

  /**
   * Statements the erasures could join to the next line (ASI) end with `;`: generated code always
   * writes it, and without it a removed type-only statement could glue two lines together.
   */
  private requireSemicolon(node: ts.Node): void {
    if (this.text.charCodeAt(node.end - 1) !== 59 /* ; */) fail('statement without semicolon');
  }

  // ── declarations ────────────────────────────────────────────────────────────

  private variableDeclaration(node: ts.VariableDeclaration): void {
    this.bindingName(node.name);
    if (node.exclamationToken)
      this.erase(node.exclamationToken.getStart(this.file), node.exclamationToken.end);
    if (node.type) this.eraseAnnotation(node.type);
    if (node.initializer) this.expression(node.initializer);
  }

  private bindingName(name: ts.BindingName): void {
    if (ts.isIdentifier(name)) {
      this.declared.add(name.text);
      return;
    }
    for (const element of name.elements) {
      if (ts.isOmittedExpression(element)) continue;
      if (element.propertyName && ts.isComputedPropertyName(element.propertyName))
        this.expression(element.propertyName.expression);
      this.bindingName(element.name);
      if (element.initializer) this.expression(element.initializer);
    }
  }

  private functionLike(node: ts.SignatureDeclaration & { body?: ts.ConciseBody }): void {
    if (node.typeParameters) {
      // `async` and `(` must stay on one line once the type parameters between them are gone.
      const async =
        ts.isArrowFunction(node) &&
        ts.getModifiers(node)?.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
      if (async) {
        const open = this.nextToken(this.nextToken(node.typeParameters.end) + 1);
        if (/[\n\r\u2028\u2029]/.test(this.text.slice(async.end, open)))
          fail('async arrow type parameters across lines');
      }
      this.eraseList(node.typeParameters, '<', '>');
    }
    node.parameters.forEach((parameter, index) =>
      this.parameter(parameter, index, node.parameters),
    );
    this.eraseTrailingComma(node.parameters);
    if (node.type) {
      if (ts.isArrowFunction(node)) {
        // `)` and `=>` must stay on one line once the return type between them is gone.
        let close = this.nextToken(node.parameters.end);
        if (this.text[close] === ',') close = this.nextToken(close + 1);
        if (this.text[close] !== ')') fail('arrow parameters bounds');
        const arrow = node.equalsGreaterThanToken.getStart(this.file);
        if (/[\n\r\u2028\u2029]/.test(this.text.slice(close, arrow)))
          fail('arrow return type across lines');
      }
      this.eraseAnnotation(node.type);
    }
    if (node.body) {
      if (ts.isBlock(node.body)) this.innerStatement(node.body);
      else this.expression(node.body);
    }
  }

  private parameter(
    node: ts.ParameterDeclaration,
    index: number,
    all: ts.NodeArray<ts.ParameterDeclaration>,
  ): void {
    if (ts.getModifiers(node)?.length || ts.getDecorators(node)?.length) fail('parameter property');
    if (ts.isIdentifier(node.name) && node.name.text === 'this') {
      // `this: T` is a type: it goes with the comma after it.
      if (index !== 0) fail('this parameter not first');
      const next = all[1];
      return this.erase(node.getStart(this.file), next ? next.getStart(this.file) : all.end);
    }
    this.bindingName(node.name);
    if (node.questionToken)
      this.erase(node.questionToken.getStart(this.file), node.questionToken.end);
    if (node.type) this.eraseAnnotation(node.type);
    if (node.initializer) this.expression(node.initializer);
  }

  private classLike(node: ts.ClassLikeDeclaration): void {
    if (ts.getDecorators(node)?.length) fail('decorator');
    if (node.typeParameters) this.eraseList(node.typeParameters, '<', '>');
    for (const clause of node.heritageClauses ?? []) {
      if (clause.token === ts.SyntaxKind.ImplementsKeyword) {
        this.erase(clause.getStart(this.file), clause.end);
        continue;
      }
      for (const type of clause.types) {
        this.expression(type.expression);
        if (type.typeArguments) this.eraseList(type.typeArguments, '<', '>');
      }
    }
    for (const member of node.members) this.classMember(member);
  }

  private classMember(member: ts.ClassElement): void {
    if (ts.isIndexSignatureDeclaration(member) || ts.isSemicolonClassElement(member)) {
      if (ts.isIndexSignatureDeclaration(member)) this.erase(member.pos, member.end);
      return;
    }
    if (ts.canHaveDecorators(member) && ts.getDecorators(member)?.length) fail('decorator');
    const modifiers = (ts.canHaveModifiers(member) && ts.getModifiers(member)) || [];
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword))
      return this.erase(member.pos, member.end);
    const isBodiless =
      (ts.isMethodDeclaration(member) || ts.isConstructorDeclaration(member)) && !member.body;
    if (isBodiless) return this.erase(member.pos, member.end);
    for (const m of modifiers) {
      if (MODIFIERS_ERASED.has(m.kind)) this.erase(m.getStart(this.file), this.nextToken(m.end));
      else if (m.kind !== ts.SyntaxKind.StaticKeyword && m.kind !== ts.SyntaxKind.AsyncKeyword)
        fail(`member modifier ${ts.SyntaxKind[m.kind]}`);
    }
    if (member.name && ts.isComputedPropertyName(member.name))
      this.expression(member.name.expression);
    if (ts.isPropertyDeclaration(member)) {
      const mark = member.questionToken ?? member.exclamationToken;
      if (mark) this.erase(mark.getStart(this.file), mark.end);
      if (member.type) this.eraseAnnotation(member.type);
      if (member.initializer) this.expression(member.initializer);
      return this.requireSemicolon(member);
    }
    if (
      ts.isMethodDeclaration(member) ||
      ts.isConstructorDeclaration(member) ||
      ts.isGetAccessorDeclaration(member) ||
      ts.isSetAccessorDeclaration(member)
    ) {
      if (ts.isMethodDeclaration(member) && member.questionToken) fail('optional method');
      return this.functionLike(member);
    }
    if (ts.isClassStaticBlockDeclaration(member)) return this.innerStatement(member.body);
    fail(`class member ${ts.SyntaxKind[member.kind]}`);
  }

  // ── expressions ─────────────────────────────────────────────────────────────

  private expression(node: ts.Expression): void {
    switch (node.kind) {
      case ts.SyntaxKind.Identifier:
        return this.reference(node as ts.Identifier, node);
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NumericLiteral:
      case ts.SyntaxKind.BigIntLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.RegularExpressionLiteral:
      case ts.SyntaxKind.TrueKeyword:
      case ts.SyntaxKind.FalseKeyword:
      case ts.SyntaxKind.NullKeyword:
      case ts.SyntaxKind.ThisKeyword:
      case ts.SyntaxKind.SuperKeyword:
      // `import(…)` stays as written in both builds: CommonJS on every Node version (and a bundler)
      // loads an ES module that way, where `require` cannot before Node 20.19.
      case ts.SyntaxKind.ImportKeyword:
        return;
      case ts.SyntaxKind.TemplateExpression:
        return (node as ts.TemplateExpression).templateSpans.forEach((s) =>
          this.expression(s.expression),
        );
      case ts.SyntaxKind.PropertyAccessExpression:
        return this.expression((node as ts.PropertyAccessExpression).expression);
      case ts.SyntaxKind.ElementAccessExpression: {
        const e = node as ts.ElementAccessExpression;
        this.expression(e.expression);
        return this.expression(e.argumentExpression);
      }
      case ts.SyntaxKind.CallExpression:
      case ts.SyntaxKind.NewExpression: {
        const e = node as ts.CallExpression;
        if (ts.isIdentifier(e.expression) && ts.isCallExpression(e))
          this.reference(e.expression, e.expression, true);
        else if (ts.isCallExpression(e) && this.calledThrough(e.expression)) {
          this.callee = bare(e.expression) as ts.Identifier;
          this.expression(e.expression);
        } else if (
          ts.isParenthesizedExpression(e.expression) &&
          node.kind === ts.SyntaxKind.NewExpression
        )
          this.parenthesized(e.expression, true);
        else this.expression(e.expression);
        if (e.typeArguments) this.eraseList(e.typeArguments, '<', '>');
        e.arguments?.forEach((a) => this.expression(a));
        return this.eraseTrailingComma(e.arguments);
      }
      case ts.SyntaxKind.TaggedTemplateExpression: {
        const e = node as ts.TaggedTemplateExpression;
        if (ts.isIdentifier(e.tag)) this.reference(e.tag, e.tag, true);
        else {
          if (this.calledThrough(e.tag)) this.callee = bare(e.tag) as ts.Identifier;
          this.expression(e.tag);
        }
        if (e.typeArguments) this.eraseList(e.typeArguments, '<', '>');
        return this.expression(e.template);
      }
      case ts.SyntaxKind.ObjectLiteralExpression:
        return (node as ts.ObjectLiteralExpression).properties.forEach((p) => this.objectMember(p));
      case ts.SyntaxKind.ArrayLiteralExpression:
        return (node as ts.ArrayLiteralExpression).elements.forEach((e) => this.expression(e));
      case ts.SyntaxKind.SpreadElement:
        return this.expression((node as ts.SpreadElement).expression);
      case ts.SyntaxKind.OmittedExpression:
        return;
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.FunctionExpression: {
        const f = node as ts.ArrowFunction | ts.FunctionExpression;
        if (ts.getModifiers(f)?.some((m) => m.kind !== ts.SyntaxKind.AsyncKeyword))
          fail('function modifier');
        if (ts.isFunctionExpression(f) && f.name) this.declared.add(f.name.text);
        return this.functionLike(f);
      }
      case ts.SyntaxKind.ClassExpression: {
        const c = node as ts.ClassExpression;
        if (c.name) this.declared.add(c.name.text);
        return this.classLike(c);
      }
      case ts.SyntaxKind.ParenthesizedExpression:
        return this.parenthesized(node as ts.ParenthesizedExpression);
      case ts.SyntaxKind.BinaryExpression: {
        const e = node as ts.BinaryExpression;
        if (ts.isObjectLiteralExpression(e.left) || ts.isArrayLiteralExpression(e.left))
          fail('destructuring assignment');
        // `(f as T) = v` on an import would assign to the CommonJS module's property.
        const left = bare(e.left);
        if (
          isAssignment(e.operatorToken.kind) &&
          ts.isIdentifier(left) &&
          this.imported.has(left.text)
        )
          fail('assignment to an import');
        this.expression(e.left);
        return this.expression(e.right);
      }
      case ts.SyntaxKind.ConditionalExpression: {
        const e = node as ts.ConditionalExpression;
        this.expression(e.condition);
        this.expression(e.whenTrue);
        return this.expression(e.whenFalse);
      }
      case ts.SyntaxKind.PrefixUnaryExpression:
      case ts.SyntaxKind.PostfixUnaryExpression: {
        const operand = (node as ts.PrefixUnaryExpression).operand;
        const target = bare(operand);
        // `++x` on an import would assign to the CommonJS module's property.
        if (ts.isIdentifier(target) && this.imported.has(target.text)) fail('update of an import');
        return this.expression(operand);
      }
      case ts.SyntaxKind.YieldExpression: {
        const e = (node as ts.YieldExpression).expression;
        return e && this.expression(e);
      }
      case ts.SyntaxKind.AwaitExpression:
      case ts.SyntaxKind.TypeOfExpression:
      case ts.SyntaxKind.VoidExpression:
      case ts.SyntaxKind.DeleteExpression:
        return this.expression((node as ts.AwaitExpression).expression);
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.SatisfiesExpression: {
        const e = node as ts.AsExpression;
        this.expression(e.expression);
        return this.erase(e.expression.end, e.end);
      }
      case ts.SyntaxKind.NonNullExpression: {
        const e = node as ts.NonNullExpression;
        this.expression(e.expression);
        return this.erase(e.expression.end, e.end);
      }
      default:
        fail(`expression ${ts.SyntaxKind[node.kind]}`);
    }
  }

  /** TypeScript drops the parentheses around a type assertion where they are not needed. */
  private parenthesized(node: ts.ParenthesizedExpression, newCallee = false): void {
    let inner: ts.Expression = node.expression;
    if (!ts.isAsExpression(inner) && !ts.isSatisfiesExpression(inner))
      return this.expression(inner);
    while (ts.isAsExpression(inner) || ts.isSatisfiesExpression(inner)) inner = inner.expression;
    const droppable =
      SIMPLE_INNER.has(inner.kind) &&
      !(inner.flags & ts.NodeFlags.OptionalChain) &&
      !(ts.isCallExpression(inner) && newCallee);
    if (!droppable) fail('parenthesized assertion');
    this.erase(node.getStart(this.file), node.expression.getStart(this.file));
    this.expression(node.expression);
    this.erase(node.expression.end, node.end);
  }

  /** A callee that is an imported name inside parentheses, `as`, `satisfies` or `!`. */
  private calledThrough(callee: ts.Expression): boolean {
    const inner = bare(callee);
    return inner !== callee && ts.isIdentifier(inner) && this.imported.has(inner.text);
  }

  private objectMember(node: ts.ObjectLiteralElementLike): void {
    if (node.name && ts.isComputedPropertyName(node.name)) this.expression(node.name.expression);
    if (ts.isPropertyAssignment(node)) return this.expression(node.initializer);
    if (ts.isShorthandPropertyAssignment(node)) {
      if (node.objectAssignmentInitializer) fail('shorthand initializer');
      const read = this.imported.get(node.name.text);
      if (read !== undefined)
        this.cjs.push({ start: node.name.end, end: node.name.end, text: `: ${read}` });
      return;
    }
    if (ts.isSpreadAssignment(node)) return this.expression(node.expression);
    if (
      ts.isMethodDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)
    ) {
      if (ts.getModifiers(node)?.some((m) => m.kind !== ts.SyntaxKind.AsyncKeyword))
        fail('method modifier');
      if (ts.isMethodDeclaration(node) && node.questionToken) fail('optional method');
      return this.functionLike(node);
    }
    fail(`object member ${ts.SyntaxKind[(node as ts.Node).kind]}`);
  }

  /** An identifier read as a value: in CommonJS, an import is read from its module at each use. */
  private reference(node: ts.Identifier, at: ts.Node, callee = false): void {
    const read = this.imported.get(node.text);
    if (node === this.callee) callee = true;
    if (read === undefined) return;
    const start = at.getStart(this.file);
    // `(0, m.f)()` calls `f` without `this`, as an imported binding is called.
    this.cjs.push({ start, end: at.end, text: callee ? `(0, ${read})` : read });
  }

  // ── erasure ─────────────────────────────────────────────────────────────────

  private erase(start: number, end: number): void {
    this.both.push({ start, end, text: '' });
  }

  /** `: T` (the colon ends where the type's leading trivia starts). */
  private eraseAnnotation(type: ts.TypeNode): void {
    const colon = type.pos - 1;
    if (this.text.charCodeAt(colon) !== 58 /* : */) fail('annotation without colon');
    this.erase(colon, type.end);
  }

  /** `<…>` around a list of type parameters or arguments. */
  private eraseList(list: ts.NodeArray<ts.Node>, open: string, close: string): void {
    const start = list.pos - 1;
    const end = this.nextToken(list.end);
    if (this.text[start] !== open || this.text[end] !== close) fail('type list bounds');
    this.erase(start, end + 1);
  }

  /** TypeScript prints parameters and arguments without a trailing comma. */
  private eraseTrailingComma(list: ts.NodeArray<ts.Node> | undefined): void {
    if (!list?.hasTrailingComma) return;
    const comma = this.nextToken(list[list.length - 1]!.end);
    if (this.text[comma] !== ',') fail('trailing comma');
    this.erase(comma, comma + 1);
  }

  /** Where the token after `pos` starts (past whitespace and comments). */
  private nextToken(pos: number): number {
    const text = this.text;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else if (c === 47 /* / */ && text.charCodeAt(pos + 1) === 47) {
        const end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length : end;
      } else if (c === 47 && text.charCodeAt(pos + 1) === 42 /* * */) {
        const end = text.indexOf('*/', pos + 2);
        pos = end < 0 ? fail('open comment') : end + 2;
      } else break;
    }
    return pos;
  }
}

/** The expression inside parentheses, type assertions and `!`. */
function bare(node: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node)
  )
    node = node.expression;
  return node;
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

function hasModifier(node: ts.HasModifiers, kind: ts.SyntaxKind): boolean {
  return ts.getModifiers(node)?.some((m) => m.kind === kind) ?? false;
}

function moduleExportName(name: ts.ModuleExportName): string {
  if (ts.isStringLiteral(name) || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name.text))
    fail('string export name');
  return name.text;
}

/** `{ a, b as c }` with the given specifiers only (`{}` for none), as TypeScript prints it. */
function braces(
  elements: ReadonlyArray<ts.ImportSpecifier | ts.ExportSpecifier>,
  all: ts.NodeArray<ts.Node>,
  file: ts.SourceFile,
): string {
  if (elements.length === 0) return '{}';
  const trailing = all.hasTrailingComma ? ',' : '';
  return `{ ${elements.map((e) => e.getText(file)).join(', ')}${trailing} }`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function getter(name: string, read: string): string {
  return `Object.defineProperty(exports, ${quote(name)}, { enumerable: true, get: function () { return ${read}; } });`;
}

/** `export * from` in CommonJS: every name but `default` and those the module exports itself, read live. */
const EXPORT_STAR = `function __exportStar(m) {
    for (const k in m) if (k !== "default" && !Object.prototype.hasOwnProperty.call(exports, k)) Object.defineProperty(exports, k, { enumerable: true, get: function () { return m[k]; } });
}`;

/** The text with the edits made (edits may not overlap; an insertion is an edit with start = end). */
function apply(text: string, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) fail('overlapping edits');
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
