/**
 * final-form-code.ts prints the SDK's code files (operations, resources, client.ts, the retry
 * policy) as prettier would, so the format stage skips prettier for them. Proof by prettier
 * itself: for real and fuzz specs' files and hand-written layouts that break lines in every way
 * the printer models, the printed text equals prettier's output for the same input and prettier
 * keeps it. Constructs outside the subset return `undefined` and the format stage runs prettier.
 */
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../generator/emit/client/index.js';
import { printCodeInFinalForm } from '../../generator/format/final-form-code.js';
import { formatStage, PRETTIER_OPTIONS } from '../../generator/format/index.js';
import { templates } from '../emit-client/generate.js';
import { irForTest } from '../emit-client/load-ir.js';
import { REAL_SPECS } from './real-specs.js';

const prettierTs = (text: string) =>
  prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'babel-ts' });

/** The client's TypeScript files with values (what the format stage gives this printer). */
async function codeSources(spec: string): Promise<Array<{ path: string; text: string }>> {
  const { ir } = await irForTest(spec);
  const ctx = {
    templates: templates(),
    generator: { name: 'test', version: '0' },
    packageName: 'x',
  };
  return (await emitClient(ir, ctx))
    .filter((f) => f.format === 'typescript' && !f.typesOnly && typeof f.contents === 'string')
    .filter((f) => !f.path.startsWith('sdk/src/core/') || f.path === 'sdk/src/core/retry-policy.ts')
    .map((f) => ({ path: f.path, text: f.contents as string }));
}

describe('code files of real specs', () => {
  it.each(REAL_SPECS)(
    '%s: printed exactly as prettier prints them, and prettier keeps them',
    async (spec) => {
      const sources = await codeSources(spec);
      expect(sources.some((s) => s.path.startsWith('sdk/src/operations/'))).toBe(true);
      for (const { path: file, text } of sources) {
        const printed = printCodeInFinalForm(text);
        expect(printed, file).toBeDefined();
        expect(printed, file).toBe(await prettierTs(text));
        expect(await prettierTs(printed!), file).toBe(printed);
      }
    },
  );

  it('hostile fuzz specs: prettier\u2019s text or a fall back, never a different text', async () => {
    const fixtures = [
      'spec-106',
      'spec-1043',
      'spec-1066',
      'spec-1087',
      'spec-1103',
      'spec-1124',
      'spec-1187',
      'spec-20261205',
    ];
    let printedCount = 0;
    let fellBack = 0;
    for (const name of fixtures) {
      for (const { path: file, text } of await codeSources(`test/fixtures/fuzz/${name}.json`)) {
        const printed = printCodeInFinalForm(text);
        if (printed === undefined) {
          fellBack++;
          continue;
        }
        printedCount++;
        expect(printed, `${name} ${file}`).toBe(await prettierTs(text));
      }
    }
    expect(printedCount).toBeGreaterThan(0);
    // Non-ASCII quoted keys are prettier's to decide: some file falls back.
    expect(fellBack).toBeGreaterThan(0);
  });
});

const a = (n: number) => 'a'.repeat(n);
const b = (n: number) => 'b'.repeat(n);

