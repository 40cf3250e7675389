/**
 * Spec names the Python SDK's own names could shadow, or be shadowed by: schemas named like what the
 * modules import (`Annotated`, `Field`) or like pydantic's and the runtime's classes (`BaseModel`,
 * `Model`, `Stream`, `RequestOptions`, `Path`), parameters and properties named like the methods'
 * own arguments and globals (`self`, `request_options`, `cast`, `types`, `params`, `timeout`,
 * `options`) or like keywords (`from`, `class`), methods named `types` and `params`. Generated,
 * imported, called against the generated mock (sync and async, every argument on the wire under
 * its own name) and checked by `mypy --strict`. A resource spelt like a Python client member
 * (`close`) is a located name-clash, as one spelt like a TypeScript client member is.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON_CLIENT_MEMBERS } from '../../generator/ir/runtime-names.js';
import { snakeCase } from '../../generator/emit/surface/python-naming.js';
import type { MethodPlan } from '../../generator/emit/surface/python-plan.js';
import { runCli } from '../helpers/cli.js';
import { jsonBodyAndAnswer, specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { irOf } from '../mock/helpers.js';
import { pythonPlans } from './helpers.js';

const QUERY = [
  'options',
  'timeout',
  'request_options',
  'from',
  'cast',
  'types',
  'params',
  'path',
  'query',
  'headers',
  'body',
  'os',
];

const SPEC = `openapi: 3.1.0
info: { title: Sweep, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: things }]
paths:
  /things/{self}:
    post:
      operationId: makeThing
      tags: [things]
      parameters:
        - { name: self, in: path, required: true, schema: { type: string } }
${QUERY.map((q) => `        - { name: ${q}, in: query, schema: { type: ${q === 'timeout' ? 'number' : 'string'} } }`).join('\n')}
${jsonBodyAndAnswer('Thing', { required: true })}
  /things:
    get:
      operationId: types
      tags: [things]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/BaseModel' }
  /things/params:
    get:
      operationId: params
      tags: [things]
      parameters:
        - { name: class, in: query, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Annotated' }
components:
  schemas:
    BaseModel:
      type: object
      required: [name]
      properties: { name: { type: string } }
    Field:
      type: object
      properties: { name: { type: string } }
    datetime:
      type: object
      properties: { at: { type: string } }
    Annotated:
      type: object
      required: [note]
      properties: { note: { type: string } }
    Model:
      type: object
      properties: { model: { type: string } }
    Path:
      type: object
      properties: { p: { type: string } }
    Stream:
      type: object
      properties: { s: { type: string } }
    RequestOptions:
      type: object
      properties: { r: { type: string } }
    Thing:
      type: object
      required: [id, kinds]
      properties:
        id: { type: string }
        from: { type: string }
        class: { type: string }
        self: { type: string }
        model_config: { type: string }
        copy: { type: string }
        json: { type: string }
        _private: { type: string }
        stream: { type: string }
        base: { $ref: '#/components/schemas/BaseModel' }
        field: { $ref: '#/components/schemas/Field' }
        when: { $ref: '#/components/schemas/datetime' }
        note: { $ref: '#/components/schemas/Annotated' }
        model: { $ref: '#/components/schemas/Model' }
        path: { $ref: '#/components/schemas/Path' }
        ro: { $ref: '#/components/schemas/RequestOptions' }
        kinds: { type: array, minItems: 1, items: { enum: [1, "1", true] } }
`;

/** The value sent for each body property, by wire name (Python literals). */
const BODY: Record<string, string> = {
  id: '"t1"',
  from: '"f"',
  class: '"c"',
  self: '"s"',
  model_config: '"mc"',
  copy: '"cp"',
  json: '"js"',
  _private: '"pv"',
  stream: '"st"',
  base: '{"name": "b"}',
  field: '{"name": "fi"}',
  when: '{"at": "now"}',
  note: '{"note": "n"}',
  model: '{"model": "m"}',
  path: '{"p": "pa"}',
  ro: '{"r": "r"}',
  kinds: '[1, "1", True]',
};
const queryValue = (wire: string): string => (wire === 'timeout' ? '1.5' : `"q-${wire}"`);

let outputs: SpecOutputs;
let make: MethodPlan;
let params: MethodPlan;
let typesPlan: MethodPlan;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-py-reserved', mock: true });
  expect(outputs.stderr).toBe('');
  const plans = pythonPlans(await irOf(outputs.spec));
  make = plans.get('makeThing')!;
  params = plans.get('params')!;
  typesPlan = plans.get('types')!;
}, 120_000);
afterAll(() => outputs?.close());

