import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, distFile } from './support/site';

/** Every internal link of the built site resolves to a page, and its #fragment to an element id. */
const pages = builtPages();
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
const htmlOf = new Map(pages.map((url) => [url, readFileSync(distFile(url), 'utf8')]));

test('every internal link and fragment in the built site resolves', () => {
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
          readFileSync(distFile(path));
          targetHtml = '';
        } catch {
          broken.push(`${url}: ${raw} (no such file)`);
          continue;
        }
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment !== '' && !idsOf(targetHtml).has(fragment)) broken.push(`${url}: ${raw} (no element #${fragment})`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(broken).toEqual([]);
});
