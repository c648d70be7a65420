import { expect, test } from '@playwright/test';
import { report } from './support/fixtures';

const { slug } = report;

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the figures page lists every figure of the article and leads back to it`, async ({ page }) => {
    await page.goto(`/${lang}/${slug}/`);
    const articleIds = new Set(
      await page.locator('[data-figure-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-figure-id'))),
    );
    await page.getByRole('link', { name: lang === 'zh' ? '数字一览' : 'All figures at a glance' }).click();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(articleIds.size + 1);
    await expect(page.getByRole('figure', { name: lang === 'zh' ? /同比变化/ : /Year-on-year changes/ })).toBeVisible();

    const json = (await (await page.request.get(`/${lang}/${slug}/figures/figures.json`)).json()) as {
      figures: { id: string; values: number[]; link: string }[];
    };
    expect(new Set(json.figures.map((figure) => figure.id))).toEqual(articleIds);
    for (const figure of json.figures) expect(figure.values.every((value) => Number.isFinite(value))).toBe(true);

    const row = rows.nth(12);
    const wording = (await row.getByRole('rowheader').textContent()) ?? '';
    await row.getByRole('link', { name: lang === 'zh' ? /^在文中查看/ : /^See in the article/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${slug}/#fig-`));
    const figure = page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`);
    await expect(figure).toHaveText(wording);
    await expect(figure).toBeInViewport();
    await expect(page.locator(':popover-open')).toHaveCount(1);
  });
}
