import { expect, test, type Page } from './support/test';
import { firstArticlePath } from './support/site';

/**
 * Elements that stick out of the viewport sideways, or whose content overflows their own
 * box: on a phone either means scrolling sideways or text cut off.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const name = `${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`}.${element.className}`;
      if (box.left < -0.5 || box.right > width + 0.5) found.push(`${name} spans ${box.left}–${box.right} of ${width}`);
      if (element instanceof HTMLElement && element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        found.push(`${name} holds ${element.scrollWidth} px in ${element.clientWidth}`);
      }
    }
    return found;
  });
}

/** How many of these elements are not shown, or lie even in part outside the viewport's width. */
function explanationsOutside(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((elements) => {
    const width = document.documentElement.clientWidth;
    return elements.filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width === 0 || box.left < 0 || box.right > width;
    }).length;
  });
}

const pages = [
  { name: 'figures', path: 'figures/', link: { en: 'All figures at a glance', zh: '数字一览' } },
  { name: 'key terms', path: 'terms/', link: { en: 'Key terms', zh: '关键词语' } },
] as const;

for (const { name, path, link } of pages) {
  for (const lang of ['en', 'zh'] as const) {
    for (const width of [320, 375, 1280]) {
      test(`${lang}: nothing on the ${name} page overflows sideways at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        const article = firstArticlePath(lang);
        await page.goto(article);
        await page.getByRole('link', { name: link[lang], exact: true }).first().click();
        // Arrived and loaded: the layout is all in the page (inlined CSS, no web fonts).
        await page.waitForURL(`${article}${path}`);
        expect(await overflowing(page)).toEqual([]);
        if (name === 'figures') {
          // Every row or card, and the explanation in it (its third cell after the wording).
          const rows = page.getByRole('table').getByRole('row');
          expect(await rows.count()).toBeGreaterThan(10);
          const withoutExplanation = await rows.evaluateAll(
            (trs) =>
              trs.filter((tr) => tr.querySelector('th[scope="row"]') && !tr.querySelector('td:nth-of-type(3)')).length,
          );
          expect(withoutExplanation).toBe(0);
          expect(await explanationsOutside(page, 'tbody td:nth-of-type(3)')).toBe(0);
        } else {
          expect(await page.getByRole('article').count()).toBeGreaterThan(1);
          expect(await explanationsOutside(page, 'main article p')).toBe(0);
        }
      });
    }
  }
}

test('the change chart keeps its labels at the page’s text size at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(firstArticlePath('en'));
  await page.getByRole('link', { name: 'All figures at a glance' }).click();
  const chart = page.getByRole('figure', { name: /Year-on-year changes/ });
  const sizes = await chart
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => Number.parseFloat(getComputedStyle(item).fontSize)));
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(13);
  expect(await explanationsOutside(page, 'figure li > *')).toBe(0);
});
