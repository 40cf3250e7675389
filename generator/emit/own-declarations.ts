/**
 * The generated SDK's declarations without TypeScript's declaration emitter. The sources satisfy
 * `isolatedDeclarations`, so every export already spells out its types: a `.d.ts` is the source
 * with the bodies, initializers and private details left out — `export declare function f(…): T;`
 * per signature (overloads without their implementation), classes with their members' signatures,
 * `export declare const x: T;`, types and re-exports as written, and only the imports the
 * declarations still name. Types are copied as written (JSDoc included), not reprinted.
 *
 * What it does not know (a declaration without its type, something not exported that an export
 * may name, parameter properties, `export default` of an expression, …) throws `NotOwnEmit`, and
 * TypeScript emits the file's declarations (reporting what `isolatedDeclarations` rejects).
 * test/emit-own/declarations.test.ts compares the result with TypeScript's.
 */
import ts from 'typescript';
import { NotOwnEmit } from './own-emit.js';

const fail = (why: string): never => {
  throw new NotOwnEmit(why);
};

/** Member modifiers a declaration keeps (`readonly` and accessibility; `async`, `override` go). */
const MEMBER_KEPT = new Set([
  ts.SyntaxKind.StaticKeyword,
  ts.SyntaxKind.ReadonlyKeyword,
  ts.SyntaxKind.PublicKeyword,
  ts.SyntaxKind.ProtectedKeyword,
]);

export function emitOwnDeclarations(file: ts.SourceFile): string {
  return new Declarations(file).run();
}

class Declarations {
  private readonly text: string;
  /** The names the declarations refer to (an import not among them is dropped). */
  private readonly used = new Set<string>();
  /** Constants not exported: left out, as TypeScript does, unless a declaration names one. */
  private readonly locals: string[] = [];
  private hasModuleSyntax = false;
  private keptModuleSyntax = false;

  constructor(private readonly file: ts.SourceFile) {
    this.text = file.text;
  }

