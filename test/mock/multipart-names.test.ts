/**
 * Part names as FormData's encoding writes them: a `"` in a property name goes as %22 (WHATWG
 * HTML, as browsers write it; the TypeScript SDK's hand-written body and httpx in the Python SDK
 * do the same). The mock reads the name back, so both SDKs' calls are accepted; a property
 * declared with a literal `%22` is kept as written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const SPEC = `openapi: 3.1.0
info: { title: Quoted names, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: forms }]
paths:
  /forms:
    post:
      operationId: send
      tags: [forms]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: ['say"hi"', naïve, file, 'n%22m']
              additionalProperties: false
              properties:
                'say"hi"': { type: string }
                naïve: { type: integer }
                # Declared with a literal %22: FormData leaves % alone, so this name is sent as written.
                'n%22m': { type: string }
                file: { type: string, format: binary }
                meta: { type: object, properties: { a: { type: string } } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-mp-names', mock: true });
}, 180_000);
afterAll(() => outputs?.close());

describe('multipart part names with a quote', () => {
  it('the TypeScript SDK escapes it as %22, and the mock reads the name back', async () => {
    const { client, sent } = await outputs.recordingClient('QuotedNames');
    const file = new File([new Uint8Array([1, 2])], 'a"b.bin');
    const answer = await client.forms.send({
      'say"hi"': 'x',
      naïve: 2,
      file,
      meta: { a: 'b' },
      'n%22m': 'v',
    });
    expect(answer).toEqual({ ok: true });
    expect(sent[0]).toContain('name="say%22hi%22"');
  });

  it('the Python SDK does the same, and the mock accepts it', async () => {
    const probe = [
      'import httpx, json, shellapi',
      'sent = []',
      'http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.read().decode())]})',
      `client = shellapi.QuotedNames(api_key="k", base_url=${JSON.stringify(outputs.mock.url)}, http_client=http, max_retries=0)`,
      'answer = client.forms.send(say_hi="x", naïve=2, file=("a\\"b.bin", b"\\x01\\x02"), meta={"a": "b"}, n_22m="v")',
      'print(json.dumps({"ok": answer.ok, "sent": sent[0]}))',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { ok: boolean; sent: string };
    expect(result.ok).toBe(true);
    expect(result.sent).toContain('name="say%22hi%22"');
  }, 120_000);
});
