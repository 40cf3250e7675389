/**
 * An untyped enum of several kinds (`enum: [1, "1", true, null]`) is a union of literals in the
 * TypeScript SDK; in Python it is one `Literal` too, in the response model and the request
 * TypedDict, so pydantic keeps `1`, `"1"` and `true` apart (base types read `1` as `1.0`).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, thingSpec, type SpecOutputs } from '../helpers/spec-outputs.js';
import { pythonTypesSource } from './helpers.js';

const SPEC = thingSpec(
  { title: 'T' },
  `    Thing:
      type: object
      properties:
        mixed: { enum: [1, "1", true, null] }
        fraction: { enum: [1.5, 1, "a"] }
`,
);

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-py-enums', generate: 'python' });
}, 120_000);
afterAll(() => outputs?.close());

describe('untyped enums of several kinds', () => {
  it('are Literal unions in the model and the TypedDict', async () => {
    const types = pythonTypesSource(path.join(outputs.out, 'python/shellapi'));
    expect(types).toContain(
      `mixed: Optional[Annotated[Literal[1, "1", True], _SameJsonType]] = Field(None)`,
    );
    expect(types).toContain(
      `fraction: Optional[Annotated[Union[Literal[1, "a"], float], _SameJsonType]] = Field(None)`,
    );
    const params = await outputs.read('python/shellapi/_params.py');
    expect(params).toContain(`"mixed": 'NotRequired[Optional[Literal[1, "1", True]]]'`);
  });

  it('keep 1, "1", true and null apart in pydantic', () => {
    const probe = [
      'import json',
      'from shellapi import types',
      'out = []',
      'for v, f in [(1, 1), ("1", "a"), (True, 1.5), (None, None)]:',
      '    m = types.Thing.model_validate({"mixed": v, "fraction": f})',
      '    out.append([type(m.mixed).__name__, m.mixed, type(m.fraction).__name__])',
      'print(json.dumps(out))',
    ].join('\n');
    const run = outputs.python(probe);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      ['int', 1, 'int'],
      ['str', '1', 'str'],
      ['bool', true, 'float'],
      ['NoneType', null, 'NoneType'],
    ]);
  }, 120_000);
});
