/**
 * The mock emitter: the hand-written runtime in `templates/mock/` copied to `sdk/src/mock/`, the
 * route table built from the IR (`sdk/src/mock/routes.ts`), the package entry points
 * (`@shellapi/sdk/mock`, its CLI) and MSW handlers (`sdk/src/msw/index.ts`).
 */
import { commentText } from '../../util/text-safety.js';
import type { ApiIr } from '../../ir/types.js';
import type { MockOperation, MockRouteTable } from '../../../templates/mock/types.js';
import type { EmitMemo } from '../../incremental/memo.js';
import type { Emitter, EmitContext, VirtualFile } from '../types.js';
import { generatedHeader } from '../header.js';
import { memoisedRoute, sharedMockRoutes } from '../surface/mock-routes.js';
import { mockRuntimeFiles } from '../surface/mock-runtime.js';
import { mswIndex } from './msw.js';
import { mockBinName } from '../../ir/package-name.js';

const MODULE = 'generator/emit/mock/index.ts';

/**
 * The route table as JSON text in a template literal, parsed once on import: a fast `JSON.parse`
 * at run time, while the file stays line-per-value for diffs (and the compile stage's own emit
 * scans the literal as one token).
 */
function routesFile(ir: ApiIr, memo?: EmitMemo): VirtualFile {
  const table = sharedMockRoutes(ir, memo);
  const doc =
    '/** Route table of the mock: every operation with its parameters, bodies, responses, examples and task roles (JSON Schema 2020-12). */';
  const typeImport = "import type { MockRouteTable } from './types.js';";
  const head = [
    generatedHeader(MODULE),
    doc,
    typeImport,
    '',
    'export const routes: MockRouteTable = JSON.parse(`',
  ].join('\n');
  const tail = '`) as MockRouteTable;\n';
  const file = (contents: string): VirtualFile => ({
    path: 'sdk/src/mock/routes.ts',
    contents,
    // Data, already laid out by JSON.stringify; prettier would spend over a second on it for nothing.
    format: 'none',
    // Nor need the compile stage scan it: the literal's text is the same in the JavaScript.
    dataSpan: { start: head.length, end: contents.length - tail.length },
  });
  if (memo) return file(`${head}${memoisedTableText(ir, table, memo)}${tail}`);
  // JSON escapes every control character but DEL, which the pipeline's scrub (run on every
  // emitted file) turns into U+FFFD as it would in any source: no pass of its own here.
  // One space per level: still a value per line, while two spaces were two thirds of the bytes
  // of a large API's table (nested schemas and examples), carried through compile, hashing and
  // writing three times over (src, dist, dist/cjs).
  const json = JSON.stringify(table, null, 1);
  return file(`${head}${templateText(json)}${tail}`);
}

/**
 * JSON text escaped for a template literal (backslash, backtick, `${`). A plain-string
 * `replaceAll` finds its few matches in megabytes of text far faster than one regular expression
 * with a callback (which tried every position of Stripe-sized's 5 MB table: ≈ 60–100 ms); the
 * backslashes go first, so the ones the later passes add are not doubled.
 */
function templateText(json: string): string {
  return json.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}

/** `JSON.stringify(value, null, 1)` as it reads `depth` levels down in the table's text, escaped. */
function nestedText(value: unknown, depth: number): string {
  return templateText(JSON.stringify(value, null, 1).replace(/\n/g, `\n${' '.repeat(depth)}`));
}

/**
 * The escaped text of `JSON.stringify(table, null, 1)`, made of pieces kept in a watch session:
 * each unchanged operation's entry and the components' schemas (the bulk of the bytes) are not
 * serialised nor escaped again. A piece never ends inside a `${`, so escaping piece by piece is
 * escaping the whole.
 */
function memoisedTableText(ir: ApiIr, table: MockRouteTable, memo: EmitMemo): string {
  const entryText = (entry: MockOperation, i: number): string => {
    const op = ir.operations[i]!;
    // The entry's own part is the memo's (`createMockRoutes`); its error shape owner is read here.
    return memoisedRoute(op) && entry.pollTemplate === undefined
      ? memo.get(
          `mock-route-text\0${memo.keys.operation(op.operationId)}\0${entry.errorShape ?? ''}`,
          () => nestedText(entry, 2),
        )
      : nestedText(entry, 2);
  };
  const members = Object.entries(table)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const text =
        key === 'operations'
          ? table.operations.length === 0
            ? '[]'
            : `[\n  ${table.operations.map(entryText).join(',\n  ')}\n ]`
          : key === 'schemas'
            ? memo.get(`mock-defs-text\0${memo.keys.shared}`, () => nestedText(value, 1))
            : nestedText(value, 1);
      return `${JSON.stringify(key)}: ${text}`;
    });
  return `{\n ${members.join(',\n ')}\n}`;
}

