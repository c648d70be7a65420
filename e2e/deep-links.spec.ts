import { expect, test } from './support/test';
import { report } from './support/fixtures';

const { slug } = report;

for (const [lang, width] of [
  ['zh', 1280],
  ['en', 1280],
  ['zh', 375],
  ['en', 320],
] as const) {
  test(`/${lang}/ section link lands with that section at the top of the viewport, at ${width} px`, async ({
    page,
  }) => {
    // Phones wrap the sticky header onto two rows: the heading must still clear it.
    await page.setViewportSize({ width, height: 640 });
    await page.goto(`/${lang}/${slug}/`);
    const ids = await page
      .getByRole('region')
      .getByRole('heading', { level: 2 })
      .evaluateAll((hs) => hs.map((h) => h.id));
    for (const id of ids.slice(1)) {
      await page.goto(`/${lang}/${slug}/#${id}`);
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading).toBeInViewport();
      const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
      // At the top of the viewport, and not hidden under the sticky header.
      const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(top).toBeGreaterThanOrEqual(headerBottom);
      expect(top).toBeLessThan(headerBottom + 60);
    }
  });
}
