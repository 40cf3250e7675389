/**
 * What a call may leave out, and where the client sends it by default: the `params` argument is
 * required exactly when something in it is (never a cast `{}` default), and a spec whose server
 * host is a template variable gives the client no default root URL.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildIr } from '../../generator/ir/index.js';
import { loadSpec } from '../../generator/load/index.js';
import { hostIsTemplated } from '../../generator/emit/client/naming.js';
import { pathPrefixes } from '../../generator/emit/surface/client-identity.js';
import { REPO } from '../helpers/cli.js';
import { json, startServer } from '../client-runtime/helpers.js';
import { cleanupGenerated, generate, typeCheck, type Generated } from './generate.js';
import { irForTest } from './load-ir.js';
import { taskSpec } from './task-specs.js';

type Sdk = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every params shape: required query, required body with a required property, optional body with one, required body without one, binary body. */
const PETS_SPEC = `
openapi: 3.1.0
info: { title: Pet Params, version: 1.0.0 }
servers:
  - url: 'https://{region}.pets.example.com/v1'
    variables: { region: { default: eu } }
security: [{ bearer: [] }]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      parameters:
        - { name: limit, in: query, required: true, schema: { type: integer } }
        - { name: X-Trace, in: header, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } }
    post:
      operationId: createPet
      tags: [pets]
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/NewPet' } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
  /pets/{petId}:
    parameters:
      - { name: petId, in: path, required: true, schema: { type: string } }
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - { name: fields, in: query, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
    put:
      operationId: updatePet
      tags: [pets]
      parameters:
        - { name: dryRun, in: query, schema: { type: boolean } }
      requestBody:
        required: false
        content: { application/json: { schema: { $ref: '#/components/schemas/NewPet' } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
  /pets/{petId}/touch:
    parameters:
      - { name: petId, in: path, required: true, schema: { type: string } }
    post:
      operationId: touchPet
      tags: [pets]
      requestBody:
        required: true
        content: { application/json: { schema: { type: object, properties: { note: { type: string } } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
  /pets/{petId}/photo:
    parameters:
      - { name: petId, in: path, required: true, schema: { type: string } }
    put:
      operationId: uploadPetPhoto
      tags: [pets]
      requestBody:
        required: true
        content: { image/png: { schema: { type: string, contentMediaType: image/png } } }
      responses:
        '204': { description: done }
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
  schemas:
    NewPet:
      type: object
      required: [name]
      properties:
        name: { type: string }
        tag: { type: string }
    Pet:
      allOf:
        - $ref: '#/components/schemas/NewPet'
        - type: object
          required: [id]
          properties: { id: { type: string } }
`;

/** A consumer: each `@ts-expect-error` must be an error, or the unused directive is one. */
const PETS_USAGE = `
import { PetParams } from './src/index.js';

export async function usage(client: PetParams): Promise<void> {
  // Required: a required query parameter, a required body with a required property, a required binary body.
  await client.pets.listPets({ limit: 5 });
  // @ts-expect-error limit is a required query parameter
  await client.pets.listPets();
  // @ts-expect-error limit is a required query parameter
  await client.pets.listPets({ 'X-Trace': 't' });
  await client.pets.createPet({ name: 'Rex' });
  // @ts-expect-error the body is required and name is required
  await client.pets.createPet();
  // @ts-expect-error name is required
  await client.pets.createPet({ tag: 'dog' });
  await client.pets.uploadPetPhoto('p1', { body: new Blob(['x']) });
  // @ts-expect-error the binary body is required
  await client.pets.uploadPetPhoto('p1');

  // Optional: nothing required, an optional body (when given, complete), a required body with nothing required.
  await client.pets.getPet('p1');
  await client.pets.getPet('p1', { fields: 'name' });
  await client.pets.updatePet('p1');
  await client.pets.updatePet('p1', { name: 'Rex', dryRun: true });
  // @ts-expect-error a given body still needs name
  await client.pets.updatePet('p1', { tag: 'dog' });
  await client.pets.touchPet('p1');
  await client.pets.touchPet('p1', { note: 'hi' });
}
`;

let dir: string;
let pets: Generated;
let features: Generated;
let jobs: Generated;
let petsSdk: Sdk;
let featuresSdk: Sdk;
let jobsSdk: Sdk;

