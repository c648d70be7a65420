import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { articlePages, mislabelledText, realSite } from '../support/site';

/**
 * The real article's own pages: its notes quote the other language and cite outside
 * sources, which the fixtures cannot stand in for. One axe run per language on the
 * article with a note open; the journeys cover the page types.
 */
const pages = articlePages(realSite);

test('the real site has its article in every language', () => {
  expect(pages.length).toBeGreaterThanOrEqual(3);
});

for (const url of pages) {
  for (const view of ['', 'bilingual/', 'figures/', 'terms/']) {
    test(`${url}${view} marks every text in another language with its lang`, async ({ page }) => {
      await page.goto(`${url}${view}`);
      expect(await mislabelledText(page)).toEqual([]);
    });
  }

  test(`${url} has no axe violations with a term's note open`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url);
    await page.locator('[data-term-id]').first().click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