/** Layouts prettier chooses by width; each printed and compared with prettier's text. */
const CASES: Record<string, string> = {
  'for await loops: the head on one line, a long iterated call broken inside': `for await (const chunk of stream) {
  console.log(chunk);
}
for await (const snapshot of client.suno.v30.music.waitForAVeryLongMethodName('task-id', { timeoutMs: 60_000, pollIntervalMs: 500 })) {
  console.log(snapshot.state, snapshot.progress);
}
export async function f() {
  for (const item of items) {
    g(item);
  }
}
`,
  'signatures: parameters one per line, type parameters, overloads, object types': `export function aVeryLongFunctionNameForTesting(client: BaseClient, params: SomeLongParamsTypeName, options?: RequestOptions): APIPromise<SomeLongResponseTypeName> {
  return client.request<SomeLongResponseTypeName>({
    method: 'get',
  }, options);
}
export function short(a: A): B {
  return f(a);
}

/** One */
export function f<A extends BinaryAs = 'blob'>(client: BaseClient, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
/** Two */
export function f<A extends BinaryAs = 'blob'>(client: BaseClient, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>> {
  return client.request<BinaryResult<A>>({ method: 'get', path: '/bytes/{id}/download/and/more/segments', as: 'blob' }, options);
}
export function g(x: { a: string; b: number }): void {}
export function h(x: string): { ${a(30)}: string; ${b(50)}: number } {
  return { a: x };
}
export function i(x: string): APIPromise<Stream<${a(30)}> | ${b(40)}> {
  return x;
}
export function j<${a(30)} extends BinaryAsSomethingLonger = '${b(30)}'>(x: A): void {}
export function k(

  a: string,

  b: number,
) {}
`,
  'object properties: each assignment layout': `export function f() {
  return client.request<R>({
    body: { kind: 'json', value: params, encode: encodeBody, partTypes: { file: 'binary', purpose: 'text' } },
    stream: params.stream === true ? sseStream({ terminator: '[DONE]' }) : undefined,
    streamLonger: params.${a(30)} === true ? sseStreamWithAVeryLongName({ terminator: '[DONE]' }) : undefined,
    value: params === undefined ? undefined : omit(params, ['after', 'limit', 'order', 'before', 'include', 'else']),
    value2: omit(params ?? {}, ['after', 'limit', 'order', 'before', 'include', 'somethingElse', 'more']),
    query: { limit: params?.limit, order: params?.order, after: params?.after, before: params?.before },
    headers: { 'x-request-id': params?.['x-request-id'], 'OpenAI-Beta': params?.['OpenAI-Beta'], n: 1 },
    ${a(45)}: 'a string that is long enough to overflow the line width',
    as: 'a string that is long enough to overflow the line width even with a short key name here',
    ${a(45)}: params?.aMemberNameThatIsAlsoRatherLongToo,
    ${b(47)}: aLongIdentifierValueThatOverflowsTheLine,
    ${a(47)}: someFunction(argumentOne, argumentTwo, three),
    ${b(46)}: sseStreamWithAVeryLongNameThatGoesOnAndOn(),
    bin: ${a(43)} ?? ${b(55)},
    c: aaa || { z: 1 },
    ${a(41)}: ${b(40)} && { zzzzzzzzzzz: 1 },
    d: cond ? { x: 1 } : { y: 2 },
    ${b(28)}: ${a(34)} ? ${b(34)} : eeeeeeeeeeeeeee,
    flag: true,
    ${a(92)}: true,
    n: 12,
    nothing: null,
    'quoted-key': 1,
    'unquoted': 2,

    afterBlank: 3,
  }, options);
}
`,
  'calls, members, binaries and conditionals by width': `export function r1(): boolean {
  return ${a(48)} === ${b(54)};
}
export function r2() {
  return ${a(42)} === ${b(18)} ? ${a(26)} : ${b(18)};
}
export function r3() {
  return f(${a(42)} === ${b(18)} ? ${a(26)} : ${b(18)}, x);
}
export function r4() {
  return f(${a(52)} === ${b(66)}, x);
}
export function r5() {
  return g(${a(52)} ?? { ${b(31)}: 1, ${a(31)}: 2 });
}
export function r6() {
  return this._client.request(${a(35)}, ${b(39)}, this._client);
}
export function r7() {
  return h(this.${a(34)}.${b(43)}.cccccccccccccccccccccccc);
}
export function r8() {
  return k([{ a: 1, b: 2 }, { a: 3, b: 4 }], [1, 2, 3], {
    x: 1,

    y: 2,
  });
}
export function r9() {
  return k(['${a(20)}',

   '${b(27)}', '${a(30)}', '${b(34)}']);
}
export function r10() {
  return k(${a(35)}, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
}
export function r11() {
  return k(${a(41)}, { ${b(31)}: 1, ${a(31)}: 2 });
}
export function r12() {
  return new Foooooooooooooooooooooooooooooooooooooooooooo(${a(36)}, ${b(24)});
}
export function r13() {
  return params?.['${a(90)}'];
}
`,
  'declarations: consts, classes, constructors, methods': `// header
import { APIClient, type ClientOptions } from './core/index.js';

export const CLIENT_CONFIG: ClientConfig = {
  envPrefix: 'SHELLAPI',
  authSchemes: { AdminApiKeyAuth: { type: 'bearer' }, ApiKeyAuth: { type: 'bearer' }, Third: { type: 'header', name: 'x-api-key' } },
  pathPrefixes: ['/v1', '/v2'],
};
export const RETRY_POLICY: RetryPolicy = {
  jitter: 0.25,
  retryStatuses: [408, 409, 429, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514],
};
export const EMPTY: X = {  };
export const Z: Map<string, Array<Foo>> = { ${a(31)}: 1, ${b(58)}: 2 };

/**
 * Class doc
 */
export class OpenAiApi extends APIClient {
  /** Assistants */
  readonly assistants: Assistants = new Assistants(this);
  readonly groupOrganizationRoleAssignments: GroupOrganizationRoleAssignments = new GroupOrganizationRoleAssignments(this);
  readonly kind: '${a(22)}' | '${b(29)}' | '${a(34)}' = '${a(22)}';
  readonly ${a(80)} = true;
  readonly ${b(78)} = 'stringgg';

  constructor(options: ClientOptions = {}) {
    super(options, {
  ...CLIENT_CONFIG,
  logging: safeLogging,
  retrying,
});
  }

  /** m1 */
  list(options?: RequestOptions): APIPromise<X> {
    return embeddingsCreateEmbedding(this._client, options);
  }
  /** overload */
  create(params: P & { stream: true }, options?: RequestOptions): APIPromise<Stream<C>>;
  create(params: P & { stream?: false | null | undefined }, options?: RequestOptions): APIPromise<R>;
  create(params: P, options?: RequestOptions): APIPromise<Stream<C> | R> {
    return chatCreateChatCompletion(this._client, params, options);
  }
  download<A extends BinaryAs = 'blob'>(file_id: string, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>> {
    return filesDownloadFileWithAVeryLongFunctionNameIndeed<A>(this._client, file_id, options);
  }
  obj(x: { a: string }): { b: number } {
    return f(x);
  }
  m(): void {}
}
export class Empty extends APIResource {}
export class Sub extends Base {
  constructor() {
    super(options, { ...CLIENT_CONFIG, logging: safeLogging, retrying, retryPolicy: RETRY_POLICY, reading: guardedReading });
  }
}
`,
  'types beside code: inline doc comments and type arguments': `export type P = { /** Status values that need to be considered for filter */ status?: 'available' | 'pending' | 'sold'; };
export type Q = { /** Name */ name?: string; /** Status */ status?: string; };
export type R = Omit<A, 'b'> & { /** The chunk. */ data: Uploadable };
export type S = Record<string, A | B>;
export type T = Record<string, ${a(60)} | ${b(60)}>;
export type U = Foo<Bar<Baz>>;
export type V = Foo<A | null>;
export type W = APIPromise<Stream<${a(60)}> | ${b(60)}>;
export function f(): void {}
`,
  'arrow functions: task descriptors, paging and submit calls': `export const D: TaskDescriptor<A, B> = {
  family: 'flux',
  poll: (client, id, options) => fluxTasksRetrieve(client, { id: id }, options),
  pollLonger: (client, id, options) => fluxTasksRetrieveSomethingLonger(client, { id: id, more: 1 }, options),
  pollLongest: (client, id, options) => fluxTasksRetrieveSomethingMuchLongerThanThat(client, { id: id }, options, another, andAnother),
  retryPolicy: RETRY_POLICY,
};
export function p(client: BaseClient, params?: P, options?: RequestOptions): PagePromise<R, PageItem<R, '/content'>> {
  return paginate<R, PageItem<R, '/content'>, P | undefined>((params) => client.request<R>({
    method: 'post',
    as: 'json',
  }, options), params, { style: 'page', param: 'pageNumber', size: 'pageSize', firstPage: 0, items: '/content', last: '/last' });
}
export function q(client: BaseClient, params?: P, options?: RequestOptions): PagePromise<R, PageItem<R, '/data'>> {
  return paginate<R, PageItem<R, '/data'>, P>((params) => client.request<R>({ method: 'get', path: '/x' }, options), params, { style: 'cursor' });
}
export function w(client: BaseClient, params: P, options?: WaitOptions<T>): TaskRun<T> {
  return submitAndWait<T>(client, FLUX_TASK, (requestOptions) => fluxCreate(client, params, requestOptions), '/id', options);
}
export function x() {
  return f(g((a) => a, h), b);
}
export function y() {
  return f(() => a, [b, c]);
}
export function z() {
  return f(x, (a, b) => aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(b), cccccccccccccccccccccccccccccc);
}
export function zz() {
  return f(xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, (aaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb) => aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(b), c);
}
`,
  'README snippets: await, destructuring, default imports, trailing comments, try, if': `import fs from 'node:fs';
import { type BatchCancelledWebhookPayload, CallbackPayloadError, parseCallbackJson } from '@shellapi/sdk';

const result = await client.store.placeOrder();
const resultWithAVeryLongNameToo = await client.someResource.someVeryLongOperationNam(${a(20)});
const resultWithAVeryLongName = await client.someResource.someVeryLongOperationNameHere();
const blob = await client.tickets.getTicketCode('a54a57ca-36f8-421b-a6b4-2e8f26858a4c');
const blobWithAVeryLongName = await client.ticketsAndMore.getTicketCode('a54a57ca-36f8-421b-a6b4');
const plainWithAVeryLongNameToo = client.someResource.someVeryLongOperationNameHere(${a(20)});
const objectValue = { property: client.someResource.someVeryLongOperationNameHere(${a(30)}) };
const stream = await client.tickets.getTicketCode('a54a57ca-36f8-421b-a6b4-2e8f26858a4c-${a(10)}', { as: 'stream' });
const created = await client.events.createSpecialEvent({
  name: 'Mermaid Treasure Identification and Analysis',
  location: 'Under the seaaa 🦀 🎶 🌊.',
  eventDescription: 'Join us as we review and classify a rare collection of 20 thingamabobs, gadgets, gizmos.',
  dates: ['2023-09-05', '2023-09-08'],
}, { as: 'stream' });
const { data, response, requestId } = await call.withResponse();
const { ${a(30)}, ${b(30)}, cccccccccccccccccccccc, dddddddddd } = await call.withResponse();
const extra = withExtras(result).some_vendor_field; // unknown: check it before use
const extraLong = withExtrasAndMore${a(20)}(resultWithALongName${b(20)}).some_vendor_field_name;
const call = client.store.placeOrder({}, { signal: controller.signal, timeout: 30_000, maxRetries: 0 });
fs.writeFileSync('out.bin', new Uint8Array(await blob.arrayBuffer()));
fs.writeFileSync('out-with-a-much-longer-file-name-here.bin', new Uint8Array(await blob${a(20)}.arrayBuffer()));
await client.files.delete('file-id'); // removed
// From bytes in memory:

// Or as a stream of bytes:
const file = await toFile(new Uint8Array([1, 2, 3]), 'input.png');

// Your endpoint (any framework with web-standard Request/Response):
export async function POST(request: Request): Promise<Response> {
  try {
    const payload = parseCallbackJson<BatchCancelledWebhookPayload>(await request.text());
    console.log(payload); // seen
    if (payload) console.log(payload);
    if (error instanceof CallbackPayloadError) return new Response(error.message, { status: 400 });
    if (error instanceof CallbackPayloadErrorWithALongerName) return new Response(error.message, { status: 400 });
    if (${a(40)} instanceof ${b(60)}) throw error;
    if (${a(40)} && ${b(60)}) throw error;
    if (a === b) {
      return new Response(null, { status: 204 });
    }
    return new Response(null, { status: 204 });
  } catch (error) {
    throw error;
  }
}
async function g() {
  try {
    await f();
  } catch {
    return;
  }
}
console.log(extra); // last
`,
  'a hashbang, void and a hugged last arrow on one line': `#!/usr/bin/env node
// Generated.
/** The mock server. */
import { startMock } from './index.js';

void runMockCli(process.argv.slice(2), (options) => startMock(options));
f(a, (x) => g(x)); // why
`,
  'dynamic imports: awaited, as an argument, and broken without a trailing comma': `export async function startMock(options: StartMockOptions = {}): Promise<MockServer> {
  const { startMockServer } = await withPeerHint(import('./server.js'));
  const engineModule = await import('./engine.js');
  return engineModule.createMockEngine({ ...options, routes: options.routes ?? routes });
}
const aModuleWithAVeryLongNameIndeed = await import('./a/very/long/path/to/some/module/file.js');
`,
  'spread arguments: short, awaited, among others, and broken one per line': `const server = setupServer(...mock.handlers);
const all = collect(...listEverything(), ...new Set(names));
register(first, ...rest, { clock: 'manual' });
const handlersForEveryOperationOfThisApi = setupTheServerWith(...mock.handlers, ...otherMock.handlers, ...more);
`,
};

