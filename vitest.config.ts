import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tools/**/*.test.ts'],
    // At least two test files at a time. Vitest's default, one fewer than the cores, runs
    // them one by one on a 2-core machine, though the slowest spend most of their time
    // waiting on processes they start (astro dev, the scaffolder's build): 21 s, against 13 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Several tests run real commands (the scaffolder, the content check, astro dev, the card
    // renderer). They assert what the commands print, not how fast: on a loaded 2-core machine
    // one can take well over Vitest's 5 s default, which is no failure of the code.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
