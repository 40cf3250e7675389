/** The package around the sources: package.json, README.md (examples from the IR) and the copied runtime. */
import type { ApiIr, NamedSchemaIr, OperationIr } from '../../ir/types.js';
import { successResponse } from '../../ir/operations.js';
import {
  retriedWrites,
  retryStatusesText,
  secondsText,
  unsafeRuleText,
} from '../../ir/retry-policy.js';
import { listed } from '../../util/listed.js';
import { mockBinName, packedTarballName } from '../../ir/package-name.js';
import { compareCodePoints as cmp } from '../../util/compare.js';
import { generatedHeader } from '../header.js';
import { MOCK_PEERS, MOCK_PEERS_INSTALL } from '../../../templates/mock/peers.js';
import type { EmitContext, VirtualFile } from '../types.js';
import { packageVersion } from '../surface/package-version.js';
import { userAgent } from '../surface/user-agent.js';
import {
  callbackReadHint,
  callbackReading,
  callbackUrlField,
  receiverExample,
  receiversOf,
} from '../surface/callback-receivers.js';
import { bodyExample, exampleCall } from '../surface/example.js';
import { streamingSection } from './readme-stream.js';
import { defaultBaseUrl, exampleClientOptions } from './naming.js';
import type { OperationPlan } from '../surface/plan.js';
import type { TasksPlan } from '../surface/tasks-plan.js';
import { binaryExampleOp, uploadExampleOp } from '../surface/readme-picks.js';
import { quote } from '../surface/type-refs.js';
import {
  authDoc,
  BASIC_KEY_DOC,
  pathPrefixDoc,
  usesBasicAuth,
} from '../surface/client-identity.js';
import { quickStartOperation } from '../surface/quick-start.js';

export function packageJson(ir: ApiIr, ctx: EmitContext): VirtualFile {
  // Each entry twice: ES modules for `import`, CommonJS (dist/cjs) for `require`; types beside each.
  const entry = (dir: string): Record<string, { types: string; default: string }> => ({
    import: { types: `./dist/${dir}index.d.ts`, default: `./dist/${dir}index.js` },
    require: { types: `./dist/cjs/${dir}index.d.ts`, default: `./dist/cjs/${dir}index.js` },
  });
  const pkg = {
    name: ctx.packageName,
    version: packageVersion(ir, ctx),
    description: `Typed client for ${ir.info.title}${ir.info.summary ? `: ${ir.info.summary}` : ''}`,
    type: 'module',
    // For resolvers without `exports` (TypeScript's node10, old bundlers).
    main: './dist/cjs/index.js',
    module: './dist/index.js',
    types: './dist/cjs/index.d.ts',
    typesVersions: {
      '*': { mock: ['./dist/cjs/mock/index.d.ts'], msw: ['./dist/cjs/msw/index.d.ts'] },
    },
    exports: {
      '.': entry(''),
      './mock': entry('mock/'),
      './msw': entry('msw/'),
      './package.json': './package.json',
    },
    // The mock server's command; the client itself needs nothing but fetch.
    bin: { [mockBinName(ctx.packageName)]: './dist/mock/cli.js' },
    files: ['dist', 'src', 'mock', 'msw', 'README.md'],
    // Browser bundlers swap in the browser build of modules whose work a browser cannot do.
    browser: {
      './dist/core/check-options.js': './dist/core/check-options.browser.js',
      './dist/cjs/core/check-options.js': './dist/cjs/core/check-options.browser.js',
      './dist/core/not-sent.js': './dist/core/not-sent.browser.js',
      './dist/cjs/core/not-sent.js': './dist/cjs/core/not-sent.browser.js',
      './dist/core/user-agent.js': './dist/core/user-agent.browser.js',
      './dist/cjs/core/user-agent.js': './dist/cjs/core/user-agent.browser.js',
    },
    sideEffects: false,
    engines: { node: '>=18' },
    // Only the mock validates (with Ajv) and parses multipart bodies, and only `@shellapi/sdk/msw`
    // uses msw (its `http` is an argument): optional, so a client-only install pulls in nothing.
    // The multipart parser is an ES module only: the mock imports it with `import()` (CommonJS
    // included), and only for a spec with multipart operations.
    peerDependencies: { ...MOCK_PEERS, msw: '>=2' },
    peerDependenciesMeta: Object.fromEntries(
      [...Object.keys(MOCK_PEERS), 'msw'].map((name) => [name, { optional: true }]),
    ),
  };
  return {
    path: 'sdk/package.json',
    contents: `${JSON.stringify(pkg, null, 2)}\n`,
    format: 'json',
  };
}