describe('layouts', () => {
  it.each(Object.entries(CASES))('%s', async (_name, text) => {
    const printed = printCodeInFinalForm(text);
    expect(printed).toBeDefined();
    expect(printed).toBe(await prettierTs(text));
  });
});

describe('outside the subset', () => {
  const UNSUPPORTED: Record<string, string> = {
    'an arrow function as a variable': 'export const f = (x: number) => x;\n',
    'a hugged last arrow function': 'export function f() {\n  return g(a, (b) => c);\n}\n',
    'an arrow function with a block':
      'export function f() {\n  return g((b) => {\n    c();\n  }, a);\n}\n',
    'a template literal': 'export function f() {\n  return `a${b}`;\n}\n',
    parentheses: 'export function f() {\n  return (a);\n}\n',
    'nested operators': 'export function f() {\n  return a === b && c;\n}\n',
    'an async arrow function': 'export const f = async () => x;\n',
    'await in a function that is not async (babel refuses it)':
      'export function f() {\n  const x = await g();\n}\n',
    'an empty block in a function':
      'export async function f() {\n  try {\n    await g();\n  } finally {\n  }\n}\n',
    'a hugged last arrow that breaks':
      'void runMockCliWithAVeryLongNameThatIsLonger(process.argv.slice(2), (options) => startMock(options));\n',
    'a blank line after a hashbang': '#!/usr/bin/env node\n\nf();\n',
    'an else branch': 'export function f() {\n  if (a) return b;\n  else return c;\n}\n',
    'a comment in an if statement': 'export function f() {\n  if (a) /* x */ return b;\n}\n',
    'destructuring with a rename': 'const { a: b } = c;\n',
    'a cast': 'export function f() {\n  return a as B;\n}\n',
    'an optional call': 'export function f() {\n  return a?.b();\n}\n',
    'a trailing block comment': 'export function f() {\n  return a; /* why */\n}\n',
    'a comment inside an object': 'export const x = {\n  // why\n  a: 1,\n};\n',
    'super outside a constructor (babel refuses it)': 'export function f() {\n  super(a);\n}\n',
    'return outside a function (babel refuses it)': 'return a;\n',
    'a function declared twice (babel refuses it)':
      'export function f() {}\nexport function f() {}\n',
    'a test call': "it('works', x);\n",
    'for await in a function that is not async (babel refuses it)':
      'export function f() {\n  for await (const x of y) {\n    g(x);\n  }\n}\n',
    'a for-of with let': 'for (let x of y) {\n  g(x);\n}\n',
    'a dynamic import with options':
      "const x = await import('./x.json', { with: { type: 'json' } });\n",
    'an awaited spread argument (prettier adds parentheses)': 'f(...await g());\n',
    'a default import declared again (babel refuses it)':
      "import fs from 'node:fs';\nconst fs = 1;\n",
  };

  it.each(Object.entries(UNSUPPORTED))('%s: left to prettier', (_name, text) => {
    expect(printCodeInFinalForm(text)).toBeUndefined();
  });

  it('the format stage prints a code file itself, with prettier\u2019s text', async () => {
    const text =
      "export function f(client: BaseClient): APIPromise<R> {\n  return client.request<R>({\n    method: 'get',\n  }, options);\n}\n";
    const { files, stats } = await formatStage(
      [{ path: 'sdk/src/operations/x.ts', contents: text, format: 'typescript' }],
      { cache: new Map() },
    );
    expect(stats.formatted).toBe(1);
    expect(files[0]!.contents).toBe(printCodeInFinalForm(text));
    expect(files[0]!.contents).toBe(await prettierTs(text));
  });
});
