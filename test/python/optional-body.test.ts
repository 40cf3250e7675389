/**
 * An optional request body left out goes out the same from both SDKs (review 3 #11): no body and no
 * Content-Type (Python sent `{}` as JSON). A required body with no required field is `{}` from
 * both. Checked on the wire: a raw HTTP server on 127.0.0.1 records what arrives.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { runPythonAsync } from './helpers.js';

const SPEC = fileURLToPath(new URL('./fixtures/optional-body.yaml', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-optional-body-'));
const out = path.join(work, 'out');

interface Seen {
  path: string;
  contentType: string | null;
  contentLength: string | null;
  chunked: boolean;
  body: string;
}
let seen: Seen[] = [];
let server: Server;
let base = '';

const fieldOf = (headers: IncomingHttpHeaders, name: string): string | null =>
  (headers[name] as string | undefined) ?? null;

beforeAll(async () => {
  const run = runCli(['generate', '--spec', SPEC, '--out', out, '--only', 'client,python']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        path: req.url ?? '',
        contentType: fieldOf(req.headers, 'content-type'),
        contentLength: fieldOf(req.headers, 'content-length'),
        chunked: req.headers['transfer-encoding'] !== undefined,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

const NONE = { contentType: null, chunked: false, body: '' };
const EMPTY_JSON = { contentType: 'application/json', contentLength: '2', body: '{}' };
const GIVEN = { contentType: 'application/json', body: '{"quantity":2}' };

const PROBE = `
import asyncio, sys
from shellapi import Shop, AsyncShop
client = Shop(base_url=sys.argv[1], max_retries=0)
client.orders.place_order()
client.orders.create_cart()
client.orders.place_order(quantity=2)
async def run():
    aclient = AsyncShop(base_url=sys.argv[1], max_retries=0)
    await aclient.orders.place_order()
asyncio.run(run())
`;

describe('an optional request body left out', () => {
  it('TypeScript: no body for the optional one, {} for the required one', async () => {
    seen = [];
    const sdk = (await import(path.join(out, 'sdk/src/index.ts'))) as {
      Shop: new (options: object) => {
        orders: {
          placeOrder(params?: object): Promise<unknown>;
          createCart(params?: object): Promise<unknown>;
        };
      };
    };
    const client = new sdk.Shop({ baseUrl: base, maxRetries: 0 });
    await client.orders.placeOrder();
    await client.orders.createCart();
    await client.orders.placeOrder({ quantity: 2 });
    expect(seen).toMatchObject([
      { path: '/orders', ...NONE },
      { path: '/carts', ...EMPTY_JSON },
      { path: '/orders', ...GIVEN },
    ]);
  });

  it('Python (sync and async): the same wire', async () => {
    seen = [];
    const run = await runPythonAsync(['-c', PROBE, base], {
      cwd: work,
      env: { PYTHONPATH: path.join(out, 'python') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(seen).toMatchObject([
      { path: '/orders', ...NONE },
      { path: '/carts', ...EMPTY_JSON },
      { path: '/orders', ...GIVEN },
      { path: '/orders', ...NONE },
    ]);
    // No body at all: not an empty one announced by a length either.
    expect(seen[0]!.contentLength ?? '0').toBe('0');
  }, 120_000);
});
