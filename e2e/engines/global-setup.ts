/**
 * Starts what the cross-engine journeys need and stops it after them, by process id: the
 * fixture site (npm run build:fixtures) served as the Playwright suite serves it, on
 * E2E_PORT + 2 (the Playwright suite takes E2E_PORT and the next, and may run at the same
 * time), and for WebKit an Xvfb display and a WebKitWebDriver on E2E_PORT + 3.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { answers, requireExecutable, start, startXvfb, waitForUrl, type Started } from './processes';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site's origin. */
    origin: string;
    /** Where WebKitWebDriver listens. */
    webkitDriver: string;
  }
}

const port = Number(process.env.E2E_PORT ?? 4391);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started: Started[] = [];
  const stopAll = async () => {
    // The last started first: WebKitWebDriver before the display its browsers use.
    for (const child of started.reverse()) await child.stop();
  };
  try {
    if (!existsSync('e2e/fixtures/dist/index.html')) {
      throw new Error('e2e/fixtures/dist is not built: run `npm run build:fixtures` first');
    }
    const origin = `http://127.0.0.1:${port + 2}`;
    const driverUrl = `http://127.0.0.1:${port + 3}`;
    // A server left on these ports would be tested instead (Astro's preview moves to a free port).
    for (const url of [origin, driverUrl]) {
      if (await answers(url)) throw new Error(`${url} is taken: stop what listens there, or set another E2E_PORT`);
    }
    const site = start('astro preview', 'node_modules/.bin/astro', [
      'preview',
      '--ignore-lock',
      '--outDir',
      'e2e/fixtures/dist',
      '--host',
      '127.0.0.1',
      '--port',
      String(port + 2),
    ]);
    started.push(site);

    requireExecutable('/usr/bin/WebKitWebDriver', 'Debian package webkit2gtk-driver');
    const { xvfb, display } = await startXvfb();
    started.push(xvfb);
    const driver = start('WebKitWebDriver', '/usr/bin/WebKitWebDriver', [`--port=${port + 3}`], {
      env: { ...process.env, DISPLAY: display },
    });
    started.push(driver);
    await waitForUrl(driver, `${driverUrl}/status`);
    project.provide('webkitDriver', driverUrl);
    await waitForUrl(site, `${origin}/`);
    project.provide('origin', origin);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
