import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Short files that start a long wait each (prettier over the sources, whole generator runs, tsc over
 * the repository, Chromium), slowest first. With no durations recorded (a clean clone, CI) vitest
 * starts the largest files first, so these started last and kept one worker busy alone at the end.
 */
const SLOW_FIRST = [
  'test/format/source-format.test.ts',
  'test/pipeline/generality.test.ts',
  'test/docs/console-generality.test.ts',
  'test/docs/first-paint.test.ts',
  'test/pipeline/typecheck.test.ts',
  'test/pipeline/incremental.test.ts',
  'test/fuzz/fuzz.test.ts',
  'test/pipeline/determinism.test.ts',
  'test/emit-own/esm.test.ts',
];

/** Vitest's order, with the files above moved to the front while no duration of theirs is recorded. */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (spec: TestSpecification): number => {
      const rel = path.relative(root, spec.moduleId).split(path.sep).join('/');
      const recorded = this.ctx.cache.getFileTestResults(`${spec.project.name}:${rel}`);
      return recorded ? -1 : SLOW_FIRST.indexOf(rel);
    };
    const early = sorted.filter((spec) => rank(spec) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...early, ...sorted.filter((spec) => !early.includes(spec))];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: the slowest tests spawn whole generator runs, tsc, mypy or Chromium, and a shared
    // 2-core machine can triple their time; a hang still fails, only later.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Both cores: many tests wait on child processes (CLI, tsc, mypy, Chromium); 6 min instead of 9.
    maxWorkers: 2,
    // Files share a worker's module cache: importing the generator (TypeScript, ts-morph, prettier)
    // once per worker instead of once per file halves the suite's CPU. Tests keep no module state
    // that another file could see (each sets up its own servers, folders and options).
    isolate: false,
    sequence: { sequencer: SlowFirst },
  },
});
