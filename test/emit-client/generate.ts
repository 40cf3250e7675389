/** Emits an SDK (schema types + client) for a spec into a fresh temp directory, and type-checks it. */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { emitClient } from '../../generator/emit/client/index.js';
import { emitSchemaTypes } from '../../generator/emit/types/index.js';
import type { EmitContext, VirtualFile } from '../../generator/emit/types.js';
import type { ApiIr } from '../../generator/ir/types.js';
import { REPO } from '../helpers/cli.js';
import { irForTest } from './load-ir.js';

export function templates(): Map<string, string> {
  const dir = path.join(REPO, 'templates/client');
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort())
    if (name.endsWith('.ts')) out.set(`client/${name}`, readFileSync(path.join(dir, name), 'utf8'));
  return out;
}

export interface Generated {
  ir: ApiIr;
  ctx: EmitContext;
  files: VirtualFile[];
  dir: string;
}

const made: string[] = [];

/** Removes every directory `generate` made (call from afterAll). */
export function cleanupGenerated(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function generate(spec: string): Promise<Generated> {
  const { ir } = await irForTest(spec);
  const ctx: EmitContext = {
    templates: templates(),
    generator: { name: 'shellapi-codegen', version: '0.0.0' },
    packageName: '@shellapi/sdk',
  };
  const files = [...(await emitSchemaTypes(ir, ctx)), ...(await emitClient(ir, ctx))];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sdk-emit-'));
  made.push(dir);
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  return { ir, ctx, files, dir };
}

/**
 * The checks a demanding consumer turns on (also written into the tsconfig of
 * test/pipeline/generality.test.ts, which type-checks the CLI's output of the public specs).
 */
export const STRICT_CHECKS = {
  noEmit: true,
  strict: true,
  isolatedDeclarations: true,
  declaration: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
} as const;

/** Strict settings close to a demanding consumer's. */
export function strictOptions(withNodeTypes = false): ts.CompilerOptions {
  return {
    ...STRICT_CHECKS,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: withNodeTypes ? ['node'] : [],
    typeRoots: [path.join(REPO, 'node_modules/@types')],
  };
}

/** Type-checks files under `strictOptions`; returns the diagnostics as text. */
export function typeCheck(rootFiles: string[], withNodeTypes = false): string[] {
  const program = ts.createProgram(rootFiles, strictOptions(withNodeTypes));
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}`
        : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}
