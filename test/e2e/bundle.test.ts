/**
 * The generated client is tree-shakeable: a consumer bundle (esbuild, browser, minified) of one JSON
 * operation carries none of the stream, upload, task or paging runtime, and operations that do
 * stream, upload or wait bring exactly those modules (the controls that show the check can fail).
 */
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  bundle,
  oneOperationConsumer,
  wholeClientConsumer,
  type BundleSize,
} from '../../bench/bundle-size.js';

const SDK = fileURLToPath(new URL('../../generated/sdk', import.meta.url));

/**
 * Runtime modules a JSON operation without streams, uploads, tasks, pages or path parameters must
 * not bundle (retries and their policy come only with `retrying`).
 */
const FEATURE_MODULES = [
  'dist/core/api-client.js',
  'dist/core/body-reader.js',
  'dist/core/callbacks.js',
  'dist/core/chat-stream.js',
  'dist/core/form-body.js',
  'dist/core/logger.js',
  'dist/core/mime.js',
  'dist/core/pagination.js',
  'dist/core/param-styles.js',
  'dist/core/path.js',
  'dist/core/progress.js',
  'dist/core/query-styles.js',
  'dist/core/retry.js',
  'dist/core/retry-policy.js',
  'dist/core/sse.js',
  'dist/core/stream.js',
  'dist/core/tasks.js',
  'dist/core/uploads.js',
];

/**
 * Gzipped bytes a JSON operation may cost: 9,744 before the core was split, 7,397 after, 6,890
 * once logging, non-default query styles and the log lines' wording left the core, 6,625 once
 * retries became the opt-in `retrying` of the config, 6,542 once the not-a-stream check and every
 * retry decision (ceiling included) moved to the stream spec and `retrying`, 6,029 once the body
 * guards became the opt-in `reading` and descriptors lost `operationId`, 5,808 once the raw calls
 * moved to `APIClient`, 5,721 with a shorter scrubDeep, 5,553 once the path expander came only
 * with operations that have path parameters, 5,413 once the retry policy went with `retrying`,
 * 5,369 with declared (not defined) constructor-set fields, 5,187 once browser bundles took the
 * browser build of the not-sent check, 5,165 once the config checks named only the plug-in to add;
 * then +47 for connection errors naming their cause, +42 for the per-call `maxRetries` check and
 * +25 for clamping `timeout` to setTimeout's limit, +44 for refusing a base URL with a query or
 * fragment (5,323); 5,068 once the plug-ins wrapped the attempt (the bare core sends one attempt and
 * carries no retry, logging or body-guard hook), 5,007 with one table refusing the options of absent
 * plug-ins and shorter signal, query and error code; +9 for the cookie parameters' hook,
 * +21 for basic auth's `user:` when the key has no colon (5,037), +55 for refusing a negative or NaN
 * `timeout` (5,092); 4,777 once value scrubbing became the opt-in `scrubbing` (credential headers
 * are still redacted by name), 4,644 once the in-place scrubbing of error causes went with it,
 * basic auth's encoder came only with APIs that have a basic scheme and `Response` rebuilt from
 * the original, 4,636 with one Blob branch in `parseBuffered`; +12 for naming `scrubbing` next to
 * `logging` when a logger option is refused (a client that logs must scrub: 4,648); +10 for the
 * config passed to `scrubbing` (basic auth's base64 credentials are secrets too) and the hook that
 * keeps a multipart or urlencoded body's own Content-Type over a default one (4,658); +17 for
 * refusing a `timeout` of 0 with a message that names `Infinity` as no limit (4,675); 4,537 once
 * the status classes came from one table of names, `retrying` and `reading` set the settings they
 * govern (retries, policy with backoff, size cap), the plug-in options' check named each entry
 * once per option, and the error's JSON let undefined members drop out; 4,501 with one
 * guarded read of the environment, no memo of the data promise and shorter header and query loops;
 * 4,489 with the base URL's prefix found in the constructor and `auto` resolved to a mode first;
 * +8 for keeping "asks for nothing" to `maxRetries: 0` and `logLevel: 'off'` (a 0-byte cap is
 * refused without `reading`, as before) (4,497); +4 for the User-Agent hook (a no-op in the
 * browser build, user-agent.browser.js) (4,501); 4,424 once text bodies brought their own encoder
 * (the core encodes JSON only; the types refuse another kind without `encode`) and the error
 * envelopes' object test became the query's; 4,371 with one header loop for defaults, header
 * parameters and per-call headers, the buffered-mode test
 * inlined and a shorter build-error message read; 4,348 with the URL and headers built in one
 * place (the security scheme and the key looked up once); 4,345 with the key check inline and the
 * request id the first header present; 4,340 with the key and the environment prefix read once
 * in the constructor; 4,350 with a header parameter's `null` keeping the default again (as Python);
 * 4,345 with the missing key refused in one test, 4,319 with a bodiless answer rebuilt from the
 * original's null body (no null-body status list), 4,030 once browser production bundles left out
 * the checks of mistaken options (a `timeout` of 0 or less, options of absent plug-ins, no fetch:
 * check-options.browser.ts; Node and development builds keep them), 4,021 with the constructor's and
 * a call's check apart (a call passes no spread copy of its options, whose building a production
 * bundle kept), 3,990 with the whole-client pass's cuts in the core (the key read once, the path
 * expander called through `?.`, a Blob's type and a rebuilt response's url in one expression,
 * the status class picked with `Math.min`); +4 for RFC 9457's `title` read as an error's message
 * (3,994). Issue 17 targets 4,096 (hey-api's size, without timeouts, size caps, redaction or error
 * classes); this bound keeps what was won.
 */
