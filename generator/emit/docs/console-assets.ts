/**
 * What the try-it console needs besides its own script: the mock's browser-safe request checks
 * (validator, text coercion, JSON pointers) compiled to one classic script, the operations as the
 * mock sees them (route table), and the request each form starts from (the samples' values).
 * Classic scripts, not modules: browsers refuse module scripts from file://.
 */
import ts from 'typescript';
import type { ApiIr, Json } from '../../ir/types.js';
import type { EmitContext } from '../types.js';
import { createMockRoutes } from '../mock/routes.js';
import { requestExample } from './samples.js';

/** The mock runtime modules the console runs in the browser, in dependency order. */
const SHARED_MOCK_MODULES = ['mock/pointer.ts', 'mock/validate.ts', 'mock/coerce.ts'] as const;

/**
 * The one place the mock's validator reaches the docs: its TypeScript compiled to JavaScript, the
 * module syntax removed, and its exports gathered on `window.ShellMock` (the modules import only
 * each other and types, so concatenation in dependency order is enough).
 */
export function sharedValidatorScript(ctx: EmitContext): string {
  const exported: string[] = [];
  const bodies = SHARED_MOCK_MODULES.map((name) => {
    const source = ctx.templates.get(name);
    if (source === undefined) throw new Error(`docs emitter: template ${name} is missing`);
    const js = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext },
    }).outputText;
    return js
      .replace(/^import [^;]*;\n/gm, '')
      .replace(/^export (function|class|const) (\w+)/gm, (_m, kind: string, id: string) => {
        exported.push(id);
        return `${kind} ${id}`;
      })
      .replace(/^export \{\};\n?/gm, '');
  });
  return `(function () {\n'use strict';\n${bodies.join('\n')}\nwindow.ShellMock = { ${exported.join(', ')} };\n})();\n`;
}

/** Per operation: the value each parameter and the body start from (what the samples send). */
function formStarts(ir: ApiIr): Record<string, { params: Record<string, Json>; body?: Json }> {
  const out: Record<string, { params: Record<string, Json>; body?: Json }> = {};
  for (const op of ir.operations) out[op.operationId] = requestExample(ir, op);
  return out;
}

/** `window.ShellConsoleData`: the route table plus the form starts; loaded when a console first opens. */
export function consoleDataScript(ir: ApiIr): string {
  const data = { routes: createMockRoutes(ir), starts: formStarts(ir) };
  return `window.ShellConsoleData = ${JSON.stringify(data)};\n`;
}

/** Replaced by the mock when it serves the site (`mock --docs`): the console then calls the mock. */
export const STATIC_CONSOLE_ENV = 'window.ShellConsoleEnv = {};\n';
