/**
 * A property one allOf member requires and another declares (`allOf: [{$ref: Msg}, {required:
 * [id, type], properties: {id}}]`) is a required field of the merged Python model: validation
 * rejects a value without it, as the TypeScript type and the mock do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pythonTypesSource, runPython } from './helpers.js';

const SPEC = `openapi: 3.0.3
info: { title: T, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /res:
    get:
      operationId: getRes
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/MsgRes' }
components:
  schemas:
    Msg:
      type: object
      properties:
        type: { type: string }
        role: { type: string }
    MsgRes:
      allOf:
        - $ref: '#/components/schemas/Msg'
        - required: [id, type]
          properties:
            id: { type: string }
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-allof-'));
const out = path.join(work, 'out');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  writeFileSync(path.join(work, 'openapi.yaml'), SPEC);
  const run = runCli(['generate', '--spec', path.join(work, 'openapi.yaml'), '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 120_000);

describe('allOf: required in one member, declared in another', () => {
  it('is a required field of the merged model', () => {
    const types = pythonTypesSource(path.join(out, 'python/shellapi'));
    expect(types).toMatch(/^class MsgRes\(_Model\):\n {4}type: str\n/m);
    const probe = [
      'import pydantic',
      'from shellapi import types',
      'm = types.MsgRes.model_validate({"id": "a", "type": "message"})',
      'assert m.type == "message" and m.role is None',
      'try:',
      '    types.MsgRes.model_validate({"id": "a", "role": "user"})',
      '    print("accepted")',
      'except pydantic.ValidationError as e:',
      '    print([err["loc"] for err in e.errors()])',
    ].join('\n');
    const run = runPython(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(out, 'python') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("[('type',)]");
  }, 120_000);
});
