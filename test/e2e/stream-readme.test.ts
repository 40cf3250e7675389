/**
 * Both SDK READMEs' Streaming snippets run as written against the mock, for a stream without a
 * request flag (a plain GET text/event-stream: no `stream` argument), one switched by a flag among
 * spread params, and one whose flag goes in `params.body` (its body clashes with a query
 * parameter); the chat helpers are named only for chat completion chunks (the IR's decision).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { runPythonAsync } from '../python/helpers.js';

const textSpec = `openapi: 3.1.0
info: { title: Ev, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /events:
    get:
      operationId: events
      responses:
        '200':
          description: text stream
          content:
            text/event-stream:
              schema: { type: string }
              example: "data: hello\\n\\ndata: [DONE]\\n\\ndata: world, 2\\n\\n"
`;

const jsonSpec = `openapi: 3.1.0
info: { title: Ev, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /j:
    post:
      operationId: chat
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, properties: { stream: { type: boolean }, q: { type: string } } }
      responses:
        '200':
          description: json or stream
          content:
            application/json:
              schema: { type: object, properties: { a: { type: integer } } }
            text/event-stream:
              schema: { type: string }
              example: "data: {\\"a\\":1}\\n\\ndata: {\\"a\\":2}\\n\\n"
`;

// `model` is both a query parameter and a body property: the body is passed as `params.body`.
const keySpec = `openapi: 3.1.0
info: { title: Ev, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /chat:
    post:
      operationId: chat
      parameters:
        - { name: model, in: query, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, properties: { model: { type: string }, stream: { type: boolean } } }
            example: { model: m1 }
      x-stream:
        requestFlag: stream
        terminator: '[DONE]'
        itemSchema:
          type: object
          properties:
            choices:
              type: array
              items:
                type: object
                properties:
                  index: { type: integer }
                  delta: { type: object, properties: { content: { type: string } } }
        examples:
          - { choices: [{ index: 0, delta: { content: Hel } }] }
          - { choices: [{ index: 0, delta: { content: lo } }] }
      responses:
        '200':
          description: json or stream
          content:
            application/json:
              schema: { type: object, properties: { text: { type: string } } }
            text/event-stream:
              schema: { type: string }
`;

interface Generated {
  out: string;
  server: MockServer;
}

let work: string;
const generated = {} as { text: Generated; json: Generated; key: Generated };

/** Generates `spec`; its only warnings are `warnings` (codes, in order). */
async function generate(name: string, spec: string, warnings: string[] = []): Promise<Generated> {
  const file = path.join(work, `${name}.yaml`);
  await writeFile(file, spec);
  const out = path.join(work, name);
  const run = runCli(['generate', '--spec', file, '--out', out]);
  const codes = [...run.stderr.matchAll(/ warning (\S+) at /g)].map((m) => m[1]);
  expect(codes).toEqual(warnings);
  if (warnings.length === 0) expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const server = await startMockServer({
    routes: createMockRoutes(buildIr(await loadSpec(file)).ir),
  });
  return { out, server };
}

/** The first fenced block of `lang` in the README's `## Streaming` section. */
async function streamingSnippet(readme: string, lang: string): Promise<string> {
  const text = await readFile(readme, 'utf8');
  const section = text.split('\n## Streaming\n')[1]?.split('\n## ')[0];
  expect(section, `${readme} has a Streaming section`).toBeDefined();
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section!)?.[1];
  expect(block).toBeDefined();
  return block!;
}

/** Runs the TS README's snippet (plain JS once the client exists) against the mock; the printed chunks. */
async function runTsSnippet(g: Generated): Promise<unknown[]> {
  const snippet = await streamingSnippet(path.join(g.out, 'sdk/README.md'), 'ts');
  const script = path.join(g.out, 'snippet.mjs');
  await writeFile(
    script,
    [
      `import { Ev } from ${JSON.stringify(path.join(g.out, 'sdk/dist/index.js'))};`,
      `const client = new Ev({ apiKey: 'k', baseUrl: ${JSON.stringify(g.server.url)} });`,
      'const printed = [];',
      'const console = { log: (v) => printed.push(v) };',
      snippet,
      'process.stdout.write(JSON.stringify(printed));',
    ].join('\n'),
  );
  // Async: the mock runs in this process, so a sync child would deadlock it.
  const { stdout } = await promisify(execFile)(process.execPath, [script], { encoding: 'utf8' });
  return JSON.parse(stdout);
}