  run(): string {
    const imports: ts.ImportDeclaration[] = [];
    const body: string[] = [];
    const statements = this.file.statements;
    for (let i = 0; i < statements.length; i++) {
      const node = statements[i]!;
      if (ts.isImportDeclaration(node)) {
        this.hasModuleSyntax = true;
        imports.push(node);
        body.push(''); // its place, filled in once the names the declarations use are known
        continue;
      }
      // Overloads: the signatures are the declaration, the implementation is not.
      if (ts.isFunctionDeclaration(node) && !node.body) {
        body.push(this.functionDeclaration(node));
        while (i + 1 < statements.length && this.sameName(statements[i + 1]!, node)) {
          const next = statements[++i] as ts.FunctionDeclaration;
          if (next.body) break;
          body.push(this.functionDeclaration(next));
        }
        continue;
      }
      body.push(this.statement(node));
    }
    const used = this.used;
    if (this.locals.some((name) => used.has(name))) fail('local declaration an export names');
    let at = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== '' || !ts.isImportDeclaration(statements[i]!)) continue;
      body[i] = this.importDeclaration(imports[at++]!, used);
    }
    const out = body.filter((s) => s !== '');
    if (this.hasModuleSyntax && !this.keptModuleSyntax) out.push('export {};');
    return out.length === 0 ? '' : `${out.join('\n')}\n`;
  }

  private statement(node: ts.Statement): string {
    if (ts.isExportDeclaration(node)) {
      this.hasModuleSyntax = this.keptModuleSyntax = true;
      const clause = node.exportClause;
      if (!node.moduleSpecifier && clause && ts.isNamedExports(clause))
        for (const e of clause.elements) this.used.add((e.propertyName ?? e.name).text);
      return this.verbatim(node);
    }
    if (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) {
      this.exported(node);
      this.use(node);
      return this.verbatim(node);
    }
    if (ts.isExportAssignment(node)) {
      if (node.isExportEquals || !ts.isIdentifier(node.expression)) fail('export default value');
      this.hasModuleSyntax = this.keptModuleSyntax = true;
      this.used.add((node.expression as ts.Identifier).text);
      return this.verbatim(node);
    }
    if (ts.isFunctionDeclaration(node)) return this.functionDeclaration(node);
    if (ts.isClassDeclaration(node)) return this.classDeclaration(node);
    if (ts.isVariableStatement(node)) return this.variableStatement(node);
    if (ts.isExpressionStatement(node) || ts.isEmptyStatement(node)) return '';
    return fail(`declaration of ${ts.SyntaxKind[node.kind]}`);
  }

  /** Only exports: a local declaration an export names would need TypeScript's analysis. */
  private exported(node: ts.HasModifiers): void {
    const modifiers = ts.getModifiers(node) ?? [];
    if (!modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) fail('local declaration');
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) fail('export default');
    this.hasModuleSyntax = this.keptModuleSyntax = true;
  }

  private importDeclaration(node: ts.ImportDeclaration, used: Set<string>): string {
    const clause = node.importClause;
    if (node.attributes) fail('import attributes');
    if (!clause) return this.verbatim(node);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) {
      if (clause.name) fail('default and namespace import');
      return used.has(bindings.name.text) ? this.verbatim(node) : '';
    }
    const kept = (bindings?.elements ?? []).filter((e) => used.has(e.name.text));
    const defaultName = clause.name && used.has(clause.name.text) ? clause.name.text : undefined;
    if (kept.length === 0 && defaultName === undefined) return '';
    this.keptModuleSyntax = true;
    const parts: string[] = [];
    if (defaultName) parts.push(defaultName);
    if (kept.length > 0) parts.push(`{ ${kept.map((e) => e.getText(this.file)).join(', ')} }`);
    const from = node.moduleSpecifier.getText(this.file);
    return `import ${clause.isTypeOnly ? 'type ' : ''}${parts.join(', ')} from ${from};`;
  }

  private functionDeclaration(node: ts.FunctionDeclaration): string {
    this.exported(node);
    const name = node.name?.text ?? fail('anonymous function');
    return `${this.leading(node)}export declare function ${name}${this.signature(node)};`;
  }

  private variableStatement(node: ts.VariableStatement): string {
    const list = node.declarationList;
    // A typed module-private constant (one an initializer spreads, say) is no part of the API.
    if (!ts.getModifiers(node)?.length && list.flags & ts.NodeFlags.Const) {
      for (const d of list.declarations)
        if (ts.isIdentifier(d.name) && d.type) this.locals.push(d.name.text);
        else fail('local declaration');
      return '';
    }
    this.exported(node);
    const keyword =
      list.flags & ts.NodeFlags.Const ? 'const' : list.flags & ts.NodeFlags.Let ? 'let' : 'var';
    const declarations = list.declarations.map((d) => {
      if (!ts.isIdentifier(d.name)) fail('exported pattern');
      return `${d.name.getText(this.file)}: ${this.type(d.type)}`;
    });
    return `${this.leading(node)}export declare ${keyword} ${declarations.join(', ')};`;
  }

  private classDeclaration(node: ts.ClassDeclaration): string {
    this.exported(node);
    if (ts.getDecorators(node)?.length) fail('decorator');
    for (const m of ts.getModifiers(node) ?? [])
      if (m.kind !== ts.SyntaxKind.ExportKeyword) fail(`class modifier ${ts.SyntaxKind[m.kind]}`);
    const name = node.name?.text ?? fail('anonymous class');
    let head = `export declare class ${name}`;
    if (node.typeParameters) head += this.typeParameters(node.typeParameters);
    for (const clause of node.heritageClauses ?? []) {
      // `extends mixin(Base)`: only inference knows that type, and `isolatedDeclarations` rejects
      // it — TypeScript reports it.
      for (const type of clause.types)
        if (!isEntityName(type.expression)) fail('heritage expression');
      this.use(clause);
      head += ` ${clause.getText(this.file)}`;
    }
    const members: string[] = [];
    let privateNames = false;
    const list = node.members;
    for (let i = 0; i < list.length; i++) {
      const member = list[i]!;
      if (member.name && ts.isPrivateIdentifier(member.name)) {
        privateNames = true;
        continue;
      }
      // Overloaded methods: their signatures only.
      if (ts.isMethodDeclaration(member) && !member.body) {
        members.push(this.member(member));
        while (
          i + 1 < list.length &&
          ts.isMethodDeclaration(list[i + 1]!) &&
          this.sameName(list[i + 1]!, member)
        ) {
          if ((list[++i] as ts.MethodDeclaration).body) break;
          members.push(this.member(list[i]!));
        }
        continue;
      }
      if (ts.isConstructorDeclaration(member) && !member.body) {
        members.push(this.member(member));
        while (i + 1 < list.length && ts.isConstructorDeclaration(list[i + 1]!))
          if ((list[++i] as ts.ConstructorDeclaration).body) break;
          else members.push(this.member(list[i]!));
        continue;
      }
      const out = this.member(member);
      if (out !== '') members.push(out);
    }
    if (privateNames) members.unshift('    #private;');
    return `${this.leading(node)}${head} {\n${members.join('\n')}${members.length ? '\n' : ''}}`;
  }

  private member(member: ts.ClassElement): string {
    if (ts.isClassStaticBlockDeclaration(member) || ts.isSemicolonClassElement(member)) return '';
    if (ts.isIndexSignatureDeclaration(member)) this.use(member);
    if (ts.isIndexSignatureDeclaration(member))
      return `${this.leading(member, '    ')}    ${member.getText(this.file)}`;
    if (ts.canHaveDecorators(member) && ts.getDecorators(member)?.length) fail('decorator');
    const modifiers = (ts.canHaveModifiers(member) && ts.getModifiers(member)) || [];
    const isPrivate = modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword);
    let prefix = '';
    for (const m of modifiers) {
      if (MEMBER_KEPT.has(m.kind)) prefix += `${m.getText(this.file)} `;
      else if (
        m.kind !== ts.SyntaxKind.AsyncKeyword &&
        m.kind !== ts.SyntaxKind.PrivateKeyword &&
        m.kind !== ts.SyntaxKind.DeclareKeyword
      )
        fail(`member modifier ${ts.SyntaxKind[m.kind]}`);
    }
    const name = member.name ? this.memberName(member.name) : '';
    const lead = this.leading(member, '    ');
    if (isPrivate) {
      // TypeScript keeps a private member's name and kind, not its type (once for overloads).
      if (ts.isMethodDeclaration(member) && !member.body) fail('private overloads');
      if (ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member))
        fail('private accessor');
      if (ts.isConstructorDeclaration(member)) {
        if (member.parameters.length > 0 && member.body)
          fail('private constructor with parameters');
        return `${lead}    private constructor();`;
      }
      return `${lead}    private ${prefix}${name};`;
    }
    if (ts.isPropertyDeclaration(member)) {
      const optional = member.questionToken ? '?' : '';
      return `${lead}    ${prefix}${name}${optional}: ${this.type(member.type)};`;
    }
    if (ts.isMethodDeclaration(member)) {
      const optional = member.questionToken ? '?' : '';
      return `${lead}    ${prefix}${name}${optional}${this.signature(member)};`;
    }
    if (ts.isConstructorDeclaration(member))
      return `${lead}    ${prefix}constructor${this.parameters(member)};`;
    if (ts.isGetAccessorDeclaration(member))
      return `${lead}    ${prefix}get ${name}(): ${this.type(member.type)};`;
    if (ts.isSetAccessorDeclaration(member))
      return `${lead}    ${prefix}set ${name}${this.parameters(member)};`;
    return fail(`class member ${ts.SyntaxKind[member.kind]}`);
  }

  private memberName(name: ts.PropertyName): string {
    if (ts.isComputedPropertyName(name)) {
      const e = name.expression;
      // `[Symbol.asyncIterator]`: a well-known symbol reads the same without a checker.
      const wellKnown =
        ts.isPropertyAccessExpression(e) &&
        ts.isIdentifier(e.expression) &&
        e.expression.text === 'Symbol';
      if (!wellKnown && !ts.isStringLiteral(e)) fail('computed member name');
      this.use(name);
    }
    return name.getText(this.file);
  }

  /** `<T>(a: A, b?: B): R` of a function or method with a body or none. */
  private signature(node: ts.SignatureDeclaration): string {
    const typeParameters = node.typeParameters ? this.typeParameters(node.typeParameters) : '';
    return `${typeParameters}${this.parameters(node)}: ${this.type(node.type)}`;
  }

  private parameters(node: ts.SignatureDeclaration): string {
    const list = node.parameters;
    const out = list.map((p, i) => {
      if (ts.getModifiers(p)?.length) fail('parameter property');
      if (!ts.isIdentifier(p.name)) fail('parameter pattern');
      // A default before a required parameter is `T | undefined` in TypeScript's declaration, not `?`.
      const required = (q: ts.ParameterDeclaration) =>
        !q.questionToken && !q.initializer && !q.dotDotDotToken;
      if (p.initializer && list.slice(i + 1).some(required))
        fail('default before a required parameter');
      const optional = p.questionToken || p.initializer ? '?' : '';
      const rest = p.dotDotDotToken ? '...' : '';
      return `${rest}${p.name.getText(this.file)}${optional}: ${this.type(p.type)}`;
    });
    return `(${out.join(', ')})`;
  }

  private typeParameters(list: ts.NodeArray<ts.TypeParameterDeclaration>): string {
    list.forEach((p) => this.use(p));
    return `<${list.map((p) => p.getText(this.file)).join(', ')}>`;
  }

  /** An annotation as written: without it, only TypeScript's inference would know the type. */
  private type(type: ts.TypeNode | undefined): string {
    if (!type) fail('no type annotation');
    this.use(type!);
    return type!.getText(this.file);
  }

  /** Records the names `node` refers to: type references, `typeof x`, heritage, computed keys. */
  private use(node: ts.Node): void {
    let name: ts.Node | undefined;
    if (ts.isTypeReferenceNode(node)) name = node.typeName;
    else if (ts.isExpressionWithTypeArguments(node)) name = node.expression;
    else if (ts.isTypeQueryNode(node)) name = node.exprName;
    else if (ts.isComputedPropertyName(node)) name = node.expression;
    else if (ts.isImportTypeNode(node)) fail('import type node');
    while (name && (ts.isQualifiedName(name) || ts.isPropertyAccessExpression(name)))
      name = ts.isQualifiedName(name) ? name.left : name.expression;
    if (name && ts.isIdentifier(name)) this.used.add(name.text);
    ts.forEachChild(node, (child) => this.use(child));
  }

  /** A statement's own comments (JSDoc), kept with it. */
  private leading(node: ts.Node, indent = ''): string {
    const ranges = ts.getLeadingCommentRanges(this.text, node.pos);
    if (!ranges?.length) return '';
    return ranges.map((r) => `${indent}${this.text.slice(r.pos, r.end)}\n`).join('');
  }

  /** Overloads of one function or method: the same kind, the same name. */
  private sameName(a: ts.Node, b: ts.FunctionDeclaration | ts.MethodDeclaration): boolean {
    if (a.kind !== b.kind) return false;
    const name = (a as ts.FunctionDeclaration | ts.MethodDeclaration).name;
    return (
      name !== undefined &&
      b.name !== undefined &&
      name.getText(this.file) === b.name.getText(this.file)
    );
  }

  private verbatim(node: ts.Node): string {
    return `${this.leading(node)}${node.getText(this.file)}`;
  }
}

/** `A` or `a.b.C`: a name a declaration can refer to as written. */
function isEntityName(node: ts.Expression): boolean {
  while (ts.isPropertyAccessExpression(node)) node = node.expression;
  return ts.isIdentifier(node);
}