/**
 * `mock/package.json` and `msw/package.json`: where resolvers that ignore `exports` (node10 at run
 * time in old tools) find the subpaths; TypeScript's node10 uses `typesVersions` above.
 */
export function subpathStubs(): VirtualFile[] {
  return ['mock', 'msw'].map((name) => ({
    path: `sdk/${name}/package.json`,
    contents: `${JSON.stringify({ main: `../dist/cjs/${name}/index.js`, module: `../dist/${name}/index.js`, types: `../dist/cjs/${name}/index.d.ts` }, null, 2)}\n`,
    format: 'json' as const,
  }));
}

/**
 * `sdk/src/core/retry-policy.ts`: the IR's retry policy as the runtime's `RETRY_POLICY` (the
 * generated client class and task descriptors hand it to the runtime; the Python client gets the same numbers).
 */
export function retryPolicyFile(ir: Pick<ApiIr, 'retryPolicy'>): VirtualFile {
  const policy = ir.retryPolicy;
  const fields = (Object.keys(policy) as (keyof typeof policy)[]).map((key) => {
    const value = policy[key];
    return `  ${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : typeof value === 'string' ? quote(value) : value},`;
  });
  return {
    path: 'sdk/src/core/retry-policy.ts',
    contents: [
      generatedHeader('generator/emit/client/package-files.ts'),
      "import type { RetryPolicy } from './retry.js';",
      '',
      '/** How often and how long the client retries, as the generator decided it (its IR). */',
      `export const RETRY_POLICY: RetryPolicy = {\n${fields.join('\n')}\n};`,
      '',
    ].join('\n'),
    format: 'typescript',
  };
}

function fence(code: string, lang = 'ts'): string {
  return `\`\`\`${lang}\n${code}\n\`\`\``;
}

function methodPath(op: OperationIr, method = op.names.method): string {
  return ['client', ...op.names.resource, method].join('.');
}

/** The spec's safe POSTs, retried like reads, and how to send one just once. */
function retriedWritesText(ops: readonly OperationIr[]): string {
  const writes = retriedWrites(ops);
  if (writes.length === 0) return '';
  const names = listed(
    writes.map((op) => `\`${methodPath(op)}\``),
    3,
    ' and ',
  );
  return ` The spec marks ${writes.length} POST/PATCH operation(s) \`x-retry: safe\` (${names}): they are retried like reads, so one that did reach the server may run, and be billed, twice; pass \`{ maxRetries: 0 }\` to send a call once.`;
}

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/**
 * A name derived from the API title was never published by its owner: `npm install <name>` would
 * fetch whatever the registry holds under it (`openai` is someone else's package). So the README
 * installs the packed tarball, and by name only when `--package-name` or `info.x-package-name`
 * chose it (the owner means to publish it).
 */
function installLines(ir: ApiIr, ctx: EmitContext): string[] {
  if (ctx.packageNameChosen) return [fence(`npm install ${ctx.packageName}`, 'sh'), ''];
  const tarball = packedTarballName(ctx.packageName, packageVersion(ir, ctx));
  return [
    `Its name, \`${ctx.packageName}\`, comes from the API title, not from a name chosen for the npm registry (a registry package of that name, if any, may be someone else's), so install it from its packed tarball: \`npm pack\` in this folder, then in your project:`,
    '',
    fence(`npm install ./${tarball}`, 'sh'),
    '',
    "Give the package a name of your own with `info.x-package-name` in the spec or the generator's `--package-name` to publish it; this section then installs it by that name.",
    '',
  ];
}

