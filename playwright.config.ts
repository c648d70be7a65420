import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * download (machines without network access cannot fetch one).
 */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Two built sites, each served as a static host would: the fixture site (npm run
 * build:fixtures, from e2e/fixtures/content: a report and a notice) that the reader's
 * journeys run on, and the real site (npm run build), whose own content the specs in
 * e2e/content/ test. E2E_PORT moves both (the fixture site takes the next port).
 */
const port = Number(process.env.E2E_PORT ?? 4391);
const sites = {
  content: { port, outDir: 'dist' },
  journeys: { port: port + 1, outDir: 'e2e/fixtures/dist' },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    // A failed test keeps its trace: each action with the page's DOM before and after it.
    // Without the trace's screencast, which cost a fifth of the run's time (a screenshot
    // of the failure is kept instead).
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath === undefined ? {} : { executablePath }),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'journeys',
      testIgnore: 'content/**',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${sites.journeys.port}` },
    },
    {
      name: 'content',
      testMatch: 'content/**/*.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${sites.content.port}` },
    },
  ],
  // --ignore-lock: Astro allows one preview server per project unless told otherwise, and
  // a developer may have `npm start` running.
  webServer: Object.values(sites).map((site) => ({
    command: `npx astro preview --ignore-lock --outDir ${site.outDir} --host 127.0.0.1 --port ${site.port}`,
    url: `http://127.0.0.1:${site.port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
