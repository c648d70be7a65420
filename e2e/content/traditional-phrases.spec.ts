import { readFileSync } from 'node:fs';
import { expect, test } from '../support/test';
import { builtPages, distFile, realSite } from '../support/site';

const phrases = JSON.parse(
  readFileSync(new URL('../../src/i18n/traditional-phrases.json', import.meta.url), 'utf8'),
) as { opencc: string; traditional: string }[];

/**
 * The built Traditional edition, as a Taiwan or Hong Kong reader gets it: no page under
 * /zh-hant/ (article with its notes, figures and terms pages, lists) prints a phrase
 * OpenCC is known to get wrong (src/i18n/traditional-phrases.json). Read from the built
 * files: no browser needed.
 */
const pages = builtPages(realSite).filter((url) => url.startsWith('/zh-hant/'));

test('the Traditional edition has pages to check', () => {
  expect(pages).toContain('/zh-hant/sichuan-police-2019/');
});

for (const url of pages) {
  test(`${url} prints none of OpenCC's known mis-conversions`, () => {
    const html = readFileSync(distFile(url, realSite), 'utf8');
    const found = phrases.filter(({ opencc }) => html.includes(opencc)).map(({ opencc }) => opencc);
    expect(found).toEqual([]);
  });
}

test('the article says visa-free as Traditional writes it', () => {
  const html = readFileSync(distFile('/zh-hant/sichuan-police-2019/', realSite), 'utf8');
  expect(html).toContain('過境免簽');
  expect(html).toContain('最多只需');
});
