/**
 * The generated client class scrubs a key the server echoes back (it passes `scrubbing:
 * scrubSecrets`); a bare `BaseClient` with `CLIENT_CONFIG` redacts credential headers by name only,
 * as the package README says.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BaseClient,
  CLIENT_CONFIG,
  embeddingsCreate,
  ShellApi,
} from '../../generated/sdk/dist/index.js';

const KEY = 'sk-echoed-0123456789abcdef';
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  // Echoes the bearer token in the message, the body and a credential-named header.
  server = http.createServer((req, res) => {
    const sent = String(req.headers['authorization']).replace(/^Bearer /, '');
    res.writeHead(401, { 'content-type': 'application/json', 'x-api-key': sent });
    res.end(JSON.stringify({ error: { message: `Invalid key: ${sent}`, key: sent } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const failure = (call: Promise<unknown>): Promise<AuthenticationError> =>
  call.then(
    () => Promise.reject(new Error('expected a 401')),
    (error: unknown) => error as AuthenticationError,
  );

describe('secret scrubbing of the generated SDK', () => {
  const params = { model: 'm', input: 'hi' } as Parameters<typeof embeddingsCreate>[1];

  it('the client class scrubs the echoed key from the message, body, headers and JSON', async () => {
    const client = new ShellApi({ apiKey: KEY, baseUrl, maxRetries: 0 });
    const error = await failure(client.embeddings.create(params));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('401 Invalid key: [REDACTED]');
    expect(error.headers?.['x-api-key']).toBe('[REDACTED]');
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it('a bare BaseClient redacts credential headers by name and leaves echoed text as sent', async () => {
    const bare = new BaseClient({ apiKey: KEY, baseUrl }, CLIENT_CONFIG);
    const error = await failure(embeddingsCreate(bare, params));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.headers?.['x-api-key']).toBe('[REDACTED]');
    expect(error.message).toBe(`401 Invalid key: ${KEY}`);
    expect(error.error).toMatchObject({ error: { key: KEY } });
  });
});
