/**
 * What the try-it console needs besides its own script: the mock's browser-safe request checks
 * (validator, text coercion, JSON pointers) and the client's query serialisation compiled to one
 * classic script, the operations as the
 * mock sees them (route table), and the request each form starts from (the samples' values).
 * Classic scripts, not modules: browsers refuse module scripts from file://.
 */
import type { ApiIr, OperationIr } from '../../ir/types.js';
import type { MockOperation, MockRouteTable } from '../../../templates/mock/types.js';
import type { EmitContext } from '../types.js';
import { buildSamples, requestExample, type SampleOptions } from './samples.js';
import {
  copiedFromStatic,
  fieldSamples,
  requestSamples,
  type ConsoleFieldSamples,
  type FieldSamples,
} from './sample-fields.js';
import { ownTemplates } from './sample-slots.js';
import { requestContents } from '../../ir/operations.js';
import { compiledJs } from '../compile.js';
import { mockRuntimeFiles } from '../surface/mock-runtime.js';
import { runtimeFiles } from '../surface/client-runtime.js';
import type { VirtualFile } from '../types.js';
import { vendorScript } from './browser-vendor.js';
import { consoleFields, type ConsoleField } from './console-fields.js';
import { setOwn } from '../../util/own-property.js';
import { styleLabel } from './param-style.js';

/**
 * The runtime modules the console runs in the browser (paths under `sdk/src/`), in dependency
 * order: the client's parameter and form serialisation, so the console sends every parameter and
 * a urlencoded body as the SDKs do, and the mock's request checks. (param-styles.ts's
 * `styledPath` throws the client's error class, which the console leaves out: it calls
 * `expandStyled` and `headerText` only.)
 */
export const SHARED_MODULES = [
  'core/query.ts',
  'core/query-styles.ts',
  'core/cookie.ts',
  'core/param-styles.ts',
  'mock/pointer.ts',
  'mock/negotiate.ts',
  'mock/validate.ts',
  'mock/coerce.ts',
] as const;

/**
 * The console's modules the generator runs too, in `templates/docs/` (not shipped in the SDK): the
 * rule for a query piece a sample leaves out (the field samples' check and the console's redraw),
 * and the field samples' copies of the page's static samples (made here, read back there).
 */
export const DOCS_MODULES = ['docs/query-gap.ts', 'docs/sample-copy.ts'] as const;

/** The docs modules' sources (`[name, text]`), as the templates give them. */
export function docsModuleSources(templates: ReadonlyMap<string, string>): [string, string][] {
  return DOCS_MODULES.map((name) => {
    const text = templates.get(name);
    if (text === undefined) throw new Error(`docs emitter: console module ${name} is missing`);
    return [name, text];
  });
}

/**
 * The shared modules as the SDK package ships them (generated-file header included, the base error
 * named `errorClassName` as in that package), in order.
 */
export function sharedRuntimeFiles(ctx: EmitContext, errorClassName?: string): VirtualFile[] {
  const runtime = new Map(
    [...runtimeFiles(ctx, errorClassName), ...mockRuntimeFiles(ctx.templates)].map((f) => [
      f.path,
      f,
    ]),
  );
  return SHARED_MODULES.map((name) => {
    const file = runtime.get(`sdk/src/${name}`);
    if (typeof file?.contents !== 'string')
      throw new Error(`docs emitter: runtime module ${name} is missing`);
    return file;
  });
}

