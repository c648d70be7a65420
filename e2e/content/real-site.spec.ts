import { expect, test } from '../support/test';
import { axeViolations } from '../support/axe';
import { articlePages, realSite } from '../support/site';

/**
 * The real article's own pages: its notes quote the other language and cite outside
 * sources, which the fixtures cannot stand in for. One axe run per language on the
 * article with a note open; the journeys cover the page types, and
 * e2e/language-marks.spec.ts the lang of every text of both sites.
 */
const pages = articlePages(realSite);

test('the real site has its article in every language', () => {
  expect(pages.length).toBeGreaterThanOrEqual(3);
});

for (const url of pages) {
  test(`${url} has no axe violations with a term's note open`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(url);
    await page.locator('[data-term-id]').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });
}
