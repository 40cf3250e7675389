/**
 * An allOf member may require a property that another member declares (`allOf: [{$ref: Msg},
 * {required: [id, type], properties: {id}}]`): the composed schema requires `type`. The IR keeps
 * that requirement (the requiring member gains the property), so the TypeScript type makes it
 * required, the docs say "yes", and the generated example (what the mock answers) has it and
 * validates with Ajv against the schema as the spec writes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import Ajv2020 from 'ajv/dist/2020.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr, SchemaIr } from '../../generator/ir/types.js';
import { runCli } from '../helpers/cli.js';

const SPEC = `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /res:
    get:
      operationId: listRes
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data:
                    type: array
                    items:
                      type: object
                      required: [message]
                      properties:
                        message: { $ref: '#/components/schemas/MsgRes' }
    post:
      operationId: sendRes
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/MsgRes' }
      responses:
        '204':
          description: done
  /own:
    get:
      operationId: getOwn
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/MsgOwn' }
components:
  schemas:
    Msg:
      type: object
      properties:
        type: { type: string, enum: [message] }
        role: { type: string }
        note: { type: string }
    MsgRes:
      allOf:
        - $ref: '#/components/schemas/Msg'
        - required: [id, type]
          properties:
            id: { type: string }
    MsgOwn:
      allOf:
        - $ref: '#/components/schemas/Msg'
      required: [role]
    MsgBare:
      allOf:
        - $ref: '#/components/schemas/Msg'
        - required: [note]
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-allof-required-'));
const specFile = path.join(work, 'openapi.yaml');
const out = path.join(work, 'out');
let ir: ApiIr;
let document: Record<string, unknown>;
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  writeFileSync(specFile, SPEC);
  const loaded = await loadSpec(specFile);
  document = loaded.document as Record<string, unknown>;
  ir = buildIr(loaded).ir;
  const run = runCli(['generate', '--spec', specFile, '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 120_000);

/** Ajv over the spec's own components: the composed schema as written, not as the IR reads it. */
function specCheck(doc: Record<string, unknown>, name: string): (value: unknown) => string[] {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'spec', components: doc.components as object });
  const validate = ajv.compile({ $ref: `spec#/components/schemas/${name}` });
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function responseExample(operationId: string): unknown {
  const op = ir.operations.find((o) => o.operationId === operationId)!;
  return op.responses[0]!.contents[0]!.example!.value;
}

const requiredOf = (s: SchemaIr): string[] =>
  s.kind === 'object' ? s.properties.filter((p) => p.required).map((p) => p.name) : [];

describe('a property one allOf member requires and another declares', () => {
  it('is required in the IR of the requiring member, with the declaring schema', () => {
    const res = ir.schemas.find((s) => s.name === 'MsgRes')!.schema;
    expect(res.kind).toBe('intersection');
    const parts = (res as SchemaIr & { kind: 'intersection' }).parts;
    expect(requiredOf(parts[1]!)).toEqual(['id', 'type']);
    const type = (parts[1] as SchemaIr & { kind: 'object' }).properties[1]!.schema;
    expect(type).toMatchObject({ kind: 'string', enum: ['message'] });
    // The schema's own `required` beside allOf makes its own part.
    const own = ir.schemas.find((s) => s.name === 'MsgOwn')!.schema;
    expect(own.kind).toBe('intersection');
    expect(requiredOf((own as SchemaIr & { kind: 'intersection' }).parts[0]!)).toEqual(['role']);
    // A member that is nothing but `required` is such a part too.
    const bare = ir.schemas.find((s) => s.name === 'MsgBare')!.schema;
    expect(requiredOf((bare as SchemaIr & { kind: 'intersection' }).parts[1]!)).toEqual(['note']);
  });

  it('is required in the TypeScript type (tsc rejects a value without it)', () => {
    const schema = readFileSync(path.join(out, 'sdk/src/schema.ts'), 'utf8');
    expect(schema).toContain("export type MsgRes = Msg & {\n  id: string;\n  type: 'message';\n};");
    const probe = path.join(out, 'sdk/src/probe.ts');
    writeFileSync(
      probe,
      [
        "import type { MsgBare, MsgOwn, MsgRes } from './schema.js';",
        "export const ok: MsgRes = { id: 'a', type: 'message' };",
        "export const own: MsgOwn = { role: 'user' };",
        '// @ts-expect-error `type` is required',
        "export const noType: MsgRes = { id: 'a' };",
        '// @ts-expect-error `role` is required',
        'export const noRole: MsgOwn = {};',
        "export const bare: MsgBare = { note: 'n' };",
        '// @ts-expect-error `note` is required',
        'export const noNote: MsgBare = {};',
      ].join('\n'),
    );
    const program = ts.createProgram([probe], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  });

  it('is "required: yes" in the docs', () => {
    const md = readFileSync(path.join(out, 'docs/markdown/schemas/MsgRes.md'), 'utf8');
    expect(md).toMatch(/^\| `type` \| .* \| yes \|/m);
    const own = readFileSync(path.join(out, 'docs/markdown/schemas/MsgOwn.md'), 'utf8');
    expect(own).toMatch(/^\| `role` \| .* \| yes \|/m);
  });

  it('is in the generated examples, which validate against the schema as written', () => {
    // Deep in a response and in a request body, examples show only required properties.
    const deep = (responseExample('listRes') as { data: { message: unknown }[] }).data[0]!.message;
    const op = ir.operations.find((o) => o.operationId === 'sendRes')!;
    const sent = op.requestBody!.contents[0]!.example!.value;
    const check = specCheck(document, 'MsgRes');
    expect(check({ id: 'a' })).not.toEqual([]);
    for (const value of [deep, sent]) {
      expect(value).toMatchObject({ type: 'message', id: expect.any(String) });
      expect(check(value)).toEqual([]);
    }
    const own = responseExample('getOwn');
    expect(own).toMatchObject({ role: expect.any(String) });
    expect(specCheck(document, 'MsgOwn')(own)).toEqual([]);
  });
});