/** Runs the Python README's snippet against the mock; the printed chunks (as JSON). */
async function runPySnippet(g: Generated): Promise<unknown[]> {
  const snippet = await streamingSnippet(path.join(g.out, 'python/README.md'), 'python');
  const probe = [
    'import json, builtins, shellapi',
    'printed = []',
    'def print(v): printed.append(v.model_dump() if hasattr(v, "model_dump") else v)',
    `client = shellapi.Ev(api_key="k", base_url=${JSON.stringify(g.server.url)})`,
    snippet,
    'builtins.print(json.dumps(printed))',
  ].join('\n');
  const run = await runPythonAsync(['-c', probe], {
    cwd: work,
    env: { PYTHONPATH: path.join(g.out, 'python') },
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-stream-readme-'));
  generated.text = await generate('text', textSpec);
  // Its events' shape comes from the example (ir/stream-event-schema.ts).
  generated.json = await generate('json', jsonSpec, ['stream-schema-inferred']);
  generated.key = await generate('key', keySpec);
}, 180_000);

afterAll(async () => {
  for (const g of Object.values(generated)) await g.server.close();
  await rm(work, { recursive: true, force: true });
});

describe('README Streaming snippets', () => {
  it('a stream without a request flag: the TS snippet runs; a text event [DONE] arrives as sent', async () => {
    const readme = await readFile(path.join(generated.text.out, 'sdk/README.md'), 'utf8');
    expect(readme).toContain('each `data:` text as sent');
    expect(await runTsSnippet(generated.text)).toEqual(['hello', '[DONE]', 'world, 2']);
  });

  it('a stream without a request flag: the Python snippet takes no stream argument and runs', async () => {
    expect(await runPySnippet(generated.text)).toEqual(['hello', '[DONE]', 'world, 2']);
  }, 120_000);

  it("a JSON stream switched by a flag: both snippets yield the example's events", async () => {
    expect(await runTsSnippet(generated.json)).toEqual([{ a: 1 }, { a: 2 }]);
    expect(await runPySnippet(generated.json)).toEqual([{ a: 1 }, { a: 2 }]);
  }, 120_000);

  it('the chat helpers are named only where the stream is chat completion chunks', async () => {
    const section = async (g: Generated): Promise<string> =>
      (await readFile(path.join(g.out, 'sdk/README.md'), 'utf8')).split('\n## Streaming\n')[1]!;
    expect(await section(generated.text)).not.toContain('accumulateChatCompletion');
    expect(await section(generated.text)).toContain("Each `chunk` is one event's text");
    expect(await section(generated.json)).not.toContain('accumulateChatCompletion');
    expect(await section(generated.json)).toContain('one parsed event (`DefaultChatChunk`');
    expect(await section(generated.key)).toContain(
      'For the chat completion chunks of `client.default.chat()`, `accumulateChatCompletion(stream)`',
    );
    // The Python SDK has no such fold: its README names none, and reads each stream as it is.
    const py = async (g: Generated): Promise<string> =>
      (await readFile(path.join(g.out, 'python/README.md'), 'utf8')).split('\n## Streaming\n')[1]!;
    expect(await py(generated.key)).not.toMatch(/accumulate|chat_completion_text/);
    expect(await py(generated.key)).toContain('parsed from JSON into the event type');
    expect(await py(generated.text)).toContain("one event's text (`str`) as sent");
    // And it applies: the fold of this stream is the example's text.
    const sdk = await import(pathToFileURL(path.join(generated.key.out, 'sdk/dist/index.js')).href);
    const client = new sdk.Ev({ apiKey: 'k', baseUrl: generated.key.server.url });
    const stream = await client.default.chat({ body: { stream: true } });
    expect(await sdk.chatCompletionText(stream)).toBe('Hello');
  });

  it('a flag inside params.body: the TS section is written for that call shape and runs', async () => {
    const readme = await readFile(path.join(generated.key.out, 'sdk/README.md'), 'utf8');
    expect(readme).toContain('With `body: { stream: true }` the call resolves to a `Stream`');
    const chunks = [
      { choices: [{ index: 0, delta: { content: 'Hel' } }] },
      { choices: [{ index: 0, delta: { content: 'lo' } }] },
    ];
    expect(await runTsSnippet(generated.key)).toEqual(chunks);
    expect(await runPySnippet(generated.key)).toEqual(chunks);
  }, 120_000);
});
