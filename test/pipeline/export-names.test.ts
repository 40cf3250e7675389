/**
 * Names the spec gives twice at the top level of the SDKs: a title whose class name a resource
 * class has (`Pets` + tag `pets`), and a component schema named like an operation's derived type
 * (`PetsGetPetResponse` beside `pets.getPet`). Both generate, with a located warning, into SDKs
 * that import in Node and in Python.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { pythonEnv } from '../python/venv.js';

const spec = (title: string, schemas = ''): string =>
  [
    'openapi: 3.1.0',
    `info: {title: ${title}, version: 1.0.0, x-package-name: '@shellapi/sdk'}`,
    'tags: [{name: pets}]',
    'servers: [{url: "http://127.0.0.1:4010"}]',
    'paths:',
    '  /pets/{id}:',
    '    get:',
    '      operationId: getPet',
    '      tags: [pets]',
    '      parameters:',
    '        - {name: id, in: path, required: true, schema: {type: string}}',
    '      responses:',
    "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}",
    'components:',
    '  schemas:',
    '    Pet: {type: object, properties: {name: {type: string}}}',
    schemas,
    '',
  ].join('\n');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'shellapi-export-names-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function generate(name: string, text: string): Promise<{ out: string; stderr: string }> {
  const file = path.join(tmp, `${name}.yaml`);
  await writeFile(file, text);
  const out = path.join(tmp, name);
  const run = runCli(['generate', '--spec', file, '--out', out]);
  expect(run.stderr).not.toContain('internal error');
  expect(run.status).toBe(0);
  return { out, stderr: run.stderr };
}

function python(out: string, code: string): string {
  return execFileSync(pythonEnv(), ['-c', code], {
    env: { ...process.env, PYTHONPATH: path.join(out, 'python') },
    encoding: 'utf8',
  });
}

describe('a title named like a resource class', () => {
  it('makes the client class PetsClient in both SDKs, with a located warning', async () => {
    const { out, stderr } = await generate('title', spec('Pets'));
    expect(stderr).toMatch(
      /title\.yaml:2:8 warning name-clash at \/info\/title: .*`Pets` is the class of the resource `pets`: the client class is `PetsClient`/,
    );
    const sdk = (await import(pathToFileURL(path.join(out, 'sdk/dist/index.js')).href)) as Record<
      string,
      unknown
    >;
    expect(typeof sdk.PetsClient).toBe('function');
    expect(typeof sdk.Pets).toBe('function');
    expect(sdk.default).toBe(sdk.PetsClient);
    const client = new (sdk.PetsClient as new (o: object) => { pets: unknown })({ apiKey: 'k' });
    expect(client.pets).toBeInstanceOf(sdk.Pets as new () => unknown);
    expect(
      python(
        out,
        'import shellapi; print(shellapi.PetsClient.__name__, shellapi.AsyncPetsClient.__name__)',
      ),
    ).toBe('PetsClient AsyncPetsClient\n');
    expect(await readFile(path.join(out, 'sdk/README.md'), 'utf8')).toContain('new PetsClient(');
    expect(await readFile(path.join(out, 'python/README.md'), 'utf8')).toContain(
      'from shellapi import PetsClient',
    );
  }, 120_000);
});

describe('a schema named like an operation type', () => {
  it('keeps the schema’s name and moves the operation’s types to <stem>Operation…', async () => {
    const legacy = '    PetsGetPetResponse: {type: object, properties: {legacy: {type: boolean}}}';
    const { out, stderr } = await generate('derived', spec('Shop', legacy));
    expect(stderr).toMatch(
      /derived\.yaml:8:7 warning name-clash at \/paths\/~1pets~1\{id\}\/get\/operationId: the schema PetsGetPetResponse .*`PetsGetPetOperationResponse`/,
    );
    const index = await readFile(path.join(out, 'sdk/src/index.ts'), 'utf8');
    expect(index).toMatch(/export type \{[^}]*\bPetsGetPetResponse\b[^}]*\} from '\.\/schema\.js'/);
    const ops = await readFile(path.join(out, 'sdk/src/operations/pets.ts'), 'utf8');
    expect(ops).toContain(
      "export type PetsGetPetOperationResponse = components['schemas']['Pet'];",
    );
    expect(
      python(
        out,
        'from shellapi import types; print(sorted(types.PetsGetPetResponse.model_fields), sorted(types.PetsGetPetOperationResponse.model_fields))',
      ),
    ).toBe("['legacy'] ['name']\n");
  }, 120_000);
});
