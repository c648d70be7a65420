import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
    // At least two test files at a time. Vitest's default, one fewer than the cores, runs
    // them one by one on a 2-core machine, though the slowest spend most of their time
    // waiting on processes they start (astro dev, the scaffolder's build): 21 s, against 13 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