const JSON_OPERATION_MAX_GZIP = 3_994;

/**
 * Gzipped bytes the whole client class (`new ShellApi(...)`: every resource, task helper, stream,
 * upload, paging, retry and logging) may cost: 16,600 before issue 17's whole-client pass, then
 * one line reader for SSE and NDJSON streams (-32), one idle watchdog for body and event reads
 * (-38), the server-hint bound and retryable-status test shared by retries and task polls (-22),
 * the SSE field decoder as one function instead of a class (-42), one uploadable classifier
 * (-7), one form-fields check (+4, but 72 B less minified), the line splitter as a closure of
 * that reader instead of a class (-49), the task run's iterator as an async generator and its
 * drive folded into `start` (-30), a stream event's error member read as `?.error` (-8): 16,376;
 * 16,061 with the one-operation pass's cuts in the core (production bundles drop the checks of
 * mistaken options), +11 for the spec-named base error and log prefix: 16,072; then shorter
 * retry-after parsing, backoff merge, log levels as one list and one truncate (-42), the SSE field
 * split by one pattern and one task-timeout maker (-39), the scrubber as one reduce (-38), the
 * task descriptors without the title the runtime never read (-73) and the loggers made per level
 * from that list (-13): 15,867.
 * Issue 17 compares hey-api's 5.3 KB, which has no retries, streams, tasks, uploads or logging.
 */
const WHOLE_CLIENT_MAX_GZIP = 15_890;

const consumer = (fn: string): Promise<BundleSize> =>
  bundle(fn, oneOperationConsumer('./dist/index.js', fn), SDK);

