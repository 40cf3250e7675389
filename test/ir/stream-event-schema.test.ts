/**
 * A stream whose events have no declared shape but example events: the IR infers the event
 * schema from them (once, for every output), marks it inferred and warns where the examples are.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { shapeOf } from '../../generator/ir/stream-event-schema.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /listed:
    post:
      operationId: listed
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { stream: { type: boolean } } }
      x-stream:
        requestFlag: stream
        itemSchema: {}
        examples:
          - { id: a, n: 1, delta: { text: hi }, tags: [x], done: null }
          - { id: b, n: 2.5, delta: { text: there, extra: true }, tags: [], done: false }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object } }
            text/event-stream: { schema: { type: string } }
  /sent:
    get:
      operationId: sent
      responses:
        '200':
          description: ok
          content:
            text/event-stream:
              schema: { type: string }
              example: "data: {\\"n\\": 1}\\n\\ndata: {\\"n\\": 2, \\"label\\": \\"two\\"}\\n\\ndata: [DONE]\\n\\n"
  /declared:
    get:
      operationId: declared
      responses:
        '200':
          description: ok
          content:
            text/event-stream:
              schema: { type: object, properties: { n: { type: integer } } }
  /scalars:
    post:
      operationId: scalars
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { stream: { type: boolean } } }
      x-stream: { requestFlag: stream, itemSchema: {}, examples: [hello, 2] }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { type: object } }
            text/event-stream: { schema: { type: string } }
  /text:
    get:
      operationId: text
      responses:
        '200':
          description: ok
          content:
            text/event-stream: { schema: { type: string }, example: "data: hello\\n\\n" }
`;

const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-stream-schema-'));
await writeFile(path.join(dir, 'openapi.yaml'), SPEC);
const { ir, problems } = buildIr(await loadSpec(path.join(dir, 'openapi.yaml')));
const stream = (id: string) => ir.operations.find((o) => o.operationId === id)!.stream!;

describe('an event schema inferred from example events', () => {
  it('x-stream examples with an empty itemSchema: properties typed from the values', () => {
    const s = stream('listed');
    expect(s.itemSchemaInferred).toBe(true);
    expect(s.itemSchema).toMatchObject({ kind: 'object' });
    const props = s.itemSchema.kind === 'object' ? s.itemSchema.properties : [];
    const byName = Object.fromEntries(props.map((p) => [p.name, p]));
    expect(props.map((p) => p.name)).toEqual(['id', 'n', 'delta', 'tags', 'done']);
    expect(byName.id).toMatchObject({ required: true, schema: { kind: 'string' } });
    // 1 and 2.5: a number, not an integer.
    expect(byName.n).toMatchObject({ required: true, schema: { kind: 'number' } });
    expect(byName.done).toMatchObject({ schema: { kind: 'boolean', nullable: true } });
    expect(byName.tags).toMatchObject({ schema: { kind: 'array', items: { kind: 'string' } } });
    const delta = byName.delta!.schema;
    expect(delta.kind === 'object' && delta.properties.map((p) => [p.name, p.required])).toEqual([
      ['text', true],
      ['extra', false],
    ]);
    // The examples validate against it: the mock and the docs keep the spec's events.
    expect(s.events.map((e) => e.origin)).toEqual(['spec', 'spec']);
  });

  it("a string schema's text/event-stream example: the JSON events, a field optional unless in all", () => {
    const s = stream('sent');
    expect(s.itemSchemaInferred).toBe(true);
    const props = s.itemSchema.kind === 'object' ? s.itemSchema.properties : [];
    expect(props.map((p) => [p.name, p.required, p.schema.kind])).toEqual([
      ['n', true, 'integer'],
      ['label', false, 'string'],
    ]);
  });

  it('a declared schema, text events or events that are not objects: nothing inferred', () => {
    expect(stream('declared').itemSchemaInferred).toBeUndefined();
    expect(stream('text').itemSchemaInferred).toBeUndefined();
    expect(stream('text').itemSchema.kind).toBe('string');
    // Events that are not all objects keep no shape (a string one would make them text events).
    expect(stream('scalars').itemSchemaInferred).toBeUndefined();
    expect(stream('scalars').itemSchema.kind).toBe('any');
  });

  it('one located warning per inferred stream, at its examples', () => {
    const inferred = problems.filter((p) => p.code === 'stream-schema-inferred');
    expect(inferred.map((p) => [p.severity, p.pointer])).toEqual([
      ['warning', '/paths/~1listed/post/x-stream/examples/0'],
      ['warning', '/paths/~1sent/get/responses/200/content/text~1event-stream/example'],
    ]);
    expect(inferred[0]!.message).toContain('listed');
    expect(inferred[0]!.hint).toContain('itemSchema');
    expect(problems.filter((p) => p.code !== 'stream-schema-inferred')).toEqual([]);
  });
});

describe('shapeOf', () => {
  it('mixed kinds become anyOf; null folds into the type list', () => {
    expect(shapeOf([1, 'a'])).toEqual({ anyOf: [{ type: 'integer' }, { type: 'string' }] });
    expect(shapeOf(['a', null])).toEqual({ type: ['string', 'null'] });
    expect(shapeOf([[]])).toEqual({ type: 'array' });
  });

  it('keeps a __proto__ key as a property', () => {
    const shape = shapeOf([JSON.parse('{"__proto__": 1}')]);
    expect(Object.keys(shape.properties as object)).toEqual(['__proto__']);
  });
});
