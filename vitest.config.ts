import { defineConfig } from 'vitest/config';

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
  },
});