const text = (gen: Generated, p: string): string =>
  String(gen.files.find((f) => f.path === p)!.contents);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdk-defaults-'));
  writeFileSync(path.join(dir, 'openapi.yaml'), PETS_SPEC);
  pets = await generate(path.join(dir, 'openapi.yaml'));
  features = await generate(path.join(REPO, 'test/fixtures/specs/features/openapi.yaml'));
  writeFileSync(path.join(dir, 'jobs.yaml'), taskSpec());
  jobs = await generate(path.join(dir, 'jobs.yaml'));
  jobsSdk = (await import(pathToFileURL(path.join(jobs.dir, 'sdk/src/index.ts')).href)) as Sdk;
  petsSdk = (await import(pathToFileURL(path.join(pets.dir, 'sdk/src/index.ts')).href)) as Sdk;
  featuresSdk = (await import(
    pathToFileURL(path.join(features.dir, 'sdk/src/index.ts')).href
  )) as Sdk;
});
afterAll(() => {
  cleanupGenerated();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('params: required exactly when something in it is', () => {
  it('emits no cast default or cast params object anywhere', () => {
    for (const gen of [pets, features, jobs]) {
      for (const file of gen.files.filter((f) =>
        /^sdk\/src\/(operations|resources)\/|^sdk\/src\/tasks\.ts$/.test(f.path),
      )) {
        expect(String(file.contents), file.path).not.toMatch(/\{\} as /);
        expect(String(file.contents), file.path).not.toMatch(/\} as \w*Params\b/);
      }
    }
    const ops = text(pets, 'sdk/src/operations/pets.ts');
    expect(ops).toMatch(
      /export function petsListPets\(client: BaseClient, params: PetsListPetsParams,/,
    );
    expect(ops).toMatch(
      /export function petsCreatePet\(client: BaseClient, params: PetsCreatePetParams,/,
    );
    expect(ops).toMatch(/export function petsUpdatePet\([^)]*, params\?: PetsUpdatePetParams,/);
    expect(ops).toMatch(/export function petsTouchPet\([^)]*, params\?: PetsTouchPetParams,/);
  });

  it('a missing required field is a compile error, optional params may be left out', () => {
    const usage = path.join(pets.dir, 'sdk', 'usage.ts');
    writeFileSync(usage, PETS_USAGE);
    expect(typeCheck([path.join(pets.dir, 'sdk/src/index.ts'), usage])).toEqual([]);
  });

  it('left-out params send no optional body and `{}` for a required one', async () => {
    const server = await startServer((req, res, body) =>
      json(res, 200, {
        id: 'p1',
        name: 'Rex',
        got: body.length ? JSON.parse(body.toString()) : null,
        url: req.url,
      }),
    );
    const client = new petsSdk['PetParams']({ apiKey: 'sk-pets', baseUrl: server.url });
    expect(await client.pets.updatePet('p1')).toMatchObject({ got: null, url: '/pets/p1' });
    expect(server.requests[0]!.headers['content-type']).toBeUndefined();
    expect(await client.pets.updatePet('p1', { name: 'Rex', dryRun: true })).toMatchObject({
      got: { name: 'Rex' },
      url: '/pets/p1?dryRun=true',
    });
    expect(await client.pets.touchPet('p1')).toMatchObject({ got: {} });
    expect(await client.pets.getPet('p1')).toMatchObject({ url: '/pets/p1' });
  });
});

describe('task polls get the task id and nothing else', () => {
  it('a poll taking the id from the query or the body is called with just the id, typed', () => {
    const tasks = text(jobs, 'sdk/src/tasks.ts');
    expect(tasks).toContain('jobsGetJob(client, { id: id }, options)');
    expect(tasks).toContain('reportsQueryReport(client, { report_id: id }, options)');
    expect(typeCheck([path.join(jobs.dir, 'sdk/src/index.ts')])).toEqual([]);
  });

  it('waitFor sends the id where the poll takes it', async () => {
    const server = await startServer((_req, res) =>
      json(res, 200, { id: 'j1', status: 'done', url: 'https://x/1' }),
    );
    const client = new jobsSdk['JobApi']({ apiKey: 'sk-jobs', baseUrl: server.url });
    expect(await client.jobs.waitFor('j1')).toMatchObject({
      state: 'succeeded',
      result: 'https://x/1',
    });
    expect(await client.reports.waitFor('r1')).toMatchObject({ state: 'succeeded' });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /jobs?id=j1',
      'POST /reports/query',
    ]);
    expect(JSON.parse(server.requests[1]!.body.toString())).toEqual({ report_id: 'r1' });
  });

  it.each([
    ['query', { queryPoll: true }, 'getJob', /query parameter region/],
    ['body', { bodyPoll: true }, 'queryReport', /body properties besides report_id/],
  ])(
    'a poll needing another required %s input is an IR error naming the poll',
    async (_where, extra, operationId, message) => {
      const file = path.join(dir, `jobs-${operationId}.yaml`);
      writeFileSync(file, taskSpec(extra));
      const { problems } = buildIr(await loadSpec(file));
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => p.code)).toEqual(['client-unsupported']);
      expect(errors[0]!.message).toMatch(new RegExp(`^${operationId}: `));
      expect(errors[0]!.message).toMatch(message);
    },
  );
});

