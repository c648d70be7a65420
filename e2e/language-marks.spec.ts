import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import { mislabelledInHtml } from './support/language-marks';
import { builtPages, distFile, fixtureSite, realSite } from './support/site';

// Read from the built files: every page of both sites, no browser.
test('the language check finds Chinese outside a zh element and English inside one', () => {
  const page = (body: string) => `<html lang="en"><head></head><body>${body}</body></html>`;
  expect(mislabelledInHtml(page('<p>Police <span>公安</span> work</p>'))).toEqual(['en: 公安']);
  expect(mislabelledInHtml(page('<p lang="zh-Hans">公安 <b>police</b></p>'))).toEqual(['zh-Hans: police']);
  expect(mislabelledInHtml(page('<p>Police (<span lang="zh-Hans">公安</span>)<br>work</p>'))).toEqual([]);
  expect(mislabelledInHtml(page('<script>const x = "公安";</script><p>ok</p>'))).toEqual([]);
});

for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  test(`every text on the ${name} site is marked with its language`, () => {
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    const found = pages.flatMap((url) =>
      mislabelledInHtml(readFileSync(distFile(url, dist), 'utf8')).map((text) => `${url}: ${text}`),
    );
    expect(found).toEqual([]);
  });
}
