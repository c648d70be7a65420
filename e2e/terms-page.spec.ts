import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import { distFile, firstArticlePath, highlightedIds, parseCsv } from './support/site';

/** The interface words a reader follows, per language (zh-hant is zh, converted). */
const ui = {
  zh: { terms: '关键词语', more: '词语详解', copy: '链接到此词语', explain: /（词语说明）$/ },
  'zh-hant': { terms: '關鍵詞語', more: '詞語詳解', copy: '鏈接到此詞語', explain: /（詞語說明）$/ },
  en: { terms: 'Key terms', more: 'All about this term', copy: 'Link to this term', explain: /\(explain this term\)$/ },
} as const;

for (const lang of ['zh', 'zh-hant', 'en'] as const) {
  test(`${lang}: the key-terms page has every term of the article once, under a group, each at its own address`, async ({
    page,
  }) => {
    const article = firstArticlePath(lang);
    const termIds = highlightedIds(readFileSync(distFile(article), 'utf8'), 'term');
    expect(termIds.length).toBeGreaterThan(0);
    await page.goto(article);
    await page.getByRole('link', { name: ui[lang].terms, exact: true }).first().click();
    await expect(page).toHaveURL(`${article}terms/`);
    const entries = page.getByRole('main').getByRole('article');
    const entryIds = await entries.evaluateAll((els) => els.map((el) => el.id));
    expect(entryIds.toSorted()).toEqual(termIds.toSorted());
    // Every entry stands under a group heading, and links to each place the article uses it.
    const unplaced = await entries.evaluateAll((els) =>
      els
        .filter(
          (el) =>
            el.closest('section')?.querySelector(':scope > h2') == null ||
            el.querySelector('a[href*="#term-"]') === null,
        )
        .map((el) => el.id),
    );
    expect(unplaced).toEqual([]);
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).count()).toBeGreaterThan(1);
  });
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: a term's note leads to "all about this term", which lands on its entry`, async ({ page }) => {
    await page.goto(firstArticlePath(lang));
    const button = page.getByRole('button', { name: ui[lang].explain }).last();
    const id = (await button.getAttribute('data-term-id')) ?? '';
    await button.click();
    const note = page.getByRole('dialog');
    await expect(note).toBeVisible();
    // The note is named by its headline, the term's name, as the entry it links to is.
    const name = await note.locator('strong').first().textContent();
    await expect(note).toHaveAccessibleName(name ?? '');
    await note.getByRole('link', { name: ui[lang].more }).click();
    await expect(page).toHaveURL(new RegExp(`/terms/#${id}$`));
    const entry = page.getByRole('article', { name: name ?? '', exact: true });
    await expect(entry).toHaveAttribute('id', id);
    const heading = entry.getByRole('heading');
    await expect(heading).toBeInViewport();
    // Below the sticky site header, not under it.
    const header = await page.getByRole('banner').boundingBox();
    expect((await heading.boundingBox())?.y).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
  });
}

test.describe('copying a term link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the address of the entry', async ({ page, baseURL }) => {
    await page.goto(`${firstArticlePath('en')}terms/`);
    const entry = page.getByRole('article').last();
    await entry.getByRole('link', { name: ui.en.copy }).click();
    await expect(entry.getByRole('status')).toHaveText('Link copied');
    const id = (await entry.getAttribute('id')) ?? '';
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${new URL(page.url()).pathname}#${id}`,
    );
  });
});

test('the key-terms downloads parse and hold every term, with links into the article', async ({ page, request }) => {
  const article = firstArticlePath('en');
  const termIds = highlightedIds(readFileSync(distFile(article), 'utf8'), 'term').toSorted();
  await page.goto(`${article}terms/`);
  const jsonHref = (await page.getByRole('link', { name: 'JSON' }).getAttribute('href')) ?? '';
  const csvHref = (await page.getByRole('link', { name: /^CSV/ }).getAttribute('href')) ?? '';

  const json = (await (await request.get(new URL(jsonHref, page.url()).href)).json()) as {
    terms: { id: string; group: string; occurrences: { link: string }[] }[];
  };
  expect(json.terms.map((term) => term.id).toSorted()).toEqual(termIds);
  for (const term of json.terms) expect(term.occurrences.length, term.id).toBeGreaterThan(0);

  const [header = [], ...records] = parseCsv(await (await request.get(new URL(csvHref, page.url()).href)).text());
  const column = (name: string) => header.findIndex((cell) => cell.replace('\uFEFF', '') === name);
  expect(records.map((record) => record[column('id')]).toSorted()).toEqual(termIds);
  for (const record of records) {
    expect(record).toHaveLength(header.length);
    expect(record[column('links')]).toContain(`${article}#term-`);
  }
});

test('the key-terms page has its own link card, and the side-by-side view links to it', async ({ page, request }) => {
  const article = firstArticlePath('en');
  await page.goto(`${article}terms/`);
  const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
  expect(new URL(image).pathname).toBe(`${article}terms/preview.png`);
  const png = await (await request.get(new URL(image).pathname)).body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

  await page.goto(`${article}bilingual/`);
  await page.getByRole('link', { name: 'Key terms' }).click();
  await expect(page).toHaveURL(`${article}terms/`);
});