/** The consumer's calls, each argument under the name the emitter gave it (sync, then async). */
function consumer(): string {
  const args = make.args
    .filter((a) => a.where !== 'path')
    .map((a) => `${a.name}=${a.where === 'query' ? queryValue(a.wire) : BODY[a.wire]!}`);
  expect(args).toHaveLength(QUERY.length + Object.keys(BODY).length);
  const classArg = params.args.find((a) => a.wire === 'class')!.name;
  return `import asyncio
import json
import sys
from typing import Any, List

import httpx

from shellapi import AsyncSweep, Sweep, types
from shellapi.types import Annotated, BaseModel, Field, Model, Path, RequestOptions, Stream, Thing

sent: List[Any] = []


def record(request: httpx.Request) -> None:
    sent.append({"url": str(request.url), "body": json.loads(request.content) if request.content else None})


async def arecord(request: httpx.Request) -> None:
    record(request)


def run(url: str) -> List[str]:
    client = Sweep(base_url=url, api_key="k", max_retries=0, http_client=httpx.Client(event_hooks={"request": [record]}))
    thing: Thing = client.things.${make.method}("s/1", ${args.join(', ')}, request_options={"timeout": 30})
    base: BaseModel = client.things.${typesPlan.method}()
    note: Annotated = client.things.${params.method}(${classArg}="c")
    client.close()
    return [type(thing).__name__, type(base).__name__, type(note).__name__, type(thing.kinds[0]).__name__]


async def arun(url: str) -> List[str]:
    client = AsyncSweep(base_url=url, api_key="k", max_retries=0, http_client=httpx.AsyncClient(event_hooks={"request": [arecord]}))
    thing = await client.things.${make.method}("s/1", ${args.join(', ')})
    base = await client.things.${typesPlan.method}()
    await client.close()
    return [type(thing).__name__, type(base).__name__]


models: List[type] = [Field, Model, Path, RequestOptions, Stream]
print(json.dumps({"sync": run(sys.argv[1]), "async": asyncio.run(arun(sys.argv[1])), "sent": sent, "models": [m.__name__ for m in models], "types": types.__name__}))
`;
}

describe('names the Python SDK could shadow or be shadowed by', () => {
  it('the package imports; schema-named classes are the generated ones in types and params', () => {
    const probe = [
      'import typing, typing_extensions, pydantic, sys',
      'from shellapi import types, params',
      'from shellapi.types import Annotated, BaseModel, Field, Model, Path, Stream, RequestOptions',
      'from shellapi.params import Annotated as PAnnotated, Field as PField',
      'assert Annotated is types.Annotated_ and Field is types.Field_ and PAnnotated is params.Annotated_ and PField is params.Field_',
      'assert issubclass(Annotated, pydantic.BaseModel) and BaseModel is not pydantic.BaseModel',
      'home = sys.modules[types.Thing.__module__]',
      'assert home.Annotated is typing_extensions.Annotated and home.Field is pydantic.Field',
      't = types.Thing.model_validate({"id": "a", "kinds": [1, "1", True], "note": {"note": "n"}, "from": "f", "class": "c", "_private": "p"})',
      'print([type(k).__name__ for k in t.kinds], type(t.note).__name__, t.from_, t.class_, t.private)',
      'print(sorted(typing.get_type_hints(params.Thing)) == sorted(params.Thing.__annotations__))',
    ].join('\n');
    const run = outputs.python(probe);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([
      "['int', 'str', 'bool'] Annotated_ f c p",
      'True',
    ]);
  }, 120_000);

  it('every argument reaches the mock under its wire name (sync and async), the answers parse', async () => {
    writeFileSync(path.join(outputs.dir, 'consumer.py'), consumer());
    const run = await outputs.pythonAsync(
      `import runpy, sys; sys.argv = ["consumer.py", ${JSON.stringify(outputs.mock.url)}]; runpy.run_path("consumer.py", run_name="__main__")`,
    );
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as {
      sync: string[];
      async: string[];
      sent: { url: string; body: Record<string, unknown> | null }[];
      models: string[];
      types: string;
    };
    expect(result.sync).toEqual(['Thing', 'BaseModel', 'Annotated_', 'int']);
    expect(result.async).toEqual(['Thing', 'BaseModel']);
    expect(result.models).toEqual(['Field_', 'Model', 'Path', 'RequestOptions', 'Stream']);
    expect(result.types).toBe('shellapi.types');
    const made = result.sent.filter((s) => s.url.includes('/things/s%2F1'));
    expect(made).toHaveLength(2);
    for (const sent of made) {
      const url = new URL(sent.url);
      expect(url.pathname).toBe('/things/s%2F1');
      expect([...url.searchParams.keys()].sort()).toEqual([...QUERY].sort());
      for (const q of QUERY)
        expect(url.searchParams.get(q)).toBe(q === 'timeout' ? '1.5' : `q-${q}`);
      expect(sent.body).toEqual({
        id: 't1',
        from: 'f',
        class: 'c',
        self: 's',
        model_config: 'mc',
        copy: 'cp',
        json: 'js',
        _private: 'pv',
        stream: 'st',
        base: { name: 'b' },
        field: { name: 'fi' },
        when: { at: 'now' },
        note: { note: 'n' },
        model: { model: 'm' },
        path: { p: 'pa' },
        ro: { r: 'r' },
        kinds: [1, '1', true],
      });
    }
    expect(new URL(result.sent[2]!.url).searchParams.get('class')).toBe('c');
  }, 120_000);

  it('mypy --strict passes on the package and the consumer', () => {
    writeFileSync(path.join(outputs.dir, 'consumer.py'), consumer());
    const checked = outputs.mypy(['consumer.py', 'out/python/shellapi']);
    expect(checked.output).toBe('');
    expect(checked.status).toBe(0);
  }, 240_000);
});

