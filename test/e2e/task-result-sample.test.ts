/**
 * A task family whose poll has no example in the succeeded state (none at all, or only a queued
 * one): the mock's finished task still shows a result, generated from the poll schema by the IR
 * (`TaskRoleIr.resultSamples`). Both SDKs' `…AndWait` helpers read it, and the finished poll body
 * validates against the poll's response schema.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { runPythonAsync } from '../python/helpers.js';
import { createValidator, type Validate } from './schemas.js';

const FIXTURE = fileURLToPath(new URL('../mock/fixtures/render-farm.yaml', import.meta.url));
const POLL_SCHEMA = '#/paths/~1jobs~1{id}/get/responses/200/content/application~1json/schema';

interface Setup {
  work: string;
  server: MockServer;
  validate: Validate;
}

const variants: Record<string, (spec: string) => string> = {
  'no examples': (spec) => spec,
  // The queued example stands first: the template starts from it, and it has no result to show.
  'a queued example only': (spec) =>
    spec.replace(
      "              schema: {$ref: '#/components/schemas/Job'}\n",
      "              schema: {$ref: '#/components/schemas/Job'}\n              example: {id: job_1, status: QUEUED, progress: 0}\n",
    ),
};

const setups = new Map<string, Setup>();

beforeAll(async () => {
  const source = await readFile(FIXTURE, 'utf8');
  for (const [name, edit] of Object.entries(variants)) {
    const spec = edit(source);
    if (name !== 'no examples') expect(spec).not.toBe(source);
    const work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-task-result-'));
    const file = path.join(work, 'openapi.yaml');
    await writeFile(file, spec);
    const run = runCli([
      'generate',
      '--spec',
      file,
      '--out',
      path.join(work, 'out'),
      // The fixture's title would name the package `render_farm`; the script below imports `shellapi`.
      '--package-name',
      '@shellapi/sdk',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const loaded = await loadSpec(file);
    const server = await startMockServer({ routes: createMockRoutes(buildIr(loaded).ir) });
    setups.set(name, { work, server, validate: createValidator(loaded.document) });
  }
}, 240_000);

afterAll(async () => {
  for (const s of setups.values()) {
    await s.server.close();
    await rm(s.work, { recursive: true, force: true });
  }
});

describe.each(Object.keys(variants))('a finished task without a success example (%s)', (name) => {
  it('the TypeScript SDK reads a result the poll schema accepts', async () => {
    const { work, server, validate } = setups.get(name)!;
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    const client = new sdk.RenderFarm({ apiKey: 'k', baseUrl: server.url });
    const done = await client.jobs.submitJobAndWait({ scene: 'a', frames: 2 });
    expect(done.state).toBe('succeeded');
    expect(typeof done.result).toBe('string');
    expect(done.task.output.url).toBe(done.result);
    expect(validate(POLL_SCHEMA, done.task)).toEqual([]);
    // The mock answers the same body to a plain poll.
    const again = await client.jobs.getJob(done.id);
    expect(again).toEqual(done.task);
  }, 30_000);

  it('the Python SDK reads it too, sync and async', async () => {
    const { work, server } = setups.get(name)!;
    const probe = [
      'import asyncio, json',
      'from shellapi import RenderFarm, AsyncRenderFarm',
      `URL = ${JSON.stringify(server.url)}`,
      'done = RenderFarm(base_url=URL, api_key="k").jobs.submit_job_and_wait(scene="a", frames=2)',
      'async def main():',
      '    return await AsyncRenderFarm(base_url=URL, api_key="k").jobs.submit_job_and_wait(scene="b")',
      'later = asyncio.run(main())',
      'print(json.dumps([[s.state, s.result, s.task.output.url] for s in (done, later)]))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    const answers = JSON.parse(run.stdout) as [string, unknown, unknown][];
    for (const [state, result, url] of answers) {
      expect(state).toBe('succeeded');
      expect(typeof result).toBe('string');
      expect(url).toBe(result);
    }
  }, 60_000);
});
