import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import { builtPages, distFile, fixtureSite, realSite } from './support/site';

/** Every internal link of a built site resolves to a page, and its #fragment to an element id. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));

for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  test(`every internal link and fragment in the built ${name} site resolves`, () => {
    const htmlOf = new Map(builtPages(dist).map((url) => [url, readFileSync(distFile(url, dist), 'utf8')]));
    const broken: string[] = [];
    let checked = 0;
    for (const [url, html] of htmlOf) {
      for (const [, raw = ''] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const target = new URL(raw.replace(/&amp;/g, '&'), `http://site.test${url}`);
        if (target.origin !== 'http://site.test') continue;
        checked += 1;
        const path = decodeURIComponent(target.pathname);
        let targetHtml = htmlOf.get(path);
        if (targetHtml === undefined) {
          try {
            readFileSync(distFile(path, dist));
            targetHtml = '';
          } catch {
            broken.push(`${url}: ${raw} (no such file)`);
            continue;
          }
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment !== '' && !idsOf(targetHtml).has(fragment))
          broken.push(`${url}: ${raw} (no element #${fragment})`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
}
