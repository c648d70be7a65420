import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { weighPage } from '../src/bench/page-weight';
import { articlePages, builtPages, distFile, fixtureSite, realSite } from './support/site';

/**
 * Byte budgets on the built files (gzip -9). Benchmarks measure; this only enforces.
 *
 * An article page may load (HTML + CSS + JS) at most a fixed per-page cost plus 1.5 × the
 * gzip size of its own text (words and cited addresses). The fixed part is the shell every
 * page carries whatever its length (today about 10 KB: stylesheet 4, scripts 3, head, header
 * and footer 3): without it a three-paragraph notice could never pass, and with it the long
 * report's budget is still tighter than the former flat 2.0 × its text.
 */
const fixedCost = 12 * 1024;
const textRatio = 1.5;

for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  for (const url of articlePages(dist)) {
    test(`${name} site ${url} loads at most 12 KB + 1.5 × the gzip size of its own text`, () => {
      const weight = weighPage(`${dist}/`, distFile(url, dist).slice(dist.length + 1));
      const loaded = weight.html.gzip + weight.css.gzip + weight.js.gzip;
      test.info().annotations.push({ type: 'text ratio', description: weight.ratio.toFixed(2) });
      test.info().annotations.push({ type: 'words-only ratio', description: weight.wordsRatio.toFixed(2) });
      expect(loaded).toBeLessThanOrEqual(fixedCost + textRatio * weight.text.gzip);
    });
  }
}

const dist = `${fixtureSite}/`;
for (const url of builtPages()) {
  test(`${url}: JS ≤ 4 KB gzip, no web fonts, no render-blocking stylesheet`, () => {
    const weight = weighPage(dist, distFile(url).slice(dist.length));
    expect(weight.js.gzip).toBeLessThanOrEqual(4096);
    expect(weight.fontFaces).toBe(0);
    // The site CSS is inlined: a stylesheet file would hold rendering back for a request.
    expect(weight.stylesheets).toEqual([]);
    const head = /<head>([\s\S]*?)<\/head>/.exec(readFileSync(distFile(url), 'utf8'))?.[1] ?? '';
    // Classic scripts in the head would block rendering; module scripts are deferred.
    expect(head.match(/<script(?![^>]*type="module")[^>]*src=/g) ?? []).toEqual([]);
  });
}

test('neither site ships font files', () => {
  for (const site of [fixtureSite, realSite]) {
    const files = readdirSync(site, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
  }
});
