/**
 * Non-Latin property names (`価格`, `名前`) are Python identifiers: the generated model keeps them
 * as its fields (no `value` / `value_` in their place), the request method takes them as keywords,
 * and a name Python would read differently (NFKC) falls back to its ASCII letters with an alias.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { pythonTypesSource } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: T, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /items:
    post:
      operationId: createItem
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Item' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Item' }
components:
  schemas:
    Item:
      type: object
      required: [名前]
      properties:
        価格: { type: integer }
        名前: { type: string }
        ﬁle: { type: string }
`;

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-py-unicode', generate: 'python' });
}, 120_000);
afterAll(() => outputs?.close());

describe('non-Latin property names', () => {
  it('are the fields of the model and the keywords of the method', async () => {
    const types = pythonTypesSource(path.join(outputs.out, 'python/shellapi'));
    expect(types).toContain('    価格: Optional[int] = Field(None)\n');
    expect(types).toContain('    名前: str\n');
    // `ﬁle` would be read as `file` by Python (NFKC): the folded ASCII name, aliased to the wire name.
    expect(types).toContain('    file: Optional[str] = Field(None, alias="ﬁle")\n');
    const client = await outputs.read('python/shellapi/_client.py');
    expect(client).toMatch(/def create\w*\(self, \*, 名前: str, 価格: [^)]*\)/);
  });

  it('construct, parse and dump in a real Python', () => {
    const probe = [
      'import json',
      'from shellapi import types',
      'made = types.Item(名前="猫", 価格=3)',
      'parsed = types.Item.model_validate({"価格": 5, "名前": "犬", "ﬁle": "x"})',
      'print(json.dumps([made.名前, made.価格, parsed.名前, parsed.価格, parsed.file, parsed.to_dict()], ensure_ascii=False))',
    ].join('\n');
    const run = outputs.python(probe);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      '猫',
      3,
      '犬',
      5,
      'x',
      { 価格: 5, 名前: '犬', ﬁle: 'x' },
    ]);
  }, 120_000);
});