export function readme(
  ir: ApiIr,
  ctx: EmitContext,
  className: string,
  prefix: string,
  plans: ReadonlyMap<string, OperationPlan>,
  tasks: TasksPlan,
  /** Schema types the package root cannot re-export: the runtime or a class has the name. */
  shadowed: readonly NamedSchemaIr[],
): VirtualFile {
  const ops = ir.operations;
  const policy = ir.retryPolicy;
  const planOf = (op: OperationIr): OperationPlan => plans.get(op.operationId)!;
  const setup = `import { ${className} } from '${ctx.packageName}';\n\nconst client = new ${className}(${exampleClientOptions(ir, prefix)});`;
  const baseUrlDoc = defaultBaseUrl(ir)
    ? `\`baseUrl\` (default \`${prefix}_BASE_URL\`, then the spec's server)`
    : `\`baseUrl\` (your server's root URL, default \`${prefix}_BASE_URL\`; the spec names no host, so without either the constructor throws)`;
  const withFs = (code: string, needsFs: boolean): string =>
    needsFs ? `import fs from 'node:fs';\n${code}` : code;
  const parts: string[] = [
    generatedHeader('generator/emit/client/package-files.ts', 'html'),
    `# ${ctx.packageName}`,
    '',
    `Typed TypeScript client for **${ir.info.title}** (API version ${ir.info.version}).${ir.info.summary ? ` ${ir.info.summary}` : ''}`,
    '',
    'Zero dependencies; runs on Node 18+, Deno, Bun and browsers (global `fetch`). Every call is typed from the OpenAPI spec, retries only what is safe to repeat, and has timeouts, cancellation, typed errors, streaming, uploads, binary downloads and task waiting built in.',
    '',
    '## Install',
    '',
    ...installLines(ir, ctx),
    '## Quick start',
    '',
  ];
  // The Python README's quick start calls the same operation.
  const first = quickStartOperation(ir);
  if (first) {
    const ex = exampleCall(ir, planOf(first));
    parts.push(
      fence(
        withFs(`${setup}\n\nconst result = await ${ex.call};\nconsole.log(result);`, ex.needsFs),
      ),
    );
  } else {
    parts.push(fence(setup));
  }
  parts.push(
    '',
    `Options: \`apiKey\` (default \`${prefix}_API_KEY\`${usesBasicAuth(ir) ? BASIC_KEY_DOC : ''}), ${baseUrlDoc}, \`maxRetries\` (${policy.maxRetries}), \`timeout\` (ms per attempt, more than 0, 10 min; \`Infinity\`: none), \`idleTimeout\` (ms between stream chunks, 5 min; 0: none), \`maxResponseBytes\` (largest buffered answer, 64 MiB; \`ResponseTooLargeError\` beyond), \`defaultHeaders\` (a \`user-agent\` there replaces the client class's \`${userAgent(ir, ctx, 'typescript')}\`, which browsers never get), \`defaultQuery\`, \`fetch\`, \`logger\` (default \`console\`), \`logLevel\` (\`debug\` | \`info\` | \`warn\` | \`error\` | \`off\`; default \`${prefix}_LOG\`, else \`warn\`). \`client.withOptions({...})\` makes a copy with some changed; \`console.log(client)\` prints one line of settings, never the key. A mistaken option (a \`timeout\` of 0 or less, an option whose plug-in a bare client lacks, no \`fetch\` anywhere) throws when the client is made or the call sent; browser production bundles (the bundler replaces \`process.env.NODE_ENV\` with \`"production"\`) leave these checks out to stay small, while development builds, unbundled code and Node, Deno and Bun keep them.${pathPrefixDoc(ir, '`baseUrl`')} Endpoints the spec does not describe: \`client.get/post/put/patch/delete<T>(path, { query, body })\`, with the same key, retries and errors.`,
    ...authDoc(ir, 'apiKey', 'make one client per credential (`client.withOptions({ apiKey })`)'),
    '',
    'Module formats: ES modules and CommonJS (\`require\`), each with its declarations. The declarations need no DOM lib: the fetch types they name (\`Response\`, \`AbortSignal\`, \`ReadableStream\`) come from \`@types/node\` in a Node project, or from the DOM lib in a browser one.',
  );

  parts.push(...streamingSection(ir, planOf, (code, needsFs) => fence(withFs(code, needsFs))));
  if (ops.some((o) => planOf(o).fields.some((f) => f.in === 'cookie'))) {
    parts.push(
      '',
      '## Cookie parameters',
      '',
      "Cookie parameters are typed parameters like the others; the call sends them as one `Cookie` header (`name=value` pairs joined by `; `, values percent-encoded, array items joined by `,`), followed by any `cookie` header of `defaultHeaders` or the call's `headers` (joined, not replaced). In a browser, fetch cannot send a `Cookie` header (it sends the page's own cookies for the target instead), so these parameters reach the server only from Node, Deno, Bun or another server-side runtime.",
    );
  }
  const uploadOp = uploadExampleOp(ir, plans);
  if (uploadOp) {
    const ex = exampleCall(ir, planOf(uploadOp));
    parts.push(
      '',
      '## Uploads',
      '',
      "File fields take a `File`, `Blob`, `Uint8Array`/`Buffer`/`ArrayBuffer`, `ReadableStream`, `Response` or a Node read stream. The file name comes from the File, the stream path or `toFile(bytes, name)`; the media type from the Blob, the extension, or the spec's part encoding.",
      '',
      fence(
        `import fs from 'node:fs';\nimport { toFile } from '${ctx.packageName}';\n\nconst result = await ${ex.call};\n// From bytes in memory:\nconst file = await toFile(new Uint8Array([1, 2, 3]), 'input.png');`,
      ),
    );
  }
  const binaryOp = binaryExampleOp(ir, plans);
  if (binaryOp) {
    const ex = exampleCall(ir, planOf(binaryOp));
    parts.push(
      '',
      '## Binary results',
      '',
      "Operations that return bytes resolve to a `Blob` by default; pass `{ as: 'arrayBuffer' | 'stream' | 'response' }` for another form. The timeout covers reading the whole body (for `stream`/`response`, the headers; then `idleTimeout` guards the gaps).",
      '',
      fence(
        withFs(
          `const blob = await ${ex.call};\nfs.writeFileSync('out.bin', new Uint8Array(await blob.arrayBuffer()));\n\n// Or as a stream of bytes:\nconst stream = await ${exampleCall(ir, planOf(binaryOp), { extraArgs: ["{ as: 'stream' }"] }).call};`,
          true,
        ),
      ),
    );
  }
  // The shortest submit example reads best in a README.
  const exampleSize = (op: OperationIr): number => {
    const body = planOf(op).body;
    return body ? JSON.stringify(bodyExample(op, body.content) ?? null).length : 0;
  };
  const submit = [...tasks.submits].sort(
    (a, b) =>
      exampleSize(a.submit) - exampleSize(b.submit) ||
      cmp(a.submit.operationId, b.submit.operationId),
  )[0];
  if (submit) {
    const plan = planOf(submit.submit);
    const ex = exampleCall(ir, plan, {
      method: `${submit.submit.names.method}AndWait`,
      extraArgs: ['{\n  onProgress: (s) => console.log(s.state, s.progress),\n}'],
    });
    const d = submit.descriptor;
    const poll = d.poll;
    parts.push(
      '',
      '## Tasks (submit, then poll)',
      '',
      `Operations that start a task have an \`…AndWait\` twin: it submits once, then polls \`${methodPath(poll)}\` every ${d.family.intervalMs / 1000} s (a server \`Retry-After\` wins) for up to ${Math.round(d.family.timeoutMs / 1000)} s, rides out transient poll errors, and resolves with the final snapshot \`{ state, progress, vendorStatus, task, result, results }\`. States are normalised to \`queued | running | succeeded | failed | cancelled\`; a failure raises \`TaskFailedError\` (with the vendor's \`reason\` and raw \`task\`), a cancellation \`TaskCancelledError\`, the time budget \`TaskTimeoutError\` (no poll outlives it); a refused submit \`TaskSubmitError\` with the vendor's \`description\` and \`code\`. The handle is a real \`Promise\` whose work starts at once, awaited or not; iterating it yields the latest snapshot, then each change.`,
      '',
      fence(withFs(`const task = await ${ex.call};\nconsole.log(task.result);`, ex.needsFs)),
      '',
      `The same run is an async iterable of snapshots, and an existing task can be awaited by id with \`${methodPath(poll, d.waitMethod)}(id)\`:`,
      '',
      fence(
        `for await (const snapshot of ${methodPath(poll, d.waitMethod)}('task-id', { timeoutMs: 60_000 })) {\n  console.log(snapshot.state, snapshot.progress, snapshot.vendorStatus);\n}`,
      ),
    );
  }
  parts.push(...callbacksSection(ir, ctx, className, prefix, tasks));
  parts.push(...typesSection(ir, ctx, first, shadowed));
  const unsafe = ops.filter((o) => o.retry === 'unsafe');
  const paidCount = unsafe.filter((o) => o.paid).length;
  parts.push(
    '',
    '## Errors',
    '',
    `Every failure is a \`${ir.errorClassName}\`. HTTP errors are \`APIError\`s with \`status\`, \`headers\`, \`requestId\` and the parsed body in \`error\` (each operation exports its error body type, e.g. \`APIError<…ErrorBody>\`):`,
    '',
    '| Status | Class |',
    '| --- | --- |',
    '| 400 | `BadRequestError` |',
    '| 401 | `AuthenticationError` |',
    '| 403 | `PermissionDeniedError` |',
    '| 404 | `NotFoundError` |',
    '| 409 | `ConflictError` |',
    '| 422 | `UnprocessableEntityError` |',
    '| 429 | `RateLimitError` |',
    '| 5xx | `InternalServerError` |',
    '| no response | `APIConnectionError` (`requestNotSent` tells whether it surely never left) |',
    '| timeout | `APIConnectionTimeoutError` |',
    '| your `signal` aborted | `APIUserAbortError` |',
    '',
    'With the client class the API key never appears in error messages, serialised errors or log lines: credential headers are redacted and the key is scrubbed from any text the server echoes back (a bare `BaseClient` redacts the headers and scrubs only with `scrubbing: scrubSecrets` in its config; see below).',
    '',
    ...pagingSection(ops, planOf),
    '## Retries',
    '',
    `Safe operations (reads, polls, and those the spec marks safe) are retried up to \`maxRetries\` times on connection errors, timeouts, ${retryStatusesText(policy)}, honouring \`retry-after-ms\` / \`Retry-After\` (up to ${secondsText(policy.maxServerDelayMs)}: a longer requested wait ends the call at once with the status error, its \`retryAfterMs\` set), else backing off ${[1, 2, 4].map((f) => secondsText(policy.initialDelayMs * f)).join(', ')} … (max ${secondsText(policy.maxDelayMs)}, with jitter). ${unsafe.length} operation(s) are not retried once sent (${unsafeRuleText(ops)}${paidCount ? `; ${paidCount} of them start paid work` : ''}): they are re-sent only when the request provably never reached the server (DNS failure, connection refused, unreachable network) or the server answers \`${policy.hintHeader}: true\` — never after a reset, a timeout or an HTTP error, so a job is not started twice. Pass \`{ idempotent: true }\` to a call to lift this when you know a repeat is harmless.${retriedWritesText(ops)}`,
    '',
    '## Timeouts, cancellation and raw responses',
    '',
    fence(
      `const controller = new AbortController();\nconst call = ${first ? exampleCall(ir, planOf(first), { extraArgs: ['{ signal: controller.signal, timeout: 30_000, maxRetries: 0 }'] }).call : 'client.request(...)'};\nconst { data, response, requestId } = await call.withResponse();`,
    ),
    '',
    '`timeout` applies per attempt and covers the headers and reading the body; `.asResponse()` gives the `Response` itself.',
    '',
    '## Tree-shakeable functions',
    '',
    `Every method also exists as a standalone function taking the client first (e.g. \`${first ? first.names.function : 'operation'}(client, …)\`), so bundlers keep only what you import. For the smallest bundle give them a bare \`new BaseClient(options, CLIENT_CONFIG)\` instead of the client class (which holds every resource): it carries no secret scrubbing, no logging, no retries and no body guards (the \`maxResponseBytes\` cap and the idle watchdog of \`as: 'stream'\` bodies; event streams keep theirs) unless you add them (\`{ ...CLIENT_CONFIG, scrubbing: scrubSecrets, logging: safeLogging, retrying, retryPolicy: RETRY_POLICY, reading: guardedReading }\`), nor the raw calls \`get/post/put/patch/delete\` (use \`new APIClient(options, config)\` for those), and streams, uploads, task waits and paging come only with the functions that use them.`,
    '',
    'What a bare client always has, because every request needs it: per-attempt timeouts and `signal` aborts, the typed status errors (`NotFoundError`, `RateLimitError`, …) with `requestId`, credential headers (`authorization`, `cookie`, names with `api-key`, `token`, `secret`, …) redacted from the headers errors carry, `requestNotSent` on connection errors (browser bundles get its browser build through the package `browser` field: the fetch of a browser never names the transport cause, so there it is always false), JSON and text bodies, every `as` response mode and `.withResponse()`. What it does not do without `scrubbing: scrubSecrets`: look for the key inside texts. A server that echoes your key in an error message or body (`invalid key sk-…`) then has it shown in the error as sent, so add `scrubbing` wherever errors reach logs or error trackers that must not see the key (in a browser the key is already visible to whoever uses the page). Everything else is a module its user brings: secret scrubbing, logging, retries with their policy and `backoff`, body guards and the raw calls through the client config; path-parameter expansion (`expandPath: buildPath`), non-form query styles, multipart and urlencoded encoders, event streams, paging and task waits through the functions whose operations need them. The client class is the convenience entry point: it holds every resource and turns on secret scrubbing, logging, retries and body guards, so its bundle is the whole SDK by design; size-sensitive code imports functions.',
    '',
    ...mockSection(ctx.packageName, className),
    '## API reference',
    ...apiReference(ops),
  );
  return { path: 'sdk/README.md', contents: parts.join('\n'), format: 'markdown' };
}

