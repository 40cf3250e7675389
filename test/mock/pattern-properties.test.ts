/**
 * `patternProperties` survive into every output: the mock validates keys against them, the TS
 * client's type lets those keys through, Python takes the map as `body`, and the docs list the
 * pattern as a row. The generated package's own mock and client, from the CLI.
 */
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { REPO, runCli } from '../helpers/cli.js';
import { BEARER, call } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: {title: Labels, version: 1.0.0, x-package-name: '@shellapi/sdk'}
paths:
  /labels:
    put:
      operationId: putLabels
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              patternProperties:
                '^x-': {type: string}
                '^n-': {type: integer}
              additionalProperties: false
      responses:
        '204': {description: ok}
`;

let tmp: string;
let mock: MockServer;
let sdk: Record<string, unknown>;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'shellapi-pattern-'));
  await writeFile(path.join(tmp, 'spec.yaml'), SPEC);
  const run = runCli(['generate', '--spec', path.join(tmp, 'spec.yaml'), '--out', tmp]);
  expect(run.stderr).not.toMatch(/error/);
  expect(run.status).toBe(0);
  // The mock's optional peer dependencies (Ajv), as an install that runs the mock has them.
  await symlink(path.join(REPO, 'node_modules'), path.join(tmp, 'node_modules'));
  const mod = (await import(pathToFileURL(path.join(tmp, 'sdk/dist/mock/index.js')).href)) as {
    startMock: (o?: object) => Promise<MockServer>;
  };
  mock = await mod.startMock({ clock: 'manual' });
  sdk = (await import(pathToFileURL(path.join(tmp, 'sdk/dist/index.js')).href)) as Record<
    string,
    unknown
  >;
}, 120_000);
afterAll(async () => {
  await mock?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('patternProperties', () => {
  it('the TS client sends keys matching the patterns and the mock accepts them', async () => {
    const Labels = sdk.Labels as new (o: object) => {
      default: { putLabels(p: object): PromiseLike<unknown> };
    };
    const client = new Labels({ baseUrl: mock.url, apiKey: 'sk-test', maxRetries: 0 });
    await expect(
      client.default.putLabels({ 'x-team': 'core', 'n-size': 3 }),
    ).resolves.toBeUndefined();
  });

  it('the mock still checks the values and the keys no pattern matches', async () => {
    const wrongType = await call(mock.url, 'PUT', '/labels', { json: { 'x-team': 1 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.text).toContain('/x-team');
    const unknown = await call(mock.url, 'PUT', '/labels', {
      headers: BEARER,
      json: { team: 'core' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('unknown property');
  });

  it('types, Python and docs show the patterns', async () => {
    const declared = await readFile(path.join(tmp, 'sdk/src/operations/default.ts'), 'utf8');
    expect(declared).toContain(
      'DefaultPutLabelsParams = {\n  [key: `x-${string}`]: string;\n  [key: `n-${string}`]: number;\n}',
    );
    // A consumer's tsc: matching keys with their own value types pass, anything else fails.
    const consumer = path.join(tmp, 'consumer.ts');
    await writeFile(
      consumer,
      [
        "import type { DefaultPutLabelsParams as P } from './sdk/src/index.js';",
        "export const ok: P = { 'x-team': 'core', 'n-size': 3 };",
        "export const badKey: P = { team: 'core' };",
        "export const badValue: P = { 'n-size': 'three' };",
        '',
      ].join('\n'),
    );
    const program = ts.createProgram([consumer], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    });
    const lines = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === consumer)
      .map((d) => d.file!.getLineAndCharacterOfPosition(d.start!).line + 1);
    expect(lines).toEqual([3, 4]);
    const py = await readFile(path.join(tmp, 'python/shellapi/_client.py'), 'utf8');
    expect(py).toContain('def put_labels(self, *, body: Dict[str, Union[str, int]]');
    const md = await readFile(path.join(tmp, 'docs/markdown/operations/putLabels.md'), 'utf8');
    expect(md).toContain('| `/^x-/` | string | no | Any key matching this pattern. |');
    expect(md).toContain('| `/^n-/` | integer |');
  });
});
