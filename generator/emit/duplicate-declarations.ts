/**
 * Top-level names a generated module declares twice (`import { Pets }` beside `class Pets`). The
 * compile stage transpiles file by file without a type checker, which would report these (TS2300,
 * TS2440); left alone, the module fails only when a consumer imports it.
 */
import ts from 'typescript';

type Space = 'value' | 'type';
/** What declares a name: merging kinds (function overloads, interfaces) may repeat. */
type Kind = 'import' | 'class' | 'enum' | 'variable' | 'function' | 'type' | 'interface';

const SPACES: Record<Kind, Space[]> = {
  import: ['value', 'type'],
  class: ['value', 'type'],
  enum: ['value', 'type'],
  variable: ['value'],
  function: ['value'],
  type: ['type'],
  interface: ['type'],
};

/** Which earlier kind a later declaration of the same name may join (overloads, interface merging). */
function merges(earlier: Kind, later: Kind): boolean {
  if (earlier === 'function' && later === 'function') return true;
  if (later === 'interface') return earlier === 'interface' || earlier === 'class';
  return earlier === 'interface' && later === 'class';
}

function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

function declared(statement: ts.Statement): { id: ts.Identifier; kind: Kind }[] {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (!clause) return [];
    const ids: ts.Identifier[] = clause.name ? [clause.name] : [];
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) ids.push(bindings.name);
    if (bindings && ts.isNamedImports(bindings)) ids.push(...bindings.elements.map((e) => e.name));
    return ids.map((id) => ({ id, kind: 'import' }));
  }
  if (ts.isClassDeclaration(statement) && statement.name)
    return [{ id: statement.name, kind: 'class' }];
  if (ts.isEnumDeclaration(statement)) return [{ id: statement.name, kind: 'enum' }];
  if (ts.isFunctionDeclaration(statement) && statement.name)
    return [{ id: statement.name, kind: 'function' }];
  if (ts.isTypeAliasDeclaration(statement)) return [{ id: statement.name, kind: 'type' }];
  if (ts.isInterfaceDeclaration(statement)) return [{ id: statement.name, kind: 'interface' }];
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations
      .flatMap((d) => bindingNames(d.name))
      .map((id) => ({ id, kind: 'variable' }));
  return [];
}

/** Diagnostics (TS2300's wording) for each later top-level declaration of a name already declared. */
export function duplicateDeclarations(sourceFile: ts.SourceFile): ts.Diagnostic[] {
  const seen = new Map<string, Kind>();
  const out: ts.Diagnostic[] = [];
  for (const statement of sourceFile.statements) {
    for (const { id, kind } of declared(statement)) {
      for (const space of SPACES[kind]) {
        const key = `${space}:${id.text}`;
        const earlier = seen.get(key);
        if (earlier !== undefined && !merges(earlier, kind)) {
          out.push({
            file: sourceFile,
            start: id.getStart(sourceFile),
            length: id.text.length,
            messageText: `Duplicate identifier '${id.text}' (a ${earlier} and a ${kind} declaration).`,
            category: ts.DiagnosticCategory.Error,
            code: 2300,
          });
          break;
        }
        seen.set(key, kind);
      }
    }
  }
  return out;
}
