/**
 * A `multipart/mixed` request body (any multipart type beside form-data): both SDKs send the type
 * the spec declares, in the same boundary format, so the mock (which checks the Content-Type
 * against the declared one) accepts the call instead of answering 415 to `multipart/form-data`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const SPEC = `openapi: 3.1.0
info: { title: Mixed parts, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: batches }]
paths:
  /batches:
    post:
      operationId: sendBatch
      tags: [batches]
      requestBody:
        required: true
        content:
          multipart/mixed:
            schema:
              type: object
              required: [title]
              properties:
                title: { type: string }
                meta: { type: object, properties: { n: { type: integer } } }
                doc: { type: string, format: binary }
      responses:
        '201':
          description: created
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-mp-mixed', mock: true });
}, 180_000);
afterAll(() => outputs?.close());

describe('a multipart/mixed request body', () => {
  it('the TypeScript SDK sends multipart/mixed, with or without a file, and the mock accepts it', async () => {
    const sdk = await outputs.importTs();
    const sent: { type: string | null; body: string }[] = [];
    const client = new sdk.MixedParts({
      apiKey: 'k',
      baseUrl: outputs.mock.url,
      maxRetries: 0,
      fetch: async (url: string, init: RequestInit) => {
        const type = new Headers(init.headers).get('content-type');
        sent.push({ type, body: await new Response(init.body).text() });
        return fetch(url, init);
      },
    });
    expect(await client.batches.sendBatch({ title: 't' })).toEqual({ ok: true });
    const doc = new File(['hello'], 'a.txt', { type: 'text/plain' });
    expect(await client.batches.sendBatch({ title: 't', meta: { n: 1 }, doc })).toEqual({
      ok: true,
    });
    for (const one of sent) expect(one.type).toMatch(/^multipart\/mixed; boundary=\S+$/);
    expect(sent[1]!.body).toContain('name="doc"; filename="a.txt"');
  });

  it('the Python SDK sends the same, and the mock accepts it', async () => {
    const probe = [
      'import httpx, json, shellapi',
      'sent = []',
      'http = httpx.Client(event_hooks={"request": [lambda r: sent.append([r.headers["content-type"], r.read().decode()])]})',
      `client = shellapi.MixedParts(api_key="k", base_url=${JSON.stringify(outputs.mock.url)}, http_client=http, max_retries=0)`,
      'a = client.batches.send_batch(title="t")',
      'b = client.batches.send_batch(title="t", meta={"n": 1}, doc=("a.txt", b"hello"))',
      'print(json.dumps({"ok": [a.ok, b.ok], "sent": sent}))',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { ok: boolean[]; sent: [string, string][] };
    expect(result.ok).toEqual([true, true]);
    for (const [type] of result.sent) expect(type).toMatch(/^multipart\/mixed; boundary=\S+$/);
    expect(result.sent[1]![1]).toContain('name="doc"; filename="a.txt"');
  }, 120_000);
});