describe('a root resource spelt like a Python client member', () => {
  const closing = SPEC.replace(
    'tags: [{ name: things }]',
    'tags: [{ name: things }, { name: close }]',
  ).replace(
    '  /things:\n    get:\n      operationId: types\n      tags: [things]',
    '  /things:\n    get:\n      operationId: types\n      tags: [close]',
  );

  it('is a located name-clash naming the operation (the client would lose `close()`)', async () => {
    const spec = path.join(outputs.dir, 'closing.yaml');
    writeFileSync(spec, closing);
    const run = runCli([
      'generate',
      '--spec',
      spec,
      '--out',
      path.join(outputs.dir, 'closing'),
      '--only',
      'python',
    ]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(
      /closing\.yaml:\d+:\d+ error name-clash at \/paths\/~1things\/get\/operationId: resource \(root\): Python member close of resource close clashes with the Python client; rename it with x-sdk-name/,
    );
  });

  it("the list of members is the Python clients' public members", () => {
    const probe = [
      'import asyncio, json',
      'from shellapi import Sweep, AsyncSweep',
      'c, a = Sweep(base_url="http://127.0.0.1:1"), AsyncSweep(base_url="http://127.0.0.1:1")',
      'resources = {"things"}',
      'print(json.dumps([sorted(n for n in dir(x) if not n.startswith("_") and n not in resources) for x in (c, a)]))',
    ].join('\n');
    const run = outputs.python(probe);
    expect(run.stderr).toBe('');
    const members = [...PYTHON_CLIENT_MEMBERS].map(snakeCase).sort();
    expect(JSON.parse(run.stdout)).toEqual([members, members]);
  }, 120_000);
});

describe('operation ids of one snake_case spelling', () => {
  const TWINS = `openapi: 3.1.0
info: { title: Twins, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: pets }, { name: dogs }]
paths:
  /a:
    get:
      operationId: getPet
      tags: [pets]
      responses: { '204': { description: ok } }
  /b:
    get:
      operationId: get_pet
      tags: [dogs]
      responses: { '204': { description: ok } }
`;

  it('each method sends its own request', async () => {
    const twins = await specOutputs(TWINS, {
      name: 'shellapi-py-twins',
      generate: 'python',
      mock: true,
    });
    try {
      const run = await twins.pythonAsync(
        [
          'import httpx',
          'from shellapi import Twins',
          'seen = []',
          `client = Twins(base_url=${JSON.stringify(twins.mock.url)}, http_client=httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]}))`,
          'client.pets.get_pet()',
          'client.dogs.get_pet()',
          'print(seen)',
        ].join('\n'),
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe("['/a', '/b']");
    } finally {
      await twins.close();
    }
  }, 120_000);
});