/** `## Mock server`: how to run it, and the optional peer dependencies only it needs. */
function mockSection(packageName: string, className: string): string[] {
  return [
    '## Mock server',
    '',
    `The package carries a mock of this API: every operation answered from the spec's examples, requests validated, tasks that progress on a controllable clock, event streams. It needs optional peer dependencies the client does not (Ajv, and a multipart parser): \`${MOCK_PEERS_INSTALL}\`.`,
    '',
    fence(`npx ${mockBinName(packageName)} --port 4010   # --help lists every option`, 'sh'),
    '',
    fence(
      `import { startMock } from '${packageName}/mock';\n\nconst mock = await startMock({ port: 0, clock: 'manual' });`,
    ),
    '',
    'Point the client at `mock.url`; `mock.clock.advance(5000)` moves tasks along; `await mock.close()` stops it.',
    '',
    `MSW handlers of the same mock: \`createMswHandlers\` from \`${packageName}/msw\`. It is async: it loads the mock's engine, and with it the peers above, when called (not when the module is imported), and rejects naming the install command if one is missing.`,
    '',
    fence(
      `import { http } from 'msw';\nimport { setupServer } from 'msw/node';\nimport { ${className} } from '${packageName}';\nimport { createMswHandlers } from '${packageName}/msw';\n\nconst mock = await createMswHandlers(http, { clock: 'manual' });\nconst server = setupServer(...mock.handlers);\nserver.listen();\nconst client = new ${className}({ apiKey: 'test', baseUrl: mock.baseUrl });`,
    ),
    '',
    "The handlers answer under `mock.baseUrl` only (the spec's first server, or the `baseUrl` option of `createMswHandlers`): give the client that `baseUrl`. `mock.clock`, `mock.tasks` and `mock.reset()` are the mock server's.",
    '',
  ];
}

