/**
 * A configured base URL ending with a version segment some paths start with (`…/v2`, the openai
 * habit `…/v1`): both SDKs keep it as given, and a call whose path starts with that segment drops
 * it once (never `/v2/v2/…`); calls under other paths keep it (a gateway may mount the API there).
 * Both warn once, with the same text. A real server records what each SDK sends.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const spec = (title: string, paths: string[]) =>
  [
    'openapi: 3.1.0',
    `info: { title: ${title}, version: '1', x-package-name: '@shellapi/sdk' }`,
    'tags: [{ name: things }]',
    'paths:',
    ...paths.map(
      (p, i) =>
        `  ${p}: { get: { operationId: op${i}, tags: [things], responses: { '204': { description: ok } } } }`,
    ),
    '',
  ].join('\n');

/** Every request's path, answered 204. */
let seen: string[] = [];
let server: Server;
let root: string;
let museum: SpecOutputs;
let shared: SpecOutputs;
let relay: SpecOutputs;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  [museum, shared, relay] = await Promise.all([
    specOutputs(spec('Prefix Museum', ['/v2/tickets', '/museum-hours']), {
      name: 'shellapi-prefix-museum',
    }),
    specOutputs(spec('Prefix Shared', ['/v2/tickets', '/v2/museum-hours']), {
      name: 'shellapi-prefix-shared',
    }),
    // The shape of this repo's own spec: openai-style paths under /v1 beside /mj, /suno, ….
    specOutputs(spec('Prefix Relay', ['/v1/embeddings', '/mj/task/fetch']), {
      name: 'shellapi-prefix-relay',
    }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([museum?.close(), shared?.close(), relay?.close()]);
  await new Promise((done) => server?.close(done));
});

/** Calls both operations through the TypeScript SDK; the paths sent and the warnings logged. */
async function viaTs(outputs: SpecOutputs, className: string, base: string) {
  const sdk = await outputs.importTs();
  const warnings: string[] = [];
  // The TypeScript logger tags its lines with the package (Python's names the logger instead).
  const logger = {
    ...console,
    warn: (...args: unknown[]) => warnings.push(args.join(' ').replace(/^\[shellapi\] /, '')),
  };
  const client = new sdk[className]({ apiKey: 'k', baseUrl: base, logger });
  seen = [];
  await client.things.op0();
  await client.withOptions({ timeout: 5_000 }).things.op1();
  return { baseUrl: client.baseUrl, sent: seen, warnings };
}

/** The same through the Python SDK (not blocking: this process answers it). */
async function viaPython(outputs: SpecOutputs, className: string, base: string) {
  seen = [];
  const run = await outputs.pythonAsync(
    [
      'import logging, sys',
      'logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")',
      `from shellapi import ${className}`,
      `c = ${className}(api_key="k", base_url="${base}")`,
      'print("BASE", c.base_url)',
      'c.things.op0()',
      'c.things.op1()',
    ].join('\n'),
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const lines = run.stdout.split('\n');
  return {
    baseUrl: lines.find((l) => l.startsWith('BASE '))?.slice(5),
    sent: seen,
    warnings: lines.filter((l) => l.startsWith('WARNING ')).map((l) => l.slice(8)),
  };
}

const warning = (segment: string) =>
  `base URL ${root}${segment} ends with ${segment}: calls whose path starts with ${segment} drop it once (never ${segment}${segment}/…), the others keep it; if ${segment} was a habit, pass ${root}.`;

describe('version prefix of a configured base URL', () => {
  it.each([
    [
      'some paths under /v2 (museum): /v2/tickets drops it, /museum-hours keeps it',
      () => museum,
      'PrefixMuseum',
      '/v2',
      ['/v2/tickets', '/v2/museum-hours'],
    ],
    [
      'every path under /v2: each drops it once',
      () => shared,
      'PrefixShared',
      '/v2',
      ['/v2/tickets', '/v2/museum-hours'],
    ],
    [
      '/v1 beside /mj (this repo): /v1/embeddings drops it, /mj keeps it',
      () => relay,
      'PrefixRelay',
      '/v1',
      ['/v1/embeddings', '/v1/mj/task/fetch'],
    ],
  ])('%s, in both SDKs, with one warning', async (_name, outputs, className, segment, sent) => {
    expect(await outputs().read('sdk/src/client.ts')).toContain(`pathPrefixes: ['${segment}']`);
    const expected = { baseUrl: `${root}${segment}`, sent, warnings: [warning(segment)] };
    expect(await viaTs(outputs(), className, `${root}${segment}/`)).toEqual(expected);
    expect(await viaPython(outputs(), className, `${root}${segment}/`)).toEqual(expected);
  });

  it('the server root: every call goes where its path says, without a warning', async () => {
    const expected = { baseUrl: root, sent: ['/v2/tickets', '/museum-hours'], warnings: [] };
    expect(await viaTs(museum, 'PrefixMuseum', root)).toEqual(expected);
    expect(await viaPython(museum, 'PrefixMuseum', root)).toEqual(expected);
  });

  it('the README of each SDK says what a base URL ending with the segment does', async () => {
    const readmes: [string, string][] = [
      ['sdk/README.md', 'baseUrl'],
      ['python/README.md', 'base_url'],
    ];
    for (const [file, option] of readmes) {
      expect(await museum.read(file)).toContain(
        `A \`${option}\` ending in a version segment that some paths start with (\`https://host/v2\`) is kept as given`,
      );
    }
  });
});
