/**
 * A seeded fuzzing run (the long runs are `npm run fuzz -- --seeds N`): specs through the whole
 * pipeline and requests against the generated mock, plus every fixture a failing run ever wrote.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FIXTURES, fuzzRequests, fuzzSpecs, generateInMemory, send } from './harness.js';
import { startGeneratedMock } from './mock-target.js';

let mock: Awaited<ReturnType<typeof startGeneratedMock>>;
beforeAll(async () => {
  mock = await startGeneratedMock();
});
afterAll(() => mock.close());

it('generates from 60 fuzzed specs without an exception', { timeout: 300_000 }, async () => {
  const report = await fuzzSpecs(20261205, 60);
  expect(report.failure, report.fixture).toBeUndefined();
});

it(
  'answers 400 fuzzed requests with statuses below 500 and stays up',
  { timeout: 300_000 },
  async () => {
    const report = await fuzzRequests(mock, 20261205, 400);
    expect(report.failure, report.fixture).toBeUndefined();
  },
);

const specFixtures = readdirSync(FIXTURES).filter((f) => f.startsWith('spec-'));
it.skipIf(specFixtures.length === 0).each(specFixtures)('replays %s', async (file) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fuzz-replay-'));
  try {
    await generateInMemory(JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const requestFixtures = readdirSync(FIXTURES).filter((f) => f.startsWith('request-'));
it.skipIf(requestFixtures.length === 0).each(requestFixtures)('replays %s', async (file) => {
  const status = await send(mock, JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')));
  expect(status).toBeLessThan(500);
});
