/**
 * readOnly / writeOnly by direction (ir/directions.ts): a readOnly property is never sent in a
 * request, a writeOnly one never comes back in a response. The IR names a request shape
 * (`<Type>Input`) or a response shape (`<Type>Output`) for exactly the components that reach such
 * a property; the TypeScript SDK's request bodies leave readOnly properties out (a consumer need
 * not, and cannot, send `id` in an update) and its responses writeOnly ones; the docs do not mark
 * them required in that direction; the generated request example leaves them out; and the client
 * talks to the mock with such a body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';

const SPEC = fileURLToPath(new URL('../fixtures/read-write/openapi.yaml', import.meta.url));

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-read-write-'));
const out = path.join(work, 'out');
let ir: ApiIr;
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  ir = buildIr(await loadSpec(SPEC)).ir;
  const run = runCli(['generate', '--spec', SPEC, '--out', out, '--only', 'client,mock,docs']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 120_000);

/** tsc's errors on a probe file beside schema.ts, one per line (`line: message`). */
function typeErrors(lines: string[]): string[] {
  const probe = path.join(out, 'sdk/src/probe.ts');
  writeFileSync(probe, lines.join('\n'));
  const program = ts.createProgram([probe], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === probe)
    .map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start!);
      return `${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

describe('the IR decides which components have a request or response shape of their own', () => {
  it('names one for each component that reaches a readOnly / writeOnly property, and none else', () => {
    const names = ir.schemas.map((s) => [s.name, s.requestTypeName, s.responseTypeName]);
    expect(names).toEqual([
      ['Account', undefined, 'AccountOutput'],
      // Only through its items: Pet has a readOnly id.
      ['Litter', 'LitterInput', undefined],
      // A cycle settles.
      ['Node', 'NodeInput', undefined],
      ['Owner', 'OwnerInput', undefined],
      ['Pet', 'PetInput', undefined],
      ['Plain', undefined, undefined],
    ]);
  });

  it('a direction type name another schema already has is a located name-clash error', async () => {
    const spec = path.join(work, 'clash.yaml');
    writeFileSync(
      spec,
      [
        'openapi: 3.1.0',
        "info: { title: T, version: '1' }",
        'paths: {}',
        'components:',
        '  schemas:',
        '    Pet: { type: object, properties: { id: { type: string, readOnly: true } } }',
        '    PetInput: { type: object }',
      ].join('\n'),
    );
    const { problems, ir: clashed } = buildIr(await loadSpec(spec));
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([
      ['name-clash', '/components/schemas/Pet'],
    ]);
    expect(clashed.schemas[0]!.requestTypeName).toBeUndefined();
  });

  it('the generated request example leaves readOnly properties out, the response example writeOnly ones', () => {
    const update = ir.operations.find((o) => o.operationId === 'updatePet')!;
    expect(update.requestBody!.contents[0]!.example!.value).toEqual({ name: expect.any(String) });
    const account = ir.operations.find((o) => o.operationId === 'createAccount')!;
    expect(account.requestBody!.contents[0]!.example!.value).toEqual({
      login: expect.any(String),
      password: expect.any(String),
    });
    expect(account.responses[0]!.contents[0]!.example!.value).toEqual({
      login: expect.any(String),
    });
  });
});

describe('TypeScript: request bodies without readOnly properties, responses without writeOnly ones', () => {
  it('schema.ts declares the shapes, and keeps the full type of each component as it was', () => {
    const schema = readFileSync(path.join(out, 'sdk/src/schema.ts'), 'utf8');
    expect(schema).toContain('export interface Pet {\n  id: string;\n  name: string;\n');
    expect(schema).toContain(
      'export interface PetInput {\n  name: string;\n  owner?: OwnerInput;\n}',
    );
    expect(schema).toContain('export interface AccountOutput {\n  login: string;\n}');
    expect(schema).not.toContain('PlainInput');
  });

  it('tsc: an update compiles without `id` (and refuses one); the response still has `id` required', () => {
    const errors = typeErrors([
      "import { PetStore, type PetsUpdateResponse, type AccountsCreateResponse } from './index.js';",
      "const client = new PetStore({ apiKey: 'k' });",
      'export async function use() {',
      "  const pet = await client.pets.update('p1', { name: 'Rex', owner: { name: 'Ann' } });",
      '  const id: string = pet.id;',
      "  await client.shelves.create({ label: 'top', pets: [{ name: 'Rex' }] });",
      "  const account = await client.accounts.create({ login: 'ann', password: 'secret' });",
      '  return [id, account.login];',
      '}',
      '// @ts-expect-error the server sets `id`: a request cannot send it',
      "export const withId = () => client.pets.update('p1', { id: 'x', name: 'Rex' });",
      '// @ts-expect-error `name` is still required',
      "export const noName = () => client.pets.update('p1', {});",
      '// @ts-expect-error a response always has `id`',
      "export const missingId: PetsUpdateResponse = { name: 'Rex' };",
      '// @ts-expect-error a response never brings `password` back',
      "export const withPassword: AccountsCreateResponse = { login: 'a', password: 'b' };",
    ]);
    expect(errors).toEqual([]);
  });
});

describe('docs: a request body table does not mark a readOnly property required', () => {
  it('the inline body table says "no" for the readOnly field of its items, the schema page notes both ways', () => {
    const md = readFileSync(path.join(out, 'docs/markdown/operations/createShelf.md'), 'utf8');
    expect(md).toMatch(/^\| `pets\[\]\.id` \| string \| no \| read-only/m);
    expect(md).toMatch(/^\| `pets\[\]\.name` \| string \| yes \|/m);
    const update = readFileSync(path.join(out, 'docs/markdown/operations/updatePet.md'), 'utf8');
    expect(update).toContain(
      'Schema: [Pet](../schemas/Pet.md#Pet) (fields in its own file; a request leaves out its read-only fields)',
    );
    const html = readFileSync(path.join(out, 'docs/operations/updatePet.html'), 'utf8');
    expect(html).toContain('<p class="note">A request leaves out its read-only fields.</p>');
  });
});

describe('e2e: the TypeScript client sends such a body to the mock', () => {
  let mock: MockServer;
  afterAll(() => mock?.close());

  it('an update without `id` is accepted, and the account comes back without `password`', async () => {
    mock = await startMockServer({ clock: 'manual', routes: createMockRoutes(ir) });
    const sdk = (await import(path.join(out, 'sdk/src/index.ts'))) as {
      PetStore: new (options: object) => {
        pets: { update(id: string, body: object): Promise<Record<string, unknown>> };
        accounts: { create(body: object): Promise<Record<string, unknown>> };
      };
    };
    const client = new sdk.PetStore({ apiKey: 'k', baseUrl: mock.url, maxRetries: 0 });
    const pet = await client.pets.update('p1', { name: 'Rex' });
    expect(pet).toMatchObject({ id: expect.any(String), name: expect.any(String) });
    const account = await client.accounts.create({ login: 'ann', password: 'secret' });
    expect(account).toEqual({ login: expect.any(String) });
  });
});
