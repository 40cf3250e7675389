/**
 * The Python SDK's `types` package is split by the resources using each model (type-modules.ts):
 * a model only `client.pets` uses sits in `_pets.py`, one both resources use in a shared module,
 * the models no operation reaches in modules of their own; a recursive model stays in one module.
 * Touching a model loads its module and the ones it imports, nothing else; every name imports
 * from `types` in a fresh interpreter, and mypy --strict passes on the package.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { mypyStrict, runPython } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Zoo, version: '1', x-package-name: zoo }
tags: [{ name: pets }, { name: stores }]
paths:
  /pets:
    get:
      operationId: getPet
      tags: [pets]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
  /stores:
    get:
      operationId: getStore
      tags: [stores]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Store' } } } }
components:
  schemas:
    Pet:
      type: object
      properties:
        label: { $ref: '#/components/schemas/Label' }
        family: { $ref: '#/components/schemas/Node' }
    Node:
      type: object
      properties:
        name: { type: string }
        children: { type: array, items: { $ref: '#/components/schemas/Node' } }
    Store:
      type: object
      properties:
        label: { $ref: '#/components/schemas/Label' }
    Label:
      type: object
      properties: { text: { type: string } }
    Event:
      type: object
      properties:
        payload: { $ref: '#/components/schemas/EventPayload' }
        label: { $ref: '#/components/schemas/Label' }
    EventPayload:
      type: object
      properties: { data: { type: string } }
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-type-modules-'));
const root = path.join(work, 'out', 'python');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  writeFileSync(path.join(work, 'openapi.yaml'), SPEC);
  const result = await runPipeline({
    spec: path.join(work, 'openapi.yaml'),
    out: path.join(work, 'out'),
    only: ['python'],
    mode: 'write',
  });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
}, 120_000);

const PROBE = `
import json, sys
import zoo
from zoo import types

def loaded():
    return sorted(m[len("zoo.types."):] for m in sys.modules if m.startswith("zoo.types."))

out = {"modules": dict(sorted(types._MODULES.items()))}
types.Node
out["node"] = loaded()
types.Pet
out["pet"] = loaded()
types.Event
out["event"] = loaded()
print(json.dumps(out))
`;

it('groups the models by the resources using them, and loads only what a model needs', () => {
  const run = runPython(['-c', PROBE], { cwd: root, env: { PYTHONPATH: root } });
  expect(run.stderr).toBe('');
  const out = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(out.modules).toMatchObject({
    Event: '_unused_event',
    EventPayload: '_unused_event',
    Label: '_shared_label',
    Node: '_pets',
    Pet: '_pets',
    Store: '_stores',
  });
  expect(out.node).toEqual(['_pets', '_shared_label']);
  expect(out.pet).toEqual(['_pets', '_shared_label']);
  expect(out.event).toEqual(['_pets', '_shared_label', '_unused_event']);
  expect(readdirSync(path.join(root, 'zoo/types')).sort()).toEqual(
    [
      '__init__.py',
      ...new Set(Object.values(out.modules as Record<string, string>).map((m) => `${m}.py`)),
    ].sort(),
  );
});

it('imports every name from types in a fresh interpreter, and type-checks', () => {
  const names = runPython(['-c', 'from zoo import types; print(" ".join(types.__all__))'], {
    cwd: root,
    env: { PYTHONPATH: root },
  }).stdout.trim();
  for (const name of names.split(' ')) {
    const run = runPython(['-c', `from zoo.types import ${name}; print(${name})`], {
      cwd: root,
      env: { PYTHONPATH: root },
    });
    expect(run.stderr, name).toBe('');
  }
  const checked = mypyStrict(['zoo'], { cwd: root, root });
  expect(checked.output).toBe('');
  expect(checked.status).toBe(0);
}, 240_000);
