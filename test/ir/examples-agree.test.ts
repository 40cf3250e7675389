/**
 * The "done when": for every operation (sampled on the large specs), the mock's default JSON
 * answer for every documented status validates against its schema (Ajv, draft 2020-12) and is a body
 * the docs show for that status; for streams, the docs show the events the mock streams.
 * `bench/examples.ts` runs every operation of every spec and prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import { REPO } from '../helpers/cli.js';
import { checkAgreement, sampleOperations } from '../helpers/examples-agree.js';
import { stripeShapedSpec } from '../helpers/stripe-shaped.js';

const SHARED = path.join(REPO, '../shared/specs');

async function irOf(file: string): Promise<ApiIr> {
  const loaded = await loadSpec(file);
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return buildIr(loaded).ir;
}

describe('the mock answers what the docs show, and it validates', () => {
  it.each([
    ['this spec', path.join(REPO, 'spec/openapi.yaml'), 0],
    ['petstore', path.join(SHARED, 'petstore.yaml'), 0],
    ['museum', path.join(SHARED, 'museum.yaml'), 0],
    ['openai.yaml (a sample of 30 operations)', path.join(SHARED, 'openai.yaml'), 30],
  ])('%s', async (_name, file, sample) => {
    const ir = await irOf(file);
    const report = await checkAgreement(ir, sample ? sampleOperations(ir, sample) : ir.operations);
    expect(report.failures).toEqual([]);
    expect(report.answers).toBeGreaterThan(report.operations / 2);
    if (file.endsWith('spec/openapi.yaml')) expect(report.streams).toBe(2);
    // Only multipart "file or list of files" fields, which the mock's form reader refuses (see the helper).
    for (const id of report.refused)
      expect(ir.operations.find((o) => o.operationId === id)?.requestBody?.contents[0]?.kind).toBe(
        'multipart',
      );
  });

  it('a Stripe-shaped spec without one example (24 of its 118 resources: 96 operations)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-stripe-'));
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(stripeShapedSpec(24)));
    const ir = await irOf(file);
    expect(ir.operations.length).toBe(96);
    const report = await checkAgreement(ir);
    expect(report.failures).toEqual([]);
    expect(report.refused).toEqual([]);
    expect(report.answers).toBe(2 * 96);
  });
});
