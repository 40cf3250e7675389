/** The IR infers a stream from a `text/event-stream` success response that has no `x-stream`. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const sse = (schema: string) =>
  `{ description: ok, content: { text/event-stream: { schema: ${schema} } } }`;
const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /objects: { get: { operationId: objects, responses: { '200': ${sse('{ $ref: "#/components/schemas/Tick" }')} } } }
  /text: { get: { operationId: text, responses: { '200': ${sse('{ type: string }')} } } }
  /whole: { get: { operationId: whole, responses: { '200': { description: ok, content: { text/event-stream: { schema: { type: string }, example: "data: {\\"n\\": 1}\\n\\ndata: [DONE]\\n\\n" } } } } } }
  /bare: { get: { operationId: bare, responses: { '200': { description: ok, content: { text/event-stream: {} } } } } }
  /item:
    get:
      operationId: item
      responses:
        '200':
          description: ok
          content:
            text/event-stream:
              itemSchema:
                type: object
                properties:
                  event: { type: string }
                  data: { type: string, contentMediaType: application/json, contentSchema: { $ref: '#/components/schemas/Tick' } }
  /toggle:
    post:
      operationId: toggle
      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Ask' } } } }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object } }
            text/event-stream: { schema: { $ref: '#/components/schemas/Tick' } }
  /upload:
    post:
      operationId: upload
      requestBody: { content: { multipart/form-data: { schema: { $ref: '#/components/schemas/Ask' } } } }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object } }
            text/event-stream: { schema: { $ref: '#/components/schemas/Tick' } }
  /form:
    post:
      operationId: form
      requestBody: { content: { application/x-www-form-urlencoded: { schema: { type: object, properties: { stream: { type: boolean, default: true } } } } } }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object } }
            text/event-stream: { schema: { $ref: '#/components/schemas/Tick' } }
  /half:
    post:
      operationId: half
      requestBody:
        content:
          multipart/form-data: { schema: { type: object, properties: { q: { type: string } } } }
          application/json: { schema: { $ref: '#/components/schemas/Ask' } }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object } }
            text/event-stream: { schema: { $ref: '#/components/schemas/Tick' } }
  /unclear:
    post:
      operationId: unclear
      requestBody: { content: { application/json: { schema: { type: object, properties: { q: { type: string } } } } } }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object } }
            text/event-stream: { schema: { $ref: '#/components/schemas/Tick' } }
components:
  schemas:
    Tick: { type: object, properties: { n: { type: integer } } }
    Ask: { allOf: [{ type: object, properties: { stream: { anyOf: [{ type: boolean }, { type: 'null' }] } } }] }
`;

async function irOfText(yaml: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-sse-'));
  await writeFile(path.join(dir, 'openapi.yaml'), yaml);
  return buildIr(await loadSpec(path.join(dir, 'openapi.yaml')));
}

const { ir, problems } = await irOfText(SPEC);
const stream = (id: string) => ir.operations.find((o) => o.operationId === id)!.stream;

describe('stream inference', () => {
  it('an only-SSE success response always streams; its schema is the event payload', () => {
    expect(stream('objects')).toMatchObject({
      inferred: true,
      status: '200',
      mediaType: 'text/event-stream',
      itemSchema: { kind: 'ref', name: 'Tick' },
    });
    expect(stream('objects')!.requestFlag).toBeUndefined();
    // The generated event the mock streams and the docs show.
    expect(stream('objects')!.events.length).toBe(1);
  });

  it('a string schema is text events, unless its example shows JSON payloads (the whole text)', () => {
    expect(stream('text')).toMatchObject({ itemSchema: { kind: 'string' }, text: true });
    // Its shape comes from the example's events (ir/stream-event-schema.ts).
    expect(stream('whole')!.itemSchema.kind).toBe('object');
    expect(stream('whole')!.text).toBeUndefined();
    expect(stream('bare')!.itemSchema.kind).toBe('any');
    expect(stream('bare')!.text).toBeUndefined();
  });

  it("reads OpenAPI 3.2's itemSchema: the data property's contentSchema", () => {
    expect(stream('item')!.itemSchema).toMatchObject({ kind: 'ref', name: 'Tick' });
  });

  it('JSON beside SSE: a boolean `stream` body property is the switch', () => {
    expect(stream('toggle')).toMatchObject({ requestFlag: 'stream', inferred: true });
  });

  it('the same switch in a multipart or urlencoded body (its default read too)', () => {
    expect(stream('upload')).toMatchObject({ requestFlag: 'stream', inferred: true });
    expect(stream('upload')!.flagDefaultOn).toBeUndefined();
    expect(stream('form')).toMatchObject({ requestFlag: 'stream', flagDefaultOn: true });
  });

  it('JSON beside SSE with no switch: a warning naming the operation, and no stream', () => {
    expect(stream('unclear')).toBeUndefined();
    // A body the request may be sent as without the switch leaves it unclear too.
    expect(stream('half')).toBeUndefined();
    const undeclared = problems.filter((p) => p.code !== 'stream-schema-inferred');
    expect(undeclared.map((p) => p.code)).toEqual(['stream-undeclared', 'stream-undeclared']);
    expect(undeclared.every((p) => p.severity === 'warning')).toBe(true);
    expect(undeclared.map((p) => p.message).join('\n')).toMatch(/half[^]*unclear/);
    expect(undeclared[0]!.hint).toContain('x-stream');
  });
});
