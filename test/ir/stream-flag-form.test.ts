/**
 * A boolean flag in a multipart or urlencoded body is a stream switch both when inferred and when
 * declared by `x-stream` (one predicate: ir/body-kind.ts), and the docs name it as a form field.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { docsFor, text } from '../docs/helpers.js';

const spec = (media: string, extension: string) => `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /transcribe:
    post:
      operationId: transcribe
${extension}
      requestBody:
        content:
          ${media}:
            schema: { type: object, properties: { model: { type: string }, stream: { type: boolean } } }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object } }
            text/event-stream: { schema: { type: object, properties: { delta: { type: string } } } }
`;

async function docs(media: string, extension: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-form-flag-'));
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(file, spec(media, extension));
  const { ir, files } = await docsFor(file);
  const page = files.find((f) => f.path.endsWith('.md') && text(f).includes('### Streaming'));
  return { stream: ir.operations[0]!.stream, page: page && text(page) };
}

const declared = '      x-stream: { requestFlag: stream, itemSchema: { type: object } }';

describe('a stream flag sent as a form field', () => {
  for (const media of ['multipart/form-data', 'application/x-www-form-urlencoded'])
    for (const [how, extension] of [
      ['declared by x-stream', declared],
      ['inferred', ''],
    ] as const)
      it(`${media}, ${how}: switches the stream, and the docs say the form field`, async () => {
        const { stream, page } = await docs(media, extension);
        expect(stream?.requestFlag).toBe('stream');
        expect(page).toContain('Send the form field `stream=true` and the 200 response becomes');
        expect(page).not.toContain('"stream": true');
      });

  it('a JSON body keeps the JSON spelling', async () => {
    const { page } = await docs('application/json', declared);
    expect(page).toContain('Send `"stream": true` and the 200 response becomes');
  });
});
