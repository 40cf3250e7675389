/**
 * Multipart uploads of a spec we did not write: every openai.yaml operation with a
 * multipart/form-data body, sent the way clients send files — plain `filename="…"`, the RFC 5987
 * `filename*=UTF-8''…` form some clients add for non-ASCII names (Node 20's own
 * `Request.formData()` refuses those, which is why the mock uses @remix-run/multipart-parser),
 * and the platform's own FormData encoding — each answered 2xx; broken framings answered 400 with where.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import type { JsonValue, MockOperation, MockRouteTable } from '../../templates/mock/types.js';
import { irOf } from './helpers.js';

const OPENAI = new URL('../../../shared/specs/openai.yaml', import.meta.url).pathname;

let table: MockRouteTable;
let mock: MockServer;
beforeAll(async () => {
  table = createMockRoutes(await irOf(OPENAI));
  mock = await startMockServer({ routes: table, clock: 'manual' });
}, 120_000);
afterAll(async () => {
  await mock?.close();
});

type Field = { name: string; text: string } | { name: string; file: string };

/** The operation's form fields from the IR's example; binary-typed properties become files. */
function fields(op: MockOperation): Field[] {
  const content = op.requestBody!.contents.find((c) => c.kind === 'multipart')!;
  const ref = (content.schema as { $ref?: string }).$ref?.replace('#/$defs/', '');
  const schema = (ref ? table.schemas[ref] : content.schema) as {
    properties?: Record<string, unknown>;
  };
  const example = (content.examples[0]?.value ?? {}) as Record<string, JsonValue>;
  const out: Field[] = [];
  for (const [name, value] of Object.entries(example)) {
    const binary = JSON.stringify(schema.properties?.[name] ?? {}).includes('"format":"binary"');
    for (const item of Array.isArray(value) ? value : [value]) {
      if (binary && (item === null || typeof item !== 'object'))
        out.push({ name, file: `données-${name}.bin` });
      else out.push({ name, text: typeof item === 'string' ? item : JSON.stringify(item) });
    }
  }
  return out;
}

function encode(boundary: string, parts: Field[], star: boolean): string {
  const chunks: string[] = [];
  for (const part of parts) {
    chunks.push(`--${boundary}\r\n`);
    if ('text' in part)
      chunks.push(`Content-Disposition: form-data; name="${part.name}"\r\n\r\n${part.text}\r\n`);
    else {
      const filename = star
        ? `filename*=UTF-8''${encodeURIComponent(part.file)}`
        : `filename="${part.file}"`;
      chunks.push(
        `Content-Disposition: form-data; name="${part.name}"; ${filename}\r\n` +
          'Content-Type: application/octet-stream\r\n\r\nRIFF0000WAVE\r\n',
      );
    }
  }
  chunks.push(`--${boundary}--\r\n`);
  return chunks.join('');
}

function url(op: MockOperation): string {
  return `${mock.url}${op.path.replace(/\{[^}]+\}/g, 'x_123')}`;
}

const multipartOps = (): MockOperation[] =>
  table.operations.filter((op) => op.requestBody?.contents.some((c) => c.kind === 'multipart'));

describe('openai.yaml multipart operations', () => {
  it('has the uploads this test is about', () => {
    expect(multipartOps().map((op) => op.operationId)).toEqual(
      expect.arrayContaining([
        'createFile',
        'createTranscription',
        'createTranslation',
        'createImageEdit',
        'createImageVariation',
        'addUploadPart',
      ]),
    );
  });

  it.each([
    ['filename="…"', false],
    ["filename*=UTF-8''… (RFC 5987)", true],
  ])('each is answered 2xx with file parts named by %s', async (_label, star) => {
    const answers: string[] = [];
    for (const op of multipartOps()) {
      const response = await fetch(url(op), {
        method: op.method.toUpperCase(),
        headers: {
          authorization: 'Bearer sk-test',
          'content-type': 'multipart/form-data; boundary=mock-boundary',
        },
        body: encode('mock-boundary', fields(op), star),
      });
      answers.push(
        `${op.operationId} ${response.status} ${response.ok ? '' : await response.text()}`,
      );
    }
    expect(answers.filter((a) => !/ 2\d\d $/.test(a))).toEqual([]);
  });

  it("each is answered 2xx as the platform's FormData encodes it", async () => {
    const failures: string[] = [];
    for (const op of multipartOps()) {
      const form = new FormData();
      for (const field of fields(op)) {
        if ('text' in field) form.append(field.name, field.text);
        else form.append(field.name, new Blob(['RIFF0000WAVE']), field.file);
      }
      const response = await fetch(url(op), {
        method: op.method.toUpperCase(),
        headers: { authorization: 'Bearer sk-test' },
        body: form,
      });
      if (!response.ok)
        failures.push(`${op.operationId} ${response.status} ${await response.text()}`);
    }
    expect(failures).toEqual([]);
  });

  it('broken framing is a 400 saying what is wrong', async () => {
    const op = table.operations.find((o) => o.operationId === 'createFile')!;
    const whole = encode('b', fields(op), true);
    for (const [body, contentType, says] of [
      [whole.replace(/--b--\r\n$/, ''), 'multipart/form-data; boundary=b', 'not closed'],
      [whole, 'multipart/form-data', 'without a boundary'],
      [
        whole.replace(/ name="purpose"/, ''),
        'multipart/form-data; boundary=b',
        'no Content-Disposition name',
      ],
    ] as const) {
      const response = await fetch(url(op), {
        method: 'POST',
        headers: { authorization: 'Bearer sk-test', 'content-type': contentType },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(says);
    }
  });
});
