/**
 * Event schemas inferred from example events (ir/stream-event-schema.ts) reach every output: a
 * strict TypeScript consumer reads the chunk fields (and not others), the SDK and the Python SDK
 * yield the mock's events with those fields, and the docs say the shape is inferred. The consumer
 * also types a flag inside `params.body` (a body that clashes with a query parameter).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { REPO, runCli } from '../helpers/cli.js';
import { runPythonAsync } from '../python/helpers.js';

const spec = `openapi: 3.1.0
info: { title: Ev, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /ticks:
    get:
      operationId: ticks
      responses:
        '200':
          description: the whole stream as one string
          content:
            text/event-stream:
              schema: { type: string }
              example: "data: {\\"n\\": 1}\\n\\ndata: {\\"n\\": 2, \\"label\\": \\"two\\"}\\n\\ndata: [DONE]\\n\\n"
  /deltas:
    post:
      operationId: deltas
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, properties: { stream: { type: boolean } } }
      x-stream:
        requestFlag: stream
        itemSchema: {}
        terminator: '[DONE]'
        examples:
          - { delta: { text: he }, index: 0 }
          - { delta: { text: llo }, index: 1 }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object, properties: { text: { type: string } } } }
            text/event-stream: { schema: { type: string } }
  /keyed:
    post:
      operationId: keyed
      parameters:
        - { name: model, in: query, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { model: { type: string }, stream: { type: boolean } } }
      x-stream:
        requestFlag: stream
        itemSchema: {}
        examples:
          - { token: a }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object, required: [text], properties: { text: { type: string } } } }
            text/event-stream: { schema: { type: string } }
`;

const consumer = `import { Ev } from './sdk/src/index.js';

const client = new Ev({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9' });

export async function read(): Promise<string[]> {
  const out: string[] = [];
  for await (const tick of await client.default.ticks()) {
    const n: number = tick.n;
    const label: string | undefined = tick.label;
    out.push(\`\${n}\${label ?? ''}\`);
    // @ts-expect-error no example shows it, so the chunk type has no such field
    tick.missing;
  }
  for await (const d of await client.default.deltas({ stream: true })) {
    const text: string = d.delta.text;
    const index: number = d.index;
    out.push(\`\${index}:\${text}\`);
  }
  // The body (here optional) is passed as \`params.body\`: the flag goes inside it.
  for await (const k of await client.default.keyed({ model: 'q', body: { stream: true } })) {
    const token: string = k.token;
    out.push(token);
  }
  const whole: { text: string } = await client.default.keyed({ body: { model: 'm' } });
  const none: { text: string } = await client.default.keyed();
  out.push(whole.text, none.text);
  return out;
}
`;

let work: string;
let out: string;
let server: MockServer;
let stderr: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-stream-schema-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, spec);
  out = path.join(work, 'out');
  const run = runCli(['generate', '--spec', file, '--out', out]);
  expect(run.status).toBe(0);
  stderr = run.stderr;
  server = await startMockServer({ routes: createMockRoutes(buildIr(await loadSpec(file)).ir) });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe('an event schema inferred from the example events', () => {
  it('generate warns once per stream, located at its examples', () => {
    const warnings = stderr.split('\n').filter((l) => l.includes('stream-schema-inferred'));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/openapi\.yaml:\d+:\d+ warning stream-schema-inferred at \/paths/);
  });

  it('a strict TypeScript consumer reads the chunk fields, and only those', async () => {
    await writeFile(path.join(out, 'consumer.ts'), consumer);
    await writeFile(
      path.join(out, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = spawnSync(
      process.execPath,
      [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', out],
      { encoding: 'utf8' },
    );
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it('the SDK yields the example events from the mock', async () => {
    const sdk = await import(pathToFileURL(path.join(out, 'sdk/dist/index.js')).href);
    const client = new sdk.Ev({ apiKey: 'k', baseUrl: server.url });
    const ticks: unknown[] = [];
    for await (const t of await client.default.ticks()) ticks.push(t);
    expect(ticks).toEqual([{ n: 1 }, { n: 2, label: 'two' }]);
    const keyed: unknown[] = [];
    for await (const k of await client.default.keyed({ body: { stream: true } })) keyed.push(k);
    expect(keyed).toEqual([{ token: 'a' }]);
  });

  it('the Python SDK reads the fields as model attributes', async () => {
    const probe = [
      'import json, shellapi',
      `client = shellapi.Ev(api_key="k", base_url=${JSON.stringify(server.url)})`,
      'ticks = [[t.n, t.label] for t in client.default.ticks()]',
      'deltas = [d.delta.text for d in client.default.deltas(stream=True)]',
      'print(json.dumps({"ticks": ticks, "deltas": deltas}))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(out, 'python') },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      ticks: [
        [1, null],
        [2, 'two'],
      ],
      deltas: ['he', 'llo'],
    });
  }, 120_000);

  it("the chunk types' docs say how the stream is switched on and that the shape is inferred", async () => {
    const source = await readFile(path.join(out, 'sdk/src/operations/default.ts'), 'utf8');
    expect(source).toContain(
      "/** One streamed event of `client.default.keyed()` (with `body: { stream: true }`). Inferred from the spec's example events",
    );
    expect(source).toContain('or with `body: { stream: true }` a `Stream` of `DefaultKeyedChunk`');
    expect(source).toContain('(with `stream: true`). Inferred');
  });

  it('the docs say the event shape is inferred', async () => {
    const md = await readFile(path.join(out, 'docs/markdown/operations/ticks.md'), 'utf8');
    expect(md).toContain('Inferred from the example events');
    const html = await readFile(path.join(out, 'docs/operations/deltas.html'), 'utf8');
    expect(html).toContain('Inferred from the example events');
  });
});
