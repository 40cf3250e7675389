/**
 * readOnly / writeOnly by direction in the Python SDK (ir/directions.ts): a method's keyword
 * arguments and the `params` TypedDicts leave readOnly properties out (an update needs no `id`),
 * the `types` models writeOnly ones (a response never brings `password` back).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { runPython } from './helpers.js';

const SPEC = fileURLToPath(new URL('../fixtures/read-write/openapi.yaml', import.meta.url));

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-read-write-'));
const out = path.join(work, 'out');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  const run = runCli(['generate', '--spec', SPEC, '--out', out, '--only', 'python']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 120_000);

describe('Python: requests without readOnly properties, responses without writeOnly ones', () => {
  it('update takes no `id` keyword; the TypedDicts and models leave out what does not travel', () => {
    const probe = [
      'import inspect, json',
      'import pydantic',
      'from shellapi import params, types',
      'from shellapi._client import PetsResource as Pets, AccountsResource as Accounts',
      'def kwargs(fn):',
      '    return {n: p.default is inspect.Parameter.empty for n, p in inspect.signature(fn).parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY and n != "request_options"}',
      'out = {',
      '    "update": kwargs(Pets.update),',
      '    "create": kwargs(Accounts.create),',
      '    "PetParam": sorted(params.Pet.__annotations__),',
      '    "OwnerParam": sorted(params.Owner.__annotations__),',
      '    "AccountModel": sorted(types.Account.model_fields),',
      '    "PetModel": sorted(types.Pet.model_fields),',
      '}',
      'types.Account.model_validate({"login": "ann"})',
      'try:',
      '    types.Pet.model_validate({"name": "Rex"})',
      '    out["petWithoutId"] = "accepted"',
      'except pydantic.ValidationError:',
      '    out["petWithoutId"] = "rejected"',
      'print(json.dumps(out, sort_keys=True))',
    ].join('\n');
    const run = runPython(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(out, 'python') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      update: { name: true, owner: false },
      create: { login: true, password: true },
      PetParam: ['name', 'owner'],
      OwnerParam: ['name'],
      AccountModel: ['login'],
      PetModel: ['id', 'name', 'owner'],
      petWithoutId: 'rejected',
    });
  }, 120_000);
});
