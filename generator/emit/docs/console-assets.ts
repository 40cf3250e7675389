/**
 * What the try-it console needs besides its own script: the mock's browser-safe request checks
 * (validator, text coercion, JSON pointers) compiled to one classic script, the operations as the
 * mock sees them (route table), and the request each form starts from (the samples' values).
 * Classic scripts, not modules: browsers refuse module scripts from file://.
 */
import ts from 'typescript';
import type { ApiIr, OperationIr } from '../../ir/types.js';
import type { MockOperation, MockRouteTable } from '../../../templates/mock/types.js';
import type { EmitContext } from '../types.js';
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

/**
 * `window.ShellConsoleData`: what every console shares (server, component schemas, security
 * schemes, task families), loaded when a console first opens. Operations are not in it: one more
 * operation must not change (or grow) a file every page loads.
 */
export function consoleDataScript(routes: MockRouteTable): string {
  const shared: MockRouteTable = { ...routes, operations: [] };
  return `window.ShellConsoleData = ${JSON.stringify({ routes: shared })};\n`;
}

/**
 * One operation's console data (`assets/console/<page stem>.js`): the operation as the mock sees
 * it, the request its form starts from (what the samples send), and for a task submit the poll
 * operation that waits for the result.
 */
export function consoleOperationScript(
  ir: ApiIr,
  routesById: ReadonlyMap<string, MockOperation>,
  op: OperationIr,
): string {
  const operation = routesById.get(op.operationId);
  const poll = operation?.submit ? routesById.get(operation.submit.pollOperationId) : undefined;
  const data = { operation, start: requestExample(ir, op), ...(poll ? { poll } : {}) };
  return `(window.ShellConsoleOps = window.ShellConsoleOps || {})[${JSON.stringify(op.operationId)}] = ${JSON.stringify(data)};\n`;
}

/** Where an operation's console data lives, relative to the site root. */
export function consoleOperationPath(stem: string): string {
  return `assets/console/${stem}.js`;
}

/** Replaced by the mock when it serves the site (`mock --docs`): the console then calls the mock. */
export const STATIC_CONSOLE_ENV = 'window.ShellConsoleEnv = {};\n';
