/**
 * The docs samples send as files exactly the IR's file parts (ir/file-parts.ts, read through
 * `fileFieldsOf`), the parts the SDKs upload and the mock reads: a multipart binary field is a
 * file, a urlencoded one is text, so no sample asks for a local file it never sends.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildSamples, sampleInputFiles } from '../../generator/emit/docs/samples.js';
import { fileFieldsOf } from '../../generator/emit/surface/plan.js';
import { irFor } from './helpers.js';

const body = (media: string) => `
      requestBody:
        required: true
        content:
          ${media}:
            schema:
              type: object
              required: [image, note]
              properties:
                image: { type: string, format: binary }
                note: { type: string }
            example: { image: abc, note: hi }
      responses:
        '204': { description: ok }`;

const SPEC = `openapi: 3.1.0
info: { title: Files, version: '1' }
paths:
  /multipart:
    post:
      operationId: sendMultipart${body('multipart/form-data')}
  /form:
    post:
      operationId: sendForm${body('application/x-www-form-urlencoded')}
`;

it('samples read a local file for the IR file parts only', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sample-files-'));
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(file, SPEC);
  const ir = await irFor(file);
  for (const op of ir.operations) {
    const content = op.requestBody!.contents[0]!;
    const files = fileFieldsOf(ir, content).map((f) => f.name);
    expect(files, op.operationId).toEqual(content.kind === 'multipart' ? ['image'] : []);
    expect(sampleInputFiles(ir, op).length, op.operationId).toBe(files.length);
  }
  const multipart = ir.operations.find((o) => o.operationId === 'sendMultipart')!;
  expect(buildSamples(ir, multipart).curl).toMatch(/-F 'image=@/);
});