/**
 * One table per top-level resource: a table's columns are as wide as its widest cell, so a
 * changed summary realigns (and rewrites) only its own resource's rows.
 */
function apiReference(ops: readonly OperationIr[]): string[] {
  const tables = new Map<string, string[]>();
  for (const o of ops) {
    const extra = o.task ? ` · \`${o.names.method}AndWait()\`` : '';
    const row = `| \`${methodPath(o)}()\`${extra} | \`${o.method.toUpperCase()} ${cell(o.path)}\` | ${cell(o.summary)}${o.deprecated ? ' (deprecated)' : ''} |`;
    const top = ['client', ...o.names.resource.slice(0, 1)].join('.');
    const rows = tables.get(top);
    if (rows) rows.push(row);
    else tables.set(top, [row]);
  }
  return [...tables.keys()]
    .sort(cmp)
    .flatMap((top) => [
      '',
      `### \`${top}\``,
      '',
      '| Method | HTTP | Summary |',
      '| --- | --- | --- |',
      ...tables.get(top)!.sort(cmp),
      '',
    ]);
}

/** `## Types`: named schema types, closed objects, and `withExtras`, the one escape to undocumented fields. */
function typesSection(
  ir: ApiIr,
  ctx: EmitContext,
  first: OperationIr | undefined,
  shadowed: readonly NamedSchemaIr[],
): string[] {
  if (ir.schemas.length === 0) return [];
  const body = first
    ? successResponse(first)?.contents.find((c) => c.kind === 'json')?.schema
    : undefined;
  // The example imports a type the package root exports: never a shadowed one.
  const exported = ir.schemas.filter((s) => !shadowed.some((x) => x.name === s.name));
  const named = exported.find((s) => body?.kind === 'ref' && s.name === body.name) ?? exported[0];
  const example = named ? ` (\`import type { ${named.typeName} } from '${ctx.packageName}'\`)` : '';
  return [
    '',
    '## Types',
    '',
    `Every schema of the spec is an exported, documented type${example}, and each method's params, response, stream events and error bodies refer to them, so editors show their names. Object types list exactly the documented fields, so a misspelt field is a compile error; where the spec declares a map (\`additionalProperties\`) any key is accepted. A set of values the spec leaves open (\`anyOf\` of an enum and a string, e.g. model names) accepts any string while the editor still suggests the known ones.${shadowed.length ? ` ${shadowed.length === 1 ? 'One schema is' : `${shadowed.length} schemas are`} not re-exported from the package root because the client already exports that name (${shadowed.map((s) => `\`${s.typeName}\``).join(', ')}): import ${shadowed.length === 1 ? 'it' : 'them'} as \`components['schemas'][${quote(shadowed[0]!.name)}]\` from '${ctx.packageName}'.` : ''}`,
    '',
    'Responses are read leniently: fields a server sends beyond the documented ones are still on the object at run time. `withExtras` is the one typed way to read them; it opens the object it is given (not the objects inside it), with extra values typed `unknown`:',
    '',
    fence(
      `import { withExtras } from '${ctx.packageName}';\n\nconst extra = withExtras(result).some_vendor_field; // unknown: check it before use`,
    ),
  ];
}

