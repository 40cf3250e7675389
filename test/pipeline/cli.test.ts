/** The CLI as a user meets it: help, summary, check, --dump-ir, and bad specs that write nothing. */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../../generator/pipeline.js';
import { REPO, runCli } from '../helpers/cli.js';
import { readTree, treeDifferences } from '../helpers/tree.js';

const FEATURES = path.join(REPO, 'test/fixtures/specs/features/openapi.yaml');
const BROKEN = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'shellapi-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('help', () => {
  it.each(['generate', 'check', 'lint', 'mock'])('%s --help explains the command', (command) => {
    const run = runCli([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`shellapi-gen ${command}`);
  });
  it('an unknown --only target is a usage error', () => {
    const run = runCli(['generate', '--only', 'client,sdk']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown --only target(s): sdk');
  });
});

describe('generate and check', () => {
  it('prints a summary, then check passes, then check names an edited file and the fix', async () => {
    const out = path.join(tmp, 'gen');
    const run = runCli(['generate', '--spec', FEATURES, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/7 operations, 11 schemas, 1 task families/);
    expect(run.stdout).toMatch(/files: \d+ written, 0 unchanged, 0 removed/);
    expect(run.stdout).toMatch(/time: load \d+ ms, ir \d+ ms/);

    const again = runCli(['generate', '--spec', FEATURES, '--out', out]);
    expect(again.stdout).toMatch(/files: 0 written, \d+ unchanged, 0 removed/);

    expect(runCli(['check', '--spec', FEATURES, '--out', out]).status).toBe(0);
    const readme = path.join(out, 'sdk/README.md');
    await writeFile(readme, (await readFile(readme, 'utf8')) + '\nhand edit\n');
    const check = runCli(['check', '--spec', FEATURES, '--out', out]);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('sdk/README.md');
    expect(check.stderr).toContain('npm run generate');
  });

  it('--only client keeps the files of the other targets', async () => {
    const out = path.join(tmp, 'only');
    expect(runCli(['generate', '--spec', FEATURES, '--out', out]).status).toBe(0);
    const before = await readTree(out);
    expect([...before.keys()].some((p) => p.startsWith('docs/'))).toBe(true);
    const run = runCli(['generate', '--only', 'client', '--spec', FEATURES, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/files: 0 written, \d+ unchanged, 0 removed/);
    expect(treeDifferences(before, await readTree(out))).toEqual([]);
  });

  it('--dump-ir prints the IR with task families and streams', () => {
    const run = runCli(['lint', '--dump-ir', '--spec', FEATURES]);
    expect(run.status).toBe(0);
    const ir = JSON.parse(run.stdout);
    expect(ir.taskFamilies.map((f: { name: string }) => f.name)).toEqual(['render']);
    expect(
      ir.operations
        .filter((o: { stream?: unknown }) => o.stream)
        .map((o: { operationId: string }) => o.operationId),
    ).toEqual(['createChatCompletion']);
  });
});

describe('a broken spec writes nothing', () => {
  it('the CLI prints file:line:col and the pointer, exits 1, and leaves the output folder as it was', async () => {
    const out = path.join(tmp, 'kept');
    expect(runCli(['generate', '--spec', FEATURES, '--out', out]).status).toBe(0);
    const before = await readTree(out);
    const spec = path.join(tmp, 'bad.yaml');
    await writeFile(
      spec,
      (await readFile(FEATURES, 'utf8')).replace(
        'operationId: getRenderTask',
        'operationId: submitRender',
      ),
    );
    const run = runCli(['generate', '--spec', spec, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /bad\.yaml:\d+:\d+ error operation-id-duplicate at \/paths\/~1render~1tasks~1\{task_id\}\/get\/operationId/,
    );
    expect(treeDifferences(before, await readTree(out))).toEqual([]);
  });

  it('every broken fixture stops the pipeline before anything is written', async () => {
    const cases = (await readdir(BROKEN, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const out = path.join(tmp, 'untouched');
    await cp(path.join(REPO, 'test/fixtures/specs/features'), out, { recursive: true });
    const before = await readTree(out);
    for (const name of cases) {
      const result = await runPipeline({ spec: path.join(BROKEN, name, 'openapi.yaml'), out });
      expect(
        result.problems.some((p) => p.severity === 'error'),
        name,
      ).toBe(true);
      expect(result.files, name).toBeUndefined();
    }
    expect(treeDifferences(before, await readTree(out))).toEqual([]);
  });
});

describe('names the client layout reveals', () => {
  it('a resource that would shadow a runtime member is a located error, and nothing is written', async () => {
    const spec = path.join(tmp, 'shadow.yaml');
    await writeFile(
      spec,
      `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /a:
    get:
      operationId: getA
      x-sdk-name: request.get
      responses: { '200': { description: ok } }
`,
    );
    const out = path.join(tmp, 'shadow-out');
    const run = runCli(['generate', '--spec', spec, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /shadow\.yaml:6:7 error name-clash at \/paths\/~1a\/get\/operationId: .*member request/,
    );
    expect((await readTree(out)).size).toBe(0);
  });
});

describe('the output folder', () => {
  it('a foreign file in the way is reported without a stack trace, and nothing is written', async () => {
    const out = path.join(tmp, 'foreign');
    await mkdir(path.join(out, 'sdk'), { recursive: true });
    await writeFile(path.join(out, 'sdk/README.md'), 'mine\n');
    const run = runCli(['generate', '--spec', FEATURES, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('foreign-file sdk/README.md');
    expect(run.stderr).not.toContain('    at ');
    expect([...(await readTree(out)).keys()]).toEqual(['sdk/README.md']);
  });
});
