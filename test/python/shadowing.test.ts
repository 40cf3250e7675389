/**
 * Schema names the generated Python modules already use (typing and pydantic imports, keywords
 * PascalCase can spell): the package still imports, the classes take `_` (`Field` → `Field_`)
 * and `types` and `params` export them under the spec name too (`from <pkg>.types import List` is
 * the model, `from <pkg>.params import List` the TypedDict), and the TypeScript names stay the spec's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, thingSpec, type SpecOutputs } from '../helpers/spec-outputs.js';

// Each named schema comes before another one, and `Thing` uses `Field(...)`, `List[...]` and
// `Optional[...]` after the classes that would shadow them.
const SPEC = thingSpec(
  { title: 'Names', openapi: '3.0.3' },
  `    Field:
      type: object
      properties: { name: { type: string } }
    List:
      type: object
      properties: { size: { type: integer } }
    Optional:
      type: object
      properties: { value: { type: string } }
    Any:
      type: object
      properties: { more: { type: string } }
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
        anything: { $ref: '#/components/schemas/Any' }
        tags: { type: array, items: { type: string } }
        extra: { type: object, additionalProperties: {} }
`,
);

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
      'print(sorted(n for n in ("Field_", "List_", "Optional_", "TypedDict_", "None_", "Any_") if hasattr(params, n)))',
    ].join('\n');
    const run = outputs.python(probe);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(
      "['Any_', 'Field_', 'List_', 'None_', 'Optional_', 'TypedDict_']",
    );
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
    const checked = outputs.mypy(['consumer.py']);
    expect(checked.output).toBe('');
    expect(checked.status).toBe(0);
  }, 240_000);

  it('`from <pkg>.params import List` is the TypedDict (not typing.List), at run time and for mypy', () => {
    const probe = [
      'import typing',
      'from shellapi.params import Any, List, Optional, Thing',
      'from shellapi import params',
      'assert List is params.List_ and Any is params.Any_ and Optional is params.Optional_',
      'assert List is not typing.List and Any is not typing.Any',
      'assert {"List", "Any", "Optional"} <= set(params.__all__)',
      // The TypedDicts' own annotations still read typing's names.
      'hints = typing.get_type_hints(Thing)',
      'assert hints["lists"] == typing.List[params.List_] and hints["anything"] is params.Any_',
      'assert hints["extra"] == typing.Dict[str, typing.Any]',
      'print(sorted(List.__annotations__), sorted(Any.__annotations__))',
    ].join('\n');
    const run = outputs.python(probe);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe("['size'] ['more']");
    const consumer = [
      'from shellapi.params import Any, List, Optional, Thing',
      '',
      '',
      'def thing(lists: list[List], anything: Any, optional: Optional) -> Thing:',
      '    return {"id": "t", "lists": lists, "anything": anything, "optional": optional}',
      '',
      '',
      'print(thing([{"size": 1}], {"more": "m"}, {"value": "v"}))',
      '',
    ].join('\n');
    writeFileSync(path.join(outputs.dir, 'params_consumer.py'), consumer);
    const checked = outputs.mypy(['params_consumer.py']);
    expect(checked.output).toBe('');
    expect(checked.status).toBe(0);
    // A wrong key is an error: `List` is checked as the TypedDict, not as a list.
    writeFileSync(
      path.join(outputs.dir, 'params_wrong.py'),
      'from shellapi.params import List\n\nitem: List = {"size": "one"}\n',
    );
    const wrong = outputs.mypy(['params_wrong.py']);
    expect(wrong.output).toMatch(
      /params_wrong\.py:3: error: Incompatible types \(expression has type "str", TypedDict item "size" has type "int"\)/,
    );
  }, 240_000);

  it('the TypeScript SDK keeps the spec names', async () => {
    const schema = await outputs.read('sdk/src/schema.ts');
    for (const name of ['Field', 'List', 'Optional', 'TypedDict', 'None', 'Any'])
      expect(schema).toMatch(new RegExp(`^export interface ${name} \\{`, 'm'));
  });
});
