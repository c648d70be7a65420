import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import {
  importedAfterPaint,
  moduleScripts,
  preloadedModules,
  runsScriptsBeforePaint,
  withImports,
} from '../src/integrations/module-imports';
import { builtPages, distFile, firstArticlePath, fixtureSite, realSite } from './support/site';

/**
 * Nothing stands between the reader and the text, and no script waits for another. A page
 * loads its modules after its first paint: one inline loader imports every module the page
 * runs and every chunk those import, all at once, and the page names no module script of
 * its own. Only a page that asks to run its scripts before the paint (the root page, which
 * may send the reader on) names them, and preloads every module from its head. Read from
 * the built files of both sites (src/integrations/page-scripts.ts).
 */
for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  test(`every ${name} page loads its modules after its first paint, all at once: no import chain`, () => {
    let afterPaint = 0;
    let beforePaint = 0;
    for (const url of builtPages(dist)) {
      const html = readFileSync(distFile(url, dist), 'utf8');
      const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
      const named = moduleScripts(html);
      const imported = importedAfterPaint(html);
      if (runsScriptsBeforePaint(html)) {
        beforePaint += 1;
        expect(imported, url).toEqual([]);
        expect(named.length, url).toBeGreaterThan(0);
        expect(preloadedModules(head).sort(), url).toEqual([...withImports(`${dist}/`, named)].sort());
        continue;
      }
      expect(named, `${url}: a <script src> module`).toEqual([]);
      expect(preloadedModules(head), `${url}: a module preloaded before the paint`).toEqual([]);
      if (imported.length > 0) afterPaint += 1;
      expect(imported.sort(), url).toEqual([...withImports(`${dist}/`, imported)].sort());
    }
    // The article pages, among others, load theirs after the paint; the root page before it.
    expect(afterPaint).toBeGreaterThan(5);
    expect(beforePaint).toBe(1);
  });
}

test('a reader arriving from elsewhere sees the text before any script is requested', async ({ page }) => {
  await page.goto(firstArticlePath('en'));
  const timings = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script' || entry.name.endsWith('.js'))
      .map((entry) => entry.startTime),
  }));
  expect(timings.scripts.length).toBeGreaterThan(0);
  for (const start of timings.scripts) expect(start).toBeGreaterThan(timings.paint);
});

test('a page whose first paint is never reported (as in a background tab) still gets its scripts', async ({
  browser,
}) => {
  const page = await browser.newPage();
  // A browser that reports paints but never this page's: its observers are never called.
  await page.addInitScript(() => {
    window.PerformanceObserver = class {
      static supportedEntryTypes = ['paint'];
      observe() {}
      disconnect() {}
    } as unknown as typeof PerformanceObserver;
  });
  await page.goto(firstArticlePath('en'));
  await expect(page.locator('html')).toHaveAttribute('data-scripts', 'ready', { timeout: 10_000 });
  await page.close();
});