/** `import Name from 'package';` in compiled JavaScript (type-only imports are gone by then). */
const PACKAGE_IMPORT = /^import (\w+) from ['"]([^.'"][^'"]*)['"];\n/gm;

/** The packages the shared modules import (Ajv), for the vendor bundle (browser-vendor.ts). */
export function sharedModulePackages(templates: ReadonlyMap<string, string>): string[] {
  const found = new Set<string>();
  for (const name of SHARED_MODULES)
    for (const m of (templates.get(name.replace(/^core\//, 'client/')) ?? '').matchAll(
      /^import (?!type )[^;]*from '([^.'][^']*)';/gm,
    ))
      found.add(m[1]!);
  return [...found].sort();
}

/**
 * The one place the mock's validator reaches the docs: its JavaScript as the SDK package ships it
 * (precompiled when the generator was built; transpiled here only when not), then the console's
 * own modules the generator shares (DOCS_MODULES, precompiled the same way), the module syntax
 * removed, and its exports gathered on `window.ShellMock` (the modules import only each other,
 * types, and the packages of the vendor bundle in front, so concatenation in dependency order is enough).
 */
export function sharedValidatorScript(ctx: EmitContext, errorClassName?: string): string {
  const exported: string[] = [];
  const sources: [string, string][] = [
    ...sharedRuntimeFiles(ctx, errorClassName).map((file): [string, string] => [
      file.path.slice('sdk/src/'.length),
      file.contents as string,
    ]),
    ...docsModuleSources(ctx.templates),
  ];
  const bodies = sources.map(([name, text]) => {
    return compiledJs(name, text, ctx.precompiled)
      .replace(/^\/\/ Generated by .*\n/, '')
      .replace(PACKAGE_IMPORT, (_m, id: string, specifier: string) => {
        return `const ${id} = __vendor[${JSON.stringify(specifier)}];\n`;
      })
      .replace(/^import [^;]*;\n/gm, '')
      .replace(/^export (function|class|const) (\w+)/gm, (_m, kind: string, id: string) => {
        exported.push(id);
        return `${kind} ${id}`;
      })
      .replace(/^export \{\};\n?/gm, '');
  });
  const vendor = vendorScript(sharedModulePackages(ctx.templates), ctx.precompiled);
  return `(function () {\n'use strict';\n${vendor}${bodies.join('\n')}\nwindow.ShellMock = { ${exported.join(', ')} };\n})();\n`;
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
 * it (what the console reads of it, consoleOperation), the inputs of each body media type's form (by media type; console-fields.ts), the request
 * its form starts from (what the samples send), the parameters' styles as the parameter table
 * shows them (`in:name` → label, param-style.ts), the samples with the optional fields the form
 * may fill (by media type, '' when the page shows one; sample-fields.ts), and for a task submit the
 * poll operation that waits for the result.
 */
export function consoleOperationScript(
  ir: ApiIr,
  routes: Pick<MockRouteTable, 'schemas'>,
  routesById: ReadonlyMap<string, MockOperation>,
  op: OperationIr,
  packageName: string,
): string {
  const mock = routesById.get(op.operationId);
  const operation = mock && consoleOperation(mock);
  const pollOp = mock?.submit ? routesById.get(mock.submit.pollOperationId) : undefined;
  const poll = pollOp && consoleOperation(pollOp);
  const fields: Record<string, ConsoleField[]> = {};
  for (const content of mock?.requestBody?.contents ?? []) {
    const list = consoleFields(content, routes.schemas);
    if (list.length > 0) setOwn(fields, content.mediaType, list);
  }
  const styles: Record<string, string> = {};
  for (const p of op.parameters) {
    const label = styleLabel(p);
    if (label) setOwn(styles, `${p.in}:${p.name}`, label);
  }
  const samples = optionalFieldSamples(ir, op, packageName);
  // The streaming call's samples: its own block's, and with a flag the form may turn on, drawn
  // in the request blocks while it is on.
  const streamSamples = op.stream
    ? streamingSamples(ir, op, packageName, op.stream.requestFlag !== undefined)
    : {};
  const data = {
    operation,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ...(Object.keys(styles).length > 0 ? { styles } : {}),
    ...(Object.keys(samples).length > 0 ? { samples } : {}),
    ...(Object.keys(streamSamples).length > 0 ? { streamSamples } : {}),
    start: requestExample(ir, op),
    ...(poll ? { poll } : {}),
  };
  return `(window.ShellConsoleOps = window.ShellConsoleOps || {})[${JSON.stringify(op.operationId)}] = ${JSON.stringify(data)};\n`;
}

/** What console.js reads of an operation (its answers, callbacks and paging are the mock's only). */
const CONSOLE_OPERATION_KEYS = [
  'operationId',
  'method',
  'path',
  'security',
  'parameters',
  'requestBody',
  'stream',
  'submit',
  'taskRole',
] as const satisfies readonly (keyof MockOperation)[];
type ConsoleOperation = Pick<MockOperation, (typeof CONSOLE_OPERATION_KEYS)[number]>;

/**
 * An operation as the console sends it: the route table's entry less what only the mock reads
 * (the answers' examples are most of an operation's console file and the console shows the server's).
 */
function consoleOperation(operation: MockOperation): ConsoleOperation {
  const out: Partial<ConsoleOperation> = {};
  for (const key of CONSOLE_OPERATION_KEYS)
    if (operation[key] !== undefined) (out as Record<string, unknown>)[key] = operation[key];
  return out as ConsoleOperation;
}

/** The options of each of the page's request sample blocks, by key (its `data-media`, else ''). */
function sampleBlocks(op: OperationIr, packageName: string): [string, SampleOptions][] {
  const contents = requestContents(op);
  const variants = contents.length < 2 ? [undefined] : contents.map((c) => c.mediaType);
  return variants.map((mediaType) => [
    mediaType ?? '',
    { packageName, ...(mediaType ? { mediaType } : {}) },
  ]);
}

/**
 * The request samples' optional-field texts, keyed as the page's sample blocks are, each copying
 * what it shares with its block's static sample (the page's own templates; sample-copy.ts).
 */
function optionalFieldSamples(
  ir: ApiIr,
  op: OperationIr,
  packageName: string,
): Record<string, ConsoleFieldSamples> {
  const out: Record<string, ConsoleFieldSamples> = {};
  for (const [key, opts] of sampleBlocks(op, packageName)) {
    const found = fieldSamples(ir, op, opts, buildSamples(ir, op, opts));
    if (found) setOwn(out, key, copiedFromStatic(found, ownTemplates(ir, op, opts)));
  }
  return out;
}

/**
 * The streaming call's samples in every language, keyed as the page's request sample blocks are:
 * each block's with a stream flag (`flagged`), else the first's only (the streaming block's).
 */
function streamingSamples(
  ir: ApiIr,
  op: OperationIr,
  packageName: string,
  flagged: boolean,
): Record<string, FieldSamples> {
  const out: Record<string, FieldSamples> = {};
  const blocks = sampleBlocks(op, packageName);
  for (const [key, opts] of flagged ? blocks : blocks.slice(0, 1))
    setOwn(out, key, requestSamples(ir, op, { ...opts, stream: true }));
  return out;
}

/** Where an operation's console data lives, relative to the site root. */
export function consoleOperationPath(stem: string): string {
  return `assets/console/${stem}.js`;
}

/** Replaced by the mock when it serves the site (`mock --docs`): the console then calls the mock. */
export const STATIC_CONSOLE_ENV = 'window.ShellConsoleEnv = {};\n';