function mockIndex(ir: ApiIr, ctx: EmitContext): string {
  return `${generatedHeader(MODULE)}
/**
 * Mock server for ${commentText(ir.info.title)} (${ctx.packageName}/mock): answers every operation from the spec's
 * examples, validates requests strictly, runs submit-then-poll tasks on a controllable clock,
 * streams server-sent events and injects faults on request (\`Prefer: code=429\`, \`delay=\`, \`drop\`).
 *
 * @example
 * const mock = await startMock({ clock: 'manual' });
 * // point the client at mock.url; mock.clock.advance(5000) moves tasks along
 * await mock.close();
 */
import type { MockRouteTable } from './types.js';
import type { MockEngine, MockEngineOptions } from './engine.js';
import type { MockServer, MockServerOptions } from './server.js';
import { routes } from './routes.js';
import { withPeerHint } from './peers.js';

export { routes };
export type { MockServer, MockServerOptions } from './server.js';
export type { MockEngine, MockEngineOptions, MockRequest, MockResult } from './engine.js';
export type { ClockMode, MockClock } from './clock.js';
export type { MockTasks, MockTaskSnapshot, TaskTiming } from './tasks.js';
export type { MockRouteTable, TaskState } from './types.js';
export { MOCK_CLI_HELP, runMockCli } from './cli-main.js';

export type StartMockOptions = Omit<MockServerOptions, 'routes'> & {
  /** Another route table (default: this API's). */
  routes?: MockRouteTable;
};

// The server and engine import the optional peers (Ajv): loaded on first use, so that importing
// this entry works without them and a missing one is named with the command that installs it.

/** Starts the mock HTTP server (default 127.0.0.1, a free port). */
export async function startMock(options: StartMockOptions = {}): Promise<MockServer> {
  const { startMockServer } = await withPeerHint(import('./server.js'));
  return startMockServer({ ...options, routes: options.routes ?? routes });
}

/** The engine without a server: \`engine.handle(request)\` for custom transports. */
export async function createMockEngine(options: Omit<MockEngineOptions, 'routes'> & { routes?: MockRouteTable } = {}): Promise<MockEngine> {
  const engineModule = await withPeerHint(import('./engine.js'));
  return engineModule.createMockEngine({ ...options, routes: options.routes ?? routes });
}
`;
}

function mockCli(packageName: string): string {
  return `#!/usr/bin/env node
${generatedHeader(MODULE)}
/** \`node dist/mock/cli.js --port 4010 --host 127.0.0.1\`: the mock server with one log line per request. */
import { loadFailure, runMockCli } from './cli-main.js';

/** The name its help shows: the package's bin (package.json, README). */
export const MOCK_COMMAND: string = '${mockBinName(packageName)}';

// The mock's optional peers (Ajv) load as it starts: a missing one gets one line, not a stack trace.
import('./index.js')
  .then(({ startMock }) => runMockCli(process.argv.slice(2), (options) => startMock(options), MOCK_COMMAND))
  .catch((error: unknown) => {
    process.stderr.write(loadFailure(error));
    process.exitCode = 1;
  });
`;
}

/** Copies the runtime modules to `sdk/src/mock/` with the generated-file header (the same for every spec). */
export const emitMock: Emitter = (ir: ApiIr, ctx: EmitContext): VirtualFile[] => {
  const files: VirtualFile[] = mockRuntimeFiles(ctx.templates);
  files.push(routesFile(ir, ctx.memo));
  files.push({ path: 'sdk/src/mock/index.ts', contents: mockIndex(ir, ctx), format: 'typescript' });
  // Written in prettier's final form already (the golden test holds it to that): the final-form
  // printer has no `import()`, and prettier for this one file would load it on every run.
  files.push({ path: 'sdk/src/mock/cli.ts', contents: mockCli(ctx.packageName), format: 'none' });
  files.push({ path: 'sdk/src/msw/index.ts', contents: mswIndex(ir, ctx), format: 'typescript' });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};
