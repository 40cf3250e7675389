/**
 * The SDK README's MSW snippet, run as written: the handlers answer only under the spec's first
 * server, so the snippet builds its client with `baseUrl: mock.baseUrl` and the calls it makes are
 * answered (a client on any other base URL meets no handler). msw itself is not a dependency of
 * this repository: a stand-in package named `msw` does what the snippet needs of it (`http.*`
 * registers a handler for a full URL pattern, `setupServer(...).listen()` routes `fetch` to the
 * first matching one and fails an unmatched request, as msw's `onUnhandledRequest: 'error'` does).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { argumentsOf, methodOf } from './client-tree.js';
import { plannedCalls } from './ir-calls.js';
import { loadShellIr, SDK_DIR } from './shell-ir.js';
import { serverBase } from '../../generator/emit/surface/mock-routes.js';

const { ir, plans, byId } = await loadShellIr();

const FAKE_MSW = `
const make = (method) => (pattern, resolver) => ({ method, pattern, resolver });
export const http = Object.fromEntries(
  ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].map((m) => [m, make(m.toUpperCase())]),
);
`;
const FAKE_MSW_NODE = `
export function setupServer(...handlers) {
  const original = globalThis.fetch;
  return {
    listen() {
      globalThis.fetch = async (input, init) => {
        const request = new Request(input, init);
        const h = handlers.find((x) => x.method === request.method && matches(x.pattern, request.url));
        if (!h) throw new TypeError('[MSW] intercepted a request without a matching request handler: ' + request.method + ' ' + request.url);
        return h.resolver({ request });
      };
    },
    close() { globalThis.fetch = original; },
  };
}
function matches(pattern, url) {
  const source = pattern.split(/(:[A-Za-z0-9_]+|\\*)/).map((part) =>
    part.startsWith(':') || part === '*' ? '[^/]+' : part.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&'),
  ).join('');
  return new RegExp('^' + source + '$').test(url.split('?')[0]);
}
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'msw-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The README's MSW snippet: the first fenced block after the paragraph introducing it. */
function readmeSnippet(): string {
  const readme = readFileSync(path.join(SDK_DIR, 'README.md'), 'utf8');
  const from = readme.indexOf('MSW handlers of the same mock');
  expect(from).toBeGreaterThan(0);
  const block = /```ts\n([\s\S]*?)\n```/.exec(readme.slice(from));
  return block![1]!;
}

describe("the README's MSW snippet", () => {
  it('builds a client the handlers answer (JSON, and a task on the manual clock)', async () => {
    const msw = path.join(dir, 'node_modules/msw');
    mkdirSync(msw, { recursive: true });
    writeFileSync(
      path.join(msw, 'package.json'),
      JSON.stringify({
        name: 'msw',
        type: 'module',
        exports: { '.': './index.js', './node': './node.js' },
      }),
    );
    writeFileSync(path.join(msw, 'index.js'), FAKE_MSW);
    writeFileSync(path.join(msw, 'node.js'), FAKE_MSW_NODE);
    const { name } = JSON.parse(readFileSync(path.join(SDK_DIR, 'package.json'), 'utf8')) as {
      name: string;
    };
    mkdirSync(path.join(dir, 'node_modules', path.dirname(name)), { recursive: true });
    symlinkSync(SDK_DIR, path.join(dir, 'node_modules', name), 'dir');
    const file = path.join(dir, 'snippet.mjs');
    writeFileSync(file, `${readmeSnippet()}\nexport { client, mock, server };\n`);

    const { client, mock, server } = (await import(pathToFileURL(file).href)) as {
      client: object;
      mock: { baseUrl: string; clock: { advance(ms: number): void } };
      server: { close(): void };
    };
    try {
      expect(mock.baseUrl).toBe(serverBase(ir.servers).serverUrl);
      const json = ir.operations.find(
        (o) => !o.task && !o.stream && o.responses[0]?.contents[0]?.kind === 'json',
      )!;
      const call = plannedCalls(ir, plans.get(json.operationId)!)[0]!;
      const answer = await methodOf(
        client,
        json.names.resource,
        json.names.method,
      )(...argumentsOf(call, 'blob', undefined));
      expect(answer).toBeTypeOf('object');
      // Anywhere else no handler answers (the README's quick-start client, on its own host, fails).
      const elsewhere = (client as { withOptions(o: object): object }).withOptions({
        baseUrl: 'http://localhost',
        maxRetries: 0,
      });
      await expect(
        Promise.resolve(
          methodOf(
            elsewhere,
            json.names.resource,
            json.names.method,
          )(...argumentsOf(call, 'blob', undefined)),
        ),
      ).rejects.toThrow(/Connection|fetch|handler/i);

      const family = ir.taskFamilies[0]!;
      const submit = byId.get(family.submits[0]!)!;
      const tick = setInterval(() => mock.clock.advance(family.intervalMs), 5);
      try {
        const options = { intervalMs: 1, timeoutMs: 20_000 };
        const done = (await methodOf(
          client,
          submit.names.resource,
          `${submit.names.method}AndWait`,
        )(
          ...argumentsOf(plannedCalls(ir, plans.get(submit.operationId)!)[0]!, 'blob', options),
        )) as { state: string };
        expect(done.state).toBe('succeeded');
      } finally {
        clearInterval(tick);
      }
    } finally {
      server.close();
    }
  });
});
