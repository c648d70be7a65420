import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { weighPage } from '../src/bench/page-weight';
import { articlePages, builtPages, distFile } from './support/site';

/** Byte budgets on the built files (gzip -9). Benchmarks measure; this only enforces. */
const dist = distFile('/').replace(/index\.html$/, '');
const fileOf = (url: string) => distFile(url).slice(dist.length);

for (const url of articlePages()) {
  test(`${url} weighs at most 2.0 × the gzip size of its own text`, () => {
    const weight = weighPage(dist, fileOf(url));
    test.info().annotations.push({ type: 'text ratio', description: weight.ratio.toFixed(2) });
    test.info().annotations.push({ type: 'words-only ratio', description: weight.wordsRatio.toFixed(2) });
    expect(weight.ratio).toBeLessThanOrEqual(2.0);
  });
}

for (const url of builtPages()) {
  test(`${url}: JS ≤ 4 KB gzip, no web fonts, at most one render-blocking stylesheet`, () => {
    const weight = weighPage(dist, fileOf(url));
    expect(weight.js.gzip).toBeLessThanOrEqual(4096);
    expect(weight.fontFaces).toBe(0);
    expect(weight.stylesheets.length).toBeLessThanOrEqual(1);
    const head = /<head>([\s\S]*?)<\/head>/.exec(readFileSync(distFile(url), 'utf8'))?.[1] ?? '';
    // Classic scripts in the head would block rendering; module scripts are deferred.
    expect(head.match(/<script(?![^>]*type="module")[^>]*src=/g) ?? []).toEqual([]);
  });
}

test('the site ships no font files', () => {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
});