describe('consumer bundles of the generated client', () => {
  it('a JSON operation (embeddings.create) on a bare BaseClient bundles only the request core', async () => {
    const size = await consumer('embeddingsCreate');
    expect(size.modules).toContain('dist/operations/embeddings.js');
    expect(size.modules).toContain('dist/core/client.js');
    expect(size.modules.filter((m) => FEATURE_MODULES.includes(m))).toEqual([]);
    expect(size.modules.filter((m) => m.startsWith('dist/operations/'))).toEqual([
      'dist/operations/embeddings.js',
    ]);
    expect(size.gzipped).toBeLessThanOrEqual(JSON_OPERATION_MAX_GZIP);
    // No value scrubbing (`scrubSecrets` and the deep copy of bodies): the config has no `scrubbing`.
    expect(size.code).not.toContain('getPrototypeOf');
    expect(size.code).toContain('[REDACTED]');
    // No basic-auth encoder: this API's scheme is bearer (`encode: basicCredentials` is not in its config).
    expect(size.code).not.toContain('btoa');
    // No text encoder: the core encodes JSON only (text bodies pass `encode: encodeTextBody`).
    expect(size.code).not.toContain('text/plain');
  });

  it('a browser bundle carries the browser build of the not-sent check (no Node error-code table); a Node bundle keeps the classifier', async () => {
    const browser = await consumer('embeddingsCreate');
    expect(browser.modules).toContain('dist/core/not-sent.browser.js');
    expect(browser.modules).not.toContain('dist/core/not-sent.js');
    expect(browser.code).not.toContain('ECONNREFUSED');
    // The control: the same consumer bundled for Node (where fetch errors name their cause).
    const node = await bundle(
      'embeddingsCreate (node)',
      oneOperationConsumer('./dist/index.js', 'embeddingsCreate'),
      SDK,
      'node',
    );
    expect(node.modules).toContain('dist/core/not-sent.js');
    expect(node.code).toContain('ECONNREFUSED');
  });

  it('a production browser bundle leaves out the option checks; a Node bundle keeps them', async () => {
    const messages = ['must be more than 0 milliseconds', 'in the client config', 'No fetch'];
    const browser = await consumer('embeddingsCreate');
    expect(browser.modules).not.toContain('dist/core/option-rules.js');
    for (const message of messages) expect(browser.code).not.toContain(message);
    // The safety checks stay: a control character in the key, a base URL with a query.
    expect(browser.code).toContain('control character');
    expect(browser.code).toContain('query or fragment');
    // The control: the same consumer bundled for Node (no `browser` field swap, no guard).
    const node = await bundle(
      'embeddingsCreate (node)',
      oneOperationConsumer('./dist/index.js', 'embeddingsCreate'),
      SDK,
      'node',
    );
    expect(node.modules).toContain('dist/core/option-rules.js');
    for (const message of messages) expect(node.code).toContain(message);
  });

  it('Node checks the options even with NODE_ENV=production', async () => {
    const { BaseClient, CLIENT_CONFIG } = await import('../../generated/sdk/dist/index.js');
    const saved = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      expect(() => new BaseClient({ apiKey: 'sk-node', timeout: 0 }, CLIENT_CONFIG)).toThrow(
        '`timeout` must be more than 0 milliseconds',
      );
      expect(() => new BaseClient({ apiKey: 'sk-node', maxRetries: 2 }, CLIENT_CONFIG)).toThrow(
        '`maxRetries` needs `retrying, retryPolicy: RETRY_POLICY` in the client config.',
      );
    } finally {
      if (saved === undefined) delete process.env['NODE_ENV'];
      else process.env['NODE_ENV'] = saved;
    }
  });

  it('a browser bundle where nothing replaced process.env.NODE_ENV runs without `process` and checks; with a production `process` it does not', async () => {
    const result = await build({
      stdin: {
        contents: `import { BaseClient, CLIENT_CONFIG, embeddingsCreate } from './dist/index.js';
export const make = (options) => new BaseClient(options, CLIENT_CONFIG);
export const run = embeddingsCreate;`,
        resolveDir: SDK,
        loader: 'js',
      },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'sdk',
      platform: 'browser',
      minify: true,
      // Left as written, as a bundler without a NODE_ENV define leaves it.
      define: { 'process.env.NODE_ENV': 'process.env.NODE_ENV' },
      logLevel: 'silent',
    });
    const code = `${result.outputFiles[0]!.text};sdk`;
    expect(code).toContain('process.env.NODE_ENV');
    const fetch = async (): Promise<Response> =>
      new Response('{"data":[]}', { headers: { 'content-type': 'application/json' } });
    const load = (globals: object) =>
      vm.runInContext(
        code,
        vm.createContext({
          Headers,
          Response,
          AbortController,
          TextDecoder,
          setTimeout,
          clearTimeout,
          ...globals,
        }),
      ) as {
        make(options: object): unknown;
        run(client: unknown, params: object): Promise<unknown>;
      };
    // No `process` at all (an unbundled page): the checks run, and calls work.
    const page = load({});
    expect(() =>
      page.make({ apiKey: 'sk-vm', baseUrl: 'https://api.test', fetch, timeout: -1 }),
    ).toThrow('`timeout` must be more than 0 milliseconds (Infinity for no limit), not -1.');
    expect(() => page.make({ apiKey: 'sk-vm', baseUrl: 'https://api.test' })).toThrow(
      'No fetch implementation',
    );
    const client = page.make({ apiKey: 'sk-vm', baseUrl: 'https://api.test', fetch });
    await expect(page.run(client, { model: 'm', input: 'x' })).resolves.toEqual({ data: [] });
    // A `process` that says production: the guard reads it at run time and skips the checks.
    const production = load({ process: { env: { NODE_ENV: 'production' } } });
    expect(() =>
      production.make({ apiKey: 'sk-vm', baseUrl: 'https://api.test', fetch, timeout: -1 }),
    ).not.toThrow();
    const development = load({ process: { env: { NODE_ENV: 'development' } } });
    expect(() =>
      development.make({ apiKey: 'sk-vm', baseUrl: 'https://api.test', fetch, timeout: -1 }),
    ).toThrow('`timeout`');
  });

  it('a streaming operation brings the SSE stream, an upload the multipart encoder, a task wait the poller, a path parameter the expander', async () => {
    const chat = await consumer('chatCompletionsCreate');
    expect(chat.modules).toEqual(
      expect.arrayContaining(['dist/core/stream.js', 'dist/core/sse.js']),
    );
    expect(chat.modules).not.toContain('dist/core/uploads.js');

    const upload = await consumer('audioTranscriptionsCreate');
    expect(upload.modules).toEqual(
      expect.arrayContaining(['dist/core/form-body.js', 'dist/core/uploads.js']),
    );
    expect(upload.modules).not.toContain('dist/core/stream.js');

    const wait = await consumer('fluxTasksRetrieveUntilDone');
    expect(wait.modules).toContain('dist/core/tasks.js');
    // A task wait on a bare client polls by the policy its descriptor carries.
    expect(wait.modules).toContain('dist/core/retry-policy.js');
    expect(wait.modules).not.toContain('dist/core/stream.js');

    // Path parameters bring the template expander; the JSON operation above had none.
    const byId = await consumer('midjourneyTasksRetrieve');
    expect(byId.modules).toContain('dist/core/path.js');
    expect(byId.modules).not.toContain('dist/core/retry-policy.js');
  });

  it('a callback parser bundles no task wait (TaskRun, its poll loop and timeout error); a wait brings them', async () => {
    const parser = await bundle(
      'parseMidjourneyCallback',
      `import { parseMidjourneyCallback } from './dist/index.js';\nexport const parse = parseMidjourneyCallback;`,
      SDK,
    );
    expect(parser.modules).toEqual(
      expect.arrayContaining(['dist/core/callbacks.js', 'dist/core/tasks.js']),
    );
    expect(parser.code).not.toContain('Symbol.species');
    expect(parser.code).not.toContain('TaskTimeoutError');
    // The control: a wait keeps the run class and the loop that throws on timeout.
    const wait = await consumer('fluxTasksRetrieveUntilDone');
    expect(wait.code).toContain('Symbol.species');
    expect(wait.code).toContain('TaskTimeoutError');
  });

  it('helpers that only throw ShellApiError bundle none of the status error classes; a status check brings them', async () => {
    const helper = async (name: string): Promise<string> => {
      const size = await bundle(
        name,
        `import { ${name} } from './dist/index.js';\nexport const helper = ${name};`,
        SDK,
      );
      expect(size.modules).toContain('dist/core/errors.js');
      return size.code;
    };
    // The status table names each class by its stem (`NotFound` + `Error`).
    for (const name of ['toFile', 'encodeBody', 'TaskFailedError']) {
      const code = await helper(name);
      expect(code).not.toContain('NotFound');
      expect(code).not.toContain('RateLimit');
    }
    // The control: naming one status class brings the table `APIError.generate` reads.
    const code = await helper('NotFoundError');
    expect(code).toContain('NotFound');
    expect(code).toContain('RateLimit');
  });

  it('the whole client class stays within its size cap', async () => {
    const whole = await bundle('ShellApi', wholeClientConsumer('./dist/index.js'), SDK);
    expect(whole.modules).toContain('dist/tasks.js');
    expect(whole.gzipped).toBeLessThanOrEqual(WHOLE_CLIENT_MAX_GZIP);
  });

  it('the client class brings logging, retries and body guards (it passes safeLogging, retrying and guardedReading); a bare BaseClient does not', async () => {
    const whole = await bundle(
      'ShellApi',
      `import { ShellApi } from './dist/index.js';\nexport const client = new ShellApi({ apiKey: 'sk-bundle' });`,
      SDK,
    );
    expect(whole.modules).toContain('dist/core/logger.js');
    // …and retries with their policy (it passes `retrying` and `retryPolicy`), and the body guards (`reading: guardedReading`).
    expect(whole.modules).toContain('dist/core/retry.js');
    expect(whole.modules).toContain('dist/core/retry-policy.js');
    expect(whole.modules).toContain('dist/core/body-reader.js');
    // …and the raw calls and settings-only printing of its base, `APIClient`.
    expect(whole.modules).toContain('dist/core/api-client.js');
    const logged = await bundle(
      'logged',
      `import { BaseClient, CLIENT_CONFIG, safeLogging, scrubSecrets, embeddingsCreate } from './dist/index.js';
const client = new BaseClient({ apiKey: 'sk-bundle' }, { ...CLIENT_CONFIG, scrubbing: scrubSecrets, logging: safeLogging });
export function run(params) { return embeddingsCreate(client, params); }`,
      SDK,
    );
    expect(logged.modules).toContain('dist/core/logger.js');
  });
});
