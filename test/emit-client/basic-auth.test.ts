/**
 * HTTP basic auth: the generated config gives a basic scheme its encoder (`encode:
 * basicCredentials`), so the core carries no base64 code and only APIs with basic auth bundle it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { json, startServer } from '../client-runtime/helpers.js';
import { cleanupGenerated, generate } from './generate.js';

const spec = (scheme: string): string => `
openapi: 3.1.0
info: { title: Vault, version: 1.0.0 }
servers: [{ url: 'https://vault.example.com' }]
security: [{ key: [] }]
components:
  securitySchemes:
    key: { type: http, scheme: ${scheme} }
paths:
  /secrets:
    get:
      operationId: listSecrets
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'sdk-basic-'));
afterAll(() => {
  cleanupGenerated();
  rmSync(dir, { recursive: true, force: true });
});

const clientFile = async (scheme: string) => {
  writeFileSync(path.join(dir, `${scheme}.yaml`), spec(scheme));
  const generated = await generate(path.join(dir, `${scheme}.yaml`));
  const text = String(generated.files.find((f) => f.path === 'sdk/src/client.ts')!.contents);
  return { generated, text };
};

it('a basic scheme is configured with its encoder and sends user:password base64; a bearer API imports none', async () => {
  const basic = await clientFile('basic');
  expect(basic.text).toContain("key: { type: 'basic', encode: basicCredentials }");
  const sdk = (await import(
    pathToFileURL(path.join(basic.generated.dir, 'sdk/src/index.ts')).href
  )) as Record<string, new (options: object) => { request(operation: object): Promise<unknown> }>;
  const server = await startServer((_req, res) => json(res, 200, {}));
  const client = new sdk['Vault']!({ apiKey: 'user-only', baseUrl: server.url });
  await client.request({ method: 'get', path: '/secrets', retry: 'safe', auth: 'key' });
  expect(server.requests[0]!.headers['authorization']).toBe(
    `Basic ${Buffer.from('user-only:').toString('base64')}`,
  );
  // The control: a bearer API's config names no encoder, so its bundles carry none.
  const bearer = await clientFile('bearer');
  expect(bearer.text).toContain("key: { type: 'bearer' }");
  expect(bearer.text).not.toContain('basicCredentials');
});

it('the client class scrubs the base64 credentials a server echoes back, as it scrubs the key', async () => {
  const { generated } = await clientFile('basic');
  const sdk = (await import(
    pathToFileURL(path.join(generated.dir, 'sdk/src/index.ts')).href
  )) as Record<string, new (options: object) => { request(operation: object): Promise<unknown> }>;
  // Echoes the Authorization header as sent in the message, the body and a plain header.
  const server = await startServer((req, res) => {
    const sent = String(req.headers['authorization']);
    json(res, 400, { error: { message: `bad credentials ${sent}`, sent } }, { 'x-echo': sent });
  });
  for (const key of ['user:s3cretpass', 'bare-key-0123456789']) {
    const wire = Buffer.from(key.includes(':') ? key : `${key}:`).toString('base64');
    const client = new sdk['Vault']!({ apiKey: key, baseUrl: server.url, maxRetries: 0 });
    const error = (await client
      .request({ method: 'get', path: '/secrets', retry: 'safe', auth: 'key' })
      .then(
        () => Promise.reject(new Error('expected a 400')),
        (e: unknown) => e,
      )) as Error & { error: unknown; headers: Record<string, string> };
    expect(server.requests.at(-1)!.headers['authorization']).toBe(`Basic ${wire}`);
    expect(error.message).toBe('400 bad credentials Basic [REDACTED]');
    expect(error.headers['x-echo']).toBe('Basic [REDACTED]');
    const shown = JSON.stringify([error, error.error, error.headers]);
    expect(shown).not.toContain(wire);
    expect(shown).not.toContain(key);
  }
  await server.close();
});