describe('default base URL', () => {
  it.each([
    ['{baseUrl}', true],
    ['{baseUrl}/v1', true],
    ['https://{host}', true],
    ['{scheme}://{host}:{port}/api', true],
    ['https://{region}.pets.example.com/v1', false],
    ['https://api.openai.com/v1', false],
    ['/api/v3', false],
  ])('%s: host is a template variable → %s', (url, templated) => {
    expect(hostIsTemplated(url)).toBe(templated);
  });

  it.each([
    ['every path under /v2', 'https://api.example.com', ['/v2/a', '/v2/b'], ['/v2']],
    ['one path of two under /v2', 'https://api.example.com', ['/v2/a', '/b'], ['/v2']],
    ['two version segments, sorted', 'https://api.example.com', ['/v2/a', '/v1/b'], ['/v1', '/v2']],
    [
      "the repo spec's shape (/v1 beside /mj)",
      'https://api.example.com',
      ['/v1/a', '/mj/b'],
      ['/v1'],
    ],
    ['not a version segment', 'https://api.example.com', ['/mj/a', '/mj/b'], []],
    [
      'the default base URL already ends with it (the spec means /v1/v1)',
      'https://api.example.com/v1/',
      ['/v1/a', '/v2/b', '/mj/c'],
      ['/v2'],
    ],
  ])(
    'version prefixes a configured base URL may end with: %s',
    async (_name, server, paths, expected) => {
      const file = path.join(dir, 'prefixes.yaml');
      writeFileSync(
        file,
        [
          'openapi: 3.1.0',
          "info: { title: P, version: '1' }",
          `servers: [{ url: '${server}' }]`,
          'paths:',
          ...paths.map(
            (p, i) =>
              `  ${p}: { get: { operationId: op${i}, responses: { '204': { description: ok } } } }`,
          ),
          '',
        ].join('\n'),
      );
      expect(pathPrefixes((await irForTest(file)).ir)).toEqual(expected);
    },
  );

  it('a concrete server stays the default, its variables substituted', () => {
    expect(text(pets, 'sdk/src/client.ts')).toContain(
      "defaultBaseUrl: 'https://eu.pets.example.com/v1'",
    );
    vi.stubEnv('SHELLAPI_BASE_URL', '');
    const client = new petsSdk['PetParams']({ apiKey: 'sk-pets' });
    expect(client.baseUrl).toBe('https://eu.pets.example.com/v1');
    expect(text(pets, 'sdk/README.md')).toContain(
      'new PetParams({ apiKey: process.env.SHELLAPI_API_KEY });',
    );
  });

  it('a `{baseUrl}` server gives no default: without baseUrl or the env var the client refuses to start', async () => {
    expect(text(features, 'sdk/src/client.ts')).not.toContain('defaultBaseUrl');
    vi.stubEnv('SHELLAPI_BASE_URL', '');
    expect(() => new featuresSdk['FeaturesFixture']({ apiKey: 'sk-features' })).toThrow(
      'No base URL: pass baseUrl or set SHELLAPI_BASE_URL',
    );
    const server = await startServer((_req, res) => json(res, 200, []));
    vi.stubEnv('SHELLAPI_BASE_URL', server.url);
    const client = new featuresSdk['FeaturesFixture']({ apiKey: 'sk-features' });
    await client.render.tasks.list();
    expect(server.requests).toHaveLength(1);
  });

  it('the README and the class example show where the root URL comes from', () => {
    const readme = text(features, 'sdk/README.md');
    expect(readme).toContain(
      'new FeaturesFixture({ apiKey: process.env.SHELLAPI_API_KEY, baseUrl: process.env.SHELLAPI_BASE_URL })',
    );
    expect(readme).toContain('the spec names no host');
    expect(text(features, 'sdk/src/client.ts')).toContain(
      'new FeaturesFixture({ apiKey: process.env.SHELLAPI_API_KEY, baseUrl: process.env.SHELLAPI_BASE_URL })',
    );
  });
});
