import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Both cores: many tests wait on child processes (CLI, tsc, mypy, Chromium); 6 min instead of 9.
    maxWorkers: 2,
  },
});
