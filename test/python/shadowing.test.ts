/**
 * Schema names the generated Python modules already use (typing and pydantic imports, keywords
 * PascalCase can spell): the package still imports, the classes take `_` (`Field` → `Field_`)
 * and `types` exports them under the spec name too (`from <pkg>.types import List` is the model),
 * and the TypeScript names stay the spec's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { mypyStrict } from './helpers.js';

// Each named schema comes before another one, and `Thing` uses `Field(...)`, `List[...]` and
// `Optional[...]` after the classes that would shadow them.
const SPEC = `openapi: 3.0.3
info: { title: Names, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /things:
    post:
      operationId: makeThing
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Thing' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
components:
  schemas:
    Field:
      type: object
      properties: { name: { type: string } }
    List:
      type: object
      properties: { size: { type: integer } }
    Optional:
      type: object
      properties: { value: { type: string } }
    TypedDict:
      type: object
      properties: { key: { type: string } }
    none:
      type: object
      properties: { why: { type: string } }
    Thing:
      type: object
      required: [id]
      properties:
        id: { type: string }
        field: { $ref: '#/components/schemas/Field' }
        lists: { type: array, items: { $ref: '#/components/schemas/List' } }
        optional: { $ref: '#/components/schemas/Optional' }
        typed: { $ref: '#/components/schemas/TypedDict' }
        nothing: { $ref: '#/components/schemas/none' }
`;

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-pyshadow' });
  expect(outputs.stderr).toBe('');
}, 120_000);
afterAll(() => outputs?.close());

describe('schemas named like what the Python modules use', () => {
  it('the package imports and its models validate, under the `_` names', () => {
    const probe = [
      'import shellapi, pydantic, sys, typing',
      'from shellapi import types, params',
      // The module defining the models still reads `Field` and `List` as pydantic's and typing's.
      'home = sys.modules[types.Thing.__module__]',
      'assert home.Field is pydantic.Field and home.List is typing.List',
      't = types.Thing.model_validate({"id": "a", "field": {"name": "n"}, "lists": [{"size": 1}], "nothing": {"why": "w"}})',
      'assert isinstance(t.field, types.Field_) and isinstance(t.lists[0], types.List_)',
      'assert isinstance(t.nothing, types.None_) and t.optional is None',
      'print(sorted(n for n in ("Field_", "List_", "Optional_", "TypedDict_", "None_") if hasattr(params, n)))',
    ].join('\n');
    const run = outputs.python(probe);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("['Field_', 'List_', 'None_', 'Optional_', 'TypedDict_']");
  }, 120_000);

  it('`from <pkg>.types import List` is the model (not typing.List), at run time and for mypy', () => {
    const probe = [
      'from shellapi.types import Field, List, Optional, List_',
      'from shellapi import types',
      'assert List is List_ and Field is types.Field_ and Optional is types.Optional_',
      'assert "List" in dir(types) and "List" in types.__all__',
      'print(List.model_validate({"size": 2}).size)',
    ].join('\n');
    const run = outputs.python(probe);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('2');
    const consumer = [
      'from typing import Optional',
      'from shellapi.types import List',
      '',
      'def size(item: List) -> Optional[int]:',
      '    return item.size',
      '',
      'print(size(List.model_validate({"size": 2})))',
      '',
    ].join('\n');
    writeFileSync(path.join(outputs.dir, 'consumer.py'), consumer);
    const checked = mypyStrict(['consumer.py'], {
      cwd: outputs.dir,
      root: path.join(outputs.out, 'python'),
    });
    expect(checked.output).toBe('');
    expect(checked.status).toBe(0);
  }, 240_000);

  it('the TypeScript SDK keeps the spec names', async () => {
    const schema = await outputs.read('sdk/src/schema.ts');
    for (const name of ['Field', 'List', 'Optional', 'TypedDict', 'None'])
      expect(schema).toMatch(new RegExp(`^export interface ${name} \\{`, 'm'));
  });
});
