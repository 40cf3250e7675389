/**
 * `redocly lint` with the recommended ruleset must report no errors on the spec. Warnings are
 * printed so they stay visible.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { rootSpec, runRedocly } from './support/redocly.js';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location?: Array<{ source?: { ref?: string }; pointer?: string; start?: { line: number; col: number } }>;
}

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: LintProblem[];
}

async function lint(spec: string, cwd?: string): Promise<LintReport> {
  const run = await runRedocly(['lint', spec, '--format=json', '--extends=recommended'], cwd);
  try {
    return JSON.parse(run.stdout) as LintReport;
  } catch {
    throw new Error(`redocly lint printed no JSON report (exit ${run.code}):\n${run.stderr}\n${run.stdout}`);
  }
}

function describeProblem(problem: LintProblem): string {
  const where = problem.location?.[0];
  const position = where?.start ? `:${where.start.line}:${where.start.col}` : '';
  return `${where?.source?.ref ?? '?'}${position} ${where?.pointer ?? ''} [${problem.ruleId}] ${problem.message}`;
}

describe('redocly lint (recommended)', () => {
  it('reports no errors on spec/openapi.yaml', async () => {
    const report = await lint(rootSpec);
    const warnings = report.problems.filter((p) => p.severity === 'warn');
    if (warnings.length > 0) console.warn(`redocly warnings (${warnings.length}):\n${warnings.map(describeProblem).join('\n')}`);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map(describeProblem)).toEqual([]);
    expect(report.totals.errors).toBe(0);
  });

  it('reports the errors of a broken spec (the check can fail)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-lint-'));
    try {
      const broken = ['openapi: 3.1.0', 'paths:', '  /x:', '    get:', '      responses:', "        '200': { $ref: '#/components/responses/Missing' }", ''].join('\n');
      await writeFile(path.join(dir, 'openapi.yaml'), broken);
      const report = await lint('openapi.yaml', dir);
      expect(report.totals.errors).toBeGreaterThan(0);
      expect(report.problems.map((p) => p.ruleId)).toContain('no-unresolved-refs');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
