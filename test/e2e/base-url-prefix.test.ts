/**
 * A configured base URL ending with a version segment (`…/v2`): both SDKs trim it only when every
 * path of the spec starts with that segment (the openai habit). When only some do, the segment is
 * where a gateway mounts the API and stays: every operation keeps it, none is re-routed.
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
let mixed: SpecOutputs;
let shared: SpecOutputs;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(204).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  [mixed, shared] = await Promise.all([
    specOutputs(spec('Prefix Mixed', ['/v2/tickets', '/museum-hours']), {
      name: 'shellapi-prefix-mixed',
    }),
    specOutputs(spec('Prefix Shared', ['/v2/tickets', '/v2/museum-hours']), {
      name: 'shellapi-prefix-shared',
    }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([mixed?.close(), shared?.close()]);
  await new Promise((done) => server?.close(done));
});

/** Calls both operations through the TypeScript SDK; the paths sent and the warnings logged. */
async function viaTs(outputs: SpecOutputs, className: string) {
  const sdk = await outputs.importTs();
  const warnings: string[] = [];
  const logger = { ...console, warn: (...args: unknown[]) => warnings.push(args.join(' ')) };
  const client = new sdk[className]({ apiKey: 'k', baseUrl: `${root}/v2`, logger });
  seen = [];
  await client.things.op0();
  await client.things.op1();
  return { sent: seen, warnings };
}

/** The same through the Python SDK (not blocking: this process answers it). */
async function viaPython(outputs: SpecOutputs, className: string) {
  seen = [];
  const run = await outputs.pythonAsync(
    [
      'import logging, sys',
      'logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")',
      `from shellapi import ${className}`,
      `c = ${className}(api_key="k", base_url="${root}/v2")`,
      'c.things.op0()',
      'c.things.op1()',
    ].join('\n'),
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return { sent: seen, warnings: run.stdout.split('\n').filter((l) => l.startsWith('WARNING')) };
}

describe('version prefix of a configured base URL', () => {
  it('only some paths start with /v2: both SDKs keep it for every operation, without a warning', async () => {
    expect(await mixed.read('sdk/src/client.ts')).not.toContain('pathPrefixes');
    const ts = await viaTs(mixed, 'PrefixMixed');
    expect(ts).toEqual({ sent: ['/v2/v2/tickets', '/v2/museum-hours'], warnings: [] });
    const py = await viaPython(mixed, 'PrefixMixed');
    expect(py).toEqual({ sent: ['/v2/v2/tickets', '/v2/museum-hours'], warnings: [] });
  });

  it('every path starts with /v2: both SDKs trim it once and say so', async () => {
    const ts = await viaTs(shared, 'PrefixShared');
    expect(ts.sent).toEqual(['/v2/tickets', '/v2/museum-hours']);
    expect(ts.warnings).toEqual([
      expect.stringContaining(
        `ends with /v2, which every path of the API starts with; using ${root}.`,
      ),
    ]);
    const py = await viaPython(shared, 'PrefixShared');
    expect(py.sent).toEqual(['/v2/tickets', '/v2/museum-hours']);
    expect(py.warnings).toEqual([
      `WARNING base_url ${root}/v2 ends with /v2, which every path of the API starts with; using ${root}.`,
    ]);
  });
});
