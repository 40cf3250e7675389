/** The Shell spec through our own pipeline: loads with zero problems and the IR shows every task family and stream. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { REPO, runCli } from '../helpers/cli.js';
import type { ApiIr } from '../../generator/ir/types.js';

describe('spec/openapi.yaml through the generator', () => {
  const run = runCli(['lint', '--dump-ir', '--spec', path.join(REPO, 'spec/openapi.yaml')]);
  const ir = JSON.parse(run.stdout) as ApiIr;

  it('loads with zero problems (errors or warnings)', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('declares every async family as a task family with its submits and poll', () => {
    const families = Object.fromEntries(ir.taskFamilies.map((f) => [f.name, f]));
    expect(Object.keys(families).sort()).toEqual(['flux', 'ideogram-web', 'kling', 'luma', 'midjourney', 'runway', 'suno-v30', 'suno-v35']);
    for (const family of ir.taskFamilies) {
      expect(family.submits.length, family.name).toBeGreaterThan(0);
      expect(ir.operations.find((o) => o.operationId === family.poll.operationId)?.taskRole?.role, family.name).toBe('poll');
      expect(family.states.succeeded.length, family.name).toBeGreaterThan(0);
    }
    // Midjourney: seven submit kinds, notifyHook callbacks, cancel and lists.
    expect(families.midjourney!.submits.length).toBeGreaterThanOrEqual(7);
    expect(families.midjourney!.cancel).toBeDefined();
    const imagine = ir.operations.find((o) => o.operationId === families.midjourney!.submits.find((s) => /imagine/i.test(s)))!;
    expect(imagine.callbacks.map((c) => c.expression)).toContain('{$request.body#/notifyHook}');
  });

  it('declares chat and completions as streams ending in [DONE]', () => {
    const streams = ir.operations.filter((o) => o.stream);
    expect(streams.map((o) => o.path).sort()).toEqual(['/v1/chat/completions', '/v1/completions']);
    for (const op of streams) {
      expect(op.stream!.terminator).toBe('[DONE]');
      expect(op.stream!.examples.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps paid submits from being re-sent and lets reads retry', () => {
    for (const op of ir.operations) {
      if (op.task) expect(op.retry, op.operationId).toBe('unsafe');
      if (op.taskRole?.role === 'poll' || op.method === 'get') expect(op.retry, op.operationId).toBe('safe');
    }
  });
});
