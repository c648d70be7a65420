import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { moduleScripts, preloadedModules, withImports } from '../src/lib/module-imports';
import { builtPages, distFile, fixtureSite, realSite } from './support/site';

/**
 * No script waits for another: every module a page runs, and every chunk those import, is
 * named in the page's head (<link rel="modulepreload">), so the browser requests them all
 * at once while reading the head, and no request chain on the critical path is deeper than
 * one below the document. Read from the built files of both sites.
 */
for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  test(`every module of every ${name} page is preloaded from its head: no import chain`, () => {
    let pagesWithScripts = 0;
    for (const url of builtPages(dist)) {
      const html = readFileSync(distFile(url, dist), 'utf8');
      const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
      const loaded = [...withImports(`${dist}/`, moduleScripts(html))];
      if (loaded.length > 0) pagesWithScripts += 1;
      expect(preloadedModules(head).sort(), url).toEqual(loaded.sort());
    }
    // The article pages, among others, have scripts: the check checked something.
    expect(pagesWithScripts).toBeGreaterThan(5);
  });
}
