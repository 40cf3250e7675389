import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ShellApiError,
  UnprocessableEntityError,
} from '../../templates/client/errors.js';
import { BaseClient } from '../../templates/client/client.js';
import { scrubSecrets } from '../../templates/client/redact.js';
import { API_KEY, captureLogger, closedPort, json, startServer, TestClient } from './helpers.js';

interface ErrorEnvelope {
  error: { message: string; type: string; code: string | null };
}

describe('error classes', () => {
  const table: [number, new (...args: never[]) => APIError][] = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
  ];
  it.each(table)('%i → %o with typed body, request id and message', async (status, Class) => {
    const server = await startServer((_req, res) =>
      json(
        res,
        status,
        { error: { message: `failed with ${status}`, type: 'invalid_request_error', code: 'E1' } },
        { 'x-request-id': 'req_42' },
      ),
    );
    const client = new TestClient({ baseUrl: server.url, maxRetries: 0 });
    const error = await client
      .request({ method: 'get', path: '/e', retry: 'safe', auth: 'bearer' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(ShellApiError);
    const typed = error as APIError<ErrorEnvelope>;
    expect(typed.status).toBe(status);
    expect(typed.error?.error.message).toBe(`failed with ${status}`);
    expect(typed.code).toBe('E1');
    expect(typed.type).toBe('invalid_request_error');
    expect(typed.requestId).toBe('req_42');
    expect(typed.message).toBe(`${status} failed with ${status}`);
    expect(typed.name).toBe(Class.name);
  });

  it('each status class is named as it is exported (class name and error name)', () => {
    const named = {
      BadRequestError,
      AuthenticationError,
      PermissionDeniedError,
      NotFoundError,
      ConflictError,
      UnprocessableEntityError,
      RateLimitError,
      InternalServerError,
    };
    for (const [name, Class] of Object.entries(named)) {
      expect(Class.name).toBe(name);
      const error = new Class({ status: 400 });
      expect(error.name).toBe(name);
      expect(Object.getPrototypeOf(Class)).toBe(APIError);
    }
    expect(new Set(Object.values(named)).size).toBe(8);
  });

  it('other statuses are a plain APIError; text bodies are kept', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(418, { 'content-type': 'text/plain' });
      res.end('short and stout');
    });
    const error = await new TestClient({ baseUrl: server.url })
      .request({ method: 'get', path: '/', retry: 'safe', auth: 'bearer' })
      .catch((e: unknown) => e);
    expect((error as APIError).constructor).toBe(APIError);
    expect((error as APIError).error).toBe('short and stout');
    expect((error as APIError).message).toBe('418 short and stout');
  });

  it('an empty error body says so', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(404);
      res.end();
    });
    const error = await new TestClient({ baseUrl: server.url })
      .request({ method: 'get', path: '/', retry: 'safe', auth: 'bearer' })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('404 status code (no body)');
  });
});

describe('the API key never leaks', () => {
  const scan = (error: unknown, logs: string): void => {
    const views = [
      (error as Error).message,
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 10, showHidden: true }),
      (error as Error).stack ?? '',
      logs,
    ];
    for (const view of views) {
      expect(view).not.toContain(API_KEY);
      expect(view).not.toContain(encodeURIComponent(API_KEY));
    }
  };

  it('not when the server echoes the key in the message, body and headers', async () => {
    const server = await startServer((req, res) => {
      const sent = String(req.headers['authorization']);
      json(
        res,
        401,
        { error: { message: `Invalid key: ${sent}`, key: API_KEY } },
        { 'x-echo-key': API_KEY, 'set-cookie': `s=${API_KEY}` },
      );
    });
    const log = captureLogger();
    const client = new TestClient({ baseUrl: server.url, logger: log.logger, logLevel: 'debug' });
    const error = await client
      .request({ method: 'get', path: '/', retry: 'safe', auth: 'bearer' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('[REDACTED]');
    expect(log.text()).toContain('[REDACTED]');
    scan(error, log.text());
  });

  it('not in logs or errors when the key travels in the query string', async () => {
    const dead = await closedPort();
    const log = captureLogger();
    const client = new TestClient({
      baseUrl: `http://127.0.0.1:${dead}`,
      maxRetries: 1,
      logger: log.logger,
      logLevel: 'debug',
    });
    const error = await client
      .request({ method: 'get', path: '/', retry: 'safe', auth: 'query' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(log.text()).toContain('key=[REDACTED]');
    scan(error, log.text());
  });

  it('not in a key given through defaultHeaders, nor in the client itself', async () => {
    const server = await startServer((req, res) =>
      json(res, 400, { error: `bad ${String(req.headers['x-api-key'])}` }),
    );
    const log = captureLogger();
    const client = new TestClient({
      apiKey: undefined,
      baseUrl: server.url,
      defaultHeaders: { 'X-Api-Key': API_KEY },
      logger: log.logger,
      logLevel: 'debug',
    });
    const error = await client
      .request({ method: 'get', path: '/', retry: 'safe', auth: null })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    scan(error, log.text());
    const keyed = new TestClient({ baseUrl: server.url });
    expect(inspect(keyed, { depth: 10 })).not.toContain(API_KEY);
    expect(JSON.stringify(keyed)).not.toContain(API_KEY);
  });

  it('a bare client without `scrubbing` still redacts credential headers by name; echoed text is scrubbed only with it', async () => {
    const server = await startServer((_req, res) =>
      json(res, 401, { error: { message: `Invalid key: ${API_KEY}` } }, { 'x-api-key': API_KEY }),
    );
    const config = { envPrefix: 'TESTAPI', authSchemes: { bearer: { type: 'bearer' } } } as const;
    const failure = async (client: BaseClient): Promise<AuthenticationError> =>
      (await client
        .request({ method: 'get', path: '/', retry: 'safe', auth: 'bearer' })
        .catch((e: unknown) => e)) as AuthenticationError;
    const bare = await failure(new BaseClient({ apiKey: API_KEY, baseUrl: server.url }, config));
    expect(bare).toBeInstanceOf(AuthenticationError);
    expect(bare.headers?.['x-api-key']).toBe('[REDACTED]');
    // The server's own words, as sent: a bare client does not look for the key inside texts.
    expect(bare.message).toBe(`401 Invalid key: ${API_KEY}`);
    expect(bare.error).toEqual({ error: { message: `Invalid key: ${API_KEY}` } });
    // The control: the same client with the plug-in the client class passes scrubs them.
    const scrubbed = await failure(
      new BaseClient(
        { apiKey: API_KEY, baseUrl: server.url },
        { ...config, scrubbing: scrubSecrets },
      ),
    );
    expect(scrubbed.message).toBe('401 Invalid key: [REDACTED]');
    expect(scrubbed.error).toEqual({ error: { message: 'Invalid key: [REDACTED]' } });
    expect(JSON.stringify(scrubbed)).not.toContain(API_KEY);
  });
});
