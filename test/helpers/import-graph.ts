/**
 * The relative-import graph of a source tree, read from TypeScript's own parse (so an `import`
 * inside a template string, as the mock and MSW emitters write, is not mistaken for one; the
 * pre-processor's token scan was, after a substitution).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { compareCodePoints } from '../../generator/util/compare.js';

/** Module path (relative to `root`, `/`-separated) → the relative modules it imports, type-only and dynamic ones included. */
export type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.m?ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `./x.js` → `x.ts` (or `x/index.ts`); undefined when the specifier names no source file. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.mjs$/, '.mts'),
    base,
    `${base}.ts`,
    join(base, 'index.ts'),
  ];
  return candidates.find((c) => /\.m?ts$/.test(c) && existsSync(c));
}

/** Every module specifier `file` names: imports, re-exports, `import()` and `import('…')` types. */
function moduleSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const specifier =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? node.moduleSpecifier
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
          ? node.arguments[0]
          : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
            ? node.argument.literal
            : undefined;
    if (specifier && ts.isStringLiteral(specifier)) found.push(specifier.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function importGraph(root: string, dir: string): ImportGraph {
  const graph: ImportGraph = new Map();
  const rel = (path: string): string => relative(root, path).split('\\').join('/');
  for (const file of sourceFiles(join(root, dir)).sort(compareCodePoints)) {
    const targets = moduleSpecifiers(file)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolveSpecifier(file, name))
      .filter((t): t is string => t !== undefined)
      .map(rel);
    graph.set(rel(file), [...new Set(targets)].sort(compareCodePoints));
  }
  return graph;
}

/** Import cycles (at least one wherever modules import each other in a circle), each as the modules on it from its smallest. */
export function importCycles(graph: ImportGraph): string[][] {
  const cycles = new Map<string, string[]>();
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (node: string): void => {
    if (done.has(node)) return;
    if (onStack.has(node)) {
      const cycle = stack.slice(stack.indexOf(node));
      const start = cycle.indexOf([...cycle].sort(compareCodePoints)[0]!);
      const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
      cycles.set(rotated.join(' → '), rotated);
      return;
    }
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) visit(next);
    stack.pop();
    onStack.delete(node);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node);
  return [...cycles.values()];
}
