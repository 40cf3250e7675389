/**
 * Multipart parts of a `+json` type (as `encoding.contentType` declares it; the IR marks such a
 * part `json`) are JSON text: the mock parses and validates them as JSON, as it does
 * `application/json` parts, rather than taking them for files ("must be object").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { BEARER } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Json parts, version: '1' }
paths:
  /uploads:
    post:
      operationId: upload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [meta]
              properties:
                meta: { type: object, required: [a], properties: { a: { type: string } } }
            encoding:
              meta: { contentType: application/vnd.acme+json }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { ok: { type: boolean } } } } }
`;

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-json-parts', generate: 'none', mock: true });
}, 120_000);
afterAll(async () => {
  await outputs?.close();
});

/** Posts a multipart body of text parts, each `[name, content type, text]`. */
async function post(parts: [string, string, string][]): Promise<{ status: number; body: any }> {
  const boundary = 'b0undary';
  const body = parts
    .map(
      ([name, type, text]) =>
        `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\ncontent-type: ${type}\r\n\r\n${text}\r\n`,
    )
    .join('')
    .concat(`--${boundary}--\r\n`);
  const res = await fetch(`${outputs.mock.url}/uploads`, {
    method: 'POST',
    headers: { ...BEARER, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
  return { status: res.status, body: await res.json() };
}

describe('multipart +json parts in the mock', () => {
  it('accepts a part of its declared +json type as the JSON it holds', async () => {
    const answer = await post([['meta', 'application/vnd.acme+json', '{"a":"b"}']]);
    expect(answer.status).toBe(200);
  });

  it('validates that JSON: a wrong property type is reported at its pointer', async () => {
    const answer = await post([['meta', 'application/vnd.acme+json', '{"a":1}']]);
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toMatch(/body \/meta\/a: must be string/);
  });
});