/** `## Callbacks` (only when the spec declares callbacks or webhooks): the receiver and a route handler. */
function callbacksSection(
  ir: ApiIr,
  ctx: EmitContext,
  className: string,
  prefix: string,
  tasks: TasksPlan,
): string[] {
  const all = [
    ...ir.operations.flatMap((op) =>
      op.callbacks.map((callback) => ({ op: op as OperationIr | undefined, callback })),
    ),
    ...ir.webhooks.map((callback) => ({ op: undefined, callback })),
  ];
  if (all.length === 0) return [];
  const receivers = receiversOf(tasks);
  // A task callback shows the most; among those, the first in spec order.
  const first = all.find((c) => receivers.has(c.callback.source)) ?? all[0]!;
  const receiver = receivers.get(first.callback.source);
  const example = receiverExample(first.callback, receiver);
  const imports = [...example.imports, ...(example.needsClient ? [className] : [])].sort((a, b) =>
    cmp(a.replace(/^type /, ''), b.replace(/^type /, '')),
  );
  const setup = imports.length
    ? [`import { ${imports.join(', ')} } from '${ctx.packageName}';`]
    : [];
  if (example.needsClient)
    setup.push('', `const client = new ${className}(${exampleClientOptions(ir, prefix)});`);
  // Where the URL goes, per receiver: `notifyHook` of 7 Midjourney task operations, ….
  const groups = new Map<string, { fields: Set<string>; ops: OperationIr[] }>();
  for (const { op, callback } of all) {
    if (!op) continue;
    const r = receivers.get(callback.source);
    const label = r ? (r.family.title ?? `${r.family.name} task`) : '';
    const group = groups.get(label) ?? { fields: new Set<string>(), ops: [] };
    group.fields.add(callbackUrlField(callback) ?? callback.expression);
    if (!group.ops.includes(op)) group.ops.push(op);
    groups.set(label, group);
  }
  // Deduplicated: one operation may have task callbacks and other callbacks on the same field.
  const places = [
    ...new Set(
      [...groups].map(([label, g]) => {
        const whose =
          g.ops.length === 1
            ? `\`${methodPath(g.ops[0]!)}()\``
            : `${g.ops.length} ${label ? `${label} ` : ''}operations`;
        return `${[...g.fields].map((f) => `\`${f}\``).join(' or ')} of ${whose}`;
      }),
    ),
  ];
  const hooks = ir.webhooks.length
    ? `register an endpoint for ${ir.webhooks.length === 1 ? `the \`${ir.webhooks[0]!.name}\` webhook` : `its ${ir.webhooks.length} webhooks`}`
    : '';
  const where = places.length
    ? `Some operations call you back: give a URL in the request (${places.join('; ')})${hooks ? `, or ${hooks}` : ''}`
    : `The API calls you back: ${hooks}`;
  const lines = [
    '',
    '## Callbacks',
    '',
    `${where}, and the API sends a request to it${receiver ? ' (the task, on each status change)' : ''}. Each callback's body type is exported (e.g. \`${first.callback.typeName}\`).`,
    '',
  ];
  if (receiver) {
    const others = [...new Map([...receivers.values()].map((r) => [r.method, r])).values()].filter(
      (r) => r !== receiver,
    );
    lines.push(
      `\`${receiver.method}(body)\` (standalone: \`${receiver.function}(body)\`) reads the request body — its text, bytes or the parsed JSON — checks that it is a ${receiver.family.title ?? `${receiver.family.name} task`} (a JSON object with the status at \`${receiver.family.status}\`${receiver.family.taskId ? ` and the id at \`${receiver.family.taskId}\`` : ''}), and returns the snapshot \`waitFor\` yields, states mapped the same way; anything else throws \`CallbackPayloadError\`. Extra fields and unknown status values pass. It uses no Node API, so it runs in any server or edge runtime.${
        others.length ? ` Likewise: ${others.map((r) => `\`${r.method}(body)\``).join(', ')}.` : ''
      }`,
    );
  } else if (callbackReading(first.callback) === 'json') {
    lines.push(
      '`parseCallbackJson<Payload>(body)` reads the request body — its text, bytes or the parsed JSON — and throws `CallbackPayloadError` when it is not JSON.',
    );
  } else {
    lines.push(callbackReadHint(first.callback, undefined));
  }
  lines.push(
    '',
    fence(setup.length ? `${setup.join('\n')}\n\n${example.handler}` : example.handler),
  );
  return lines;
}

/** `## Pagination`, when an operation pages (`x-paging`). */
function pagingSection(ops: OperationIr[], planOf: (op: OperationIr) => OperationPlan): string[] {
  const paged = ops.filter((o) => planOf(o).paging);
  const first = paged[0];
  if (!first) return [];
  const call = `${methodPath(first)}()`;
  return [
    '## Pagination',
    '',
    `${paged.map((o) => `\`${methodPath(o)}()\``).join(', ')} ${paged.length === 1 ? 'returns' : 'return'} one page of a list. Await the call for the first page as the API sends it, iterate it with \`for await\` for every item across pages (the next page is requested when the loop needs it), or call \`.pages()\` for the pages.`,
    '',
    fence(`for await (const item of ${call}) {\n  console.log(item);\n}`),
    '',
  ];
}
