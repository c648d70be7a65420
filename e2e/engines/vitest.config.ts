import { defineConfig } from 'vitest/config';

/**
 * The reader's journeys in Firefox and WebKit (e2e/engines/*.journeys.ts): `npm run
 * test:engines`, after `npm run build:fixtures`. One file per engine; the engines run one
 * after the other (ENGINES_PARALLEL=1 runs them side by side, where cores are free).
 */
export default defineConfig({
  test: {
    root: '.',
    include: ['e2e/engines/*.journeys.ts'],
    globalSetup: ['e2e/engines/global-setup.ts'],
    fileParallelism: process.env.ENGINES_PARALLEL === '1',
    // A browser's start and a journey's waits on a busy machine; the waits say what they waited for.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
