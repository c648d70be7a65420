import { expect, test } from './support/test';
import { notice } from './support/fixtures';

/**
 * A document of another shape than the report: a notice with no byline or column, its
 * points under （一） sub-headings and in a numbered list, as the source prints them.
 */
const { slug } = notice;

test('a notice reads with its sub-headings and numbered points, and no byline', async ({ page }) => {
  await page.goto(`/zh/${slug}/`);
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 3 })).toHaveText(['（一）加强组织领导', '（二）严查重点违法行为']);
  const points = article.getByRole('list').filter({ hasText: '严查酒后驾驶' }).getByRole('listitem');
  await expect(points).toHaveCount(notice.listItems);
  // The source's own numbers, once: the list draws none of its own.
  await expect(points.first()).toHaveText(/^1\.严查酒后驾驶/);
  expect(await points.first().evaluate((item) => getComputedStyle(item.parentElement ?? item).listStyleType)).toBe(
    'none',
  );
  await expect(article.locator('.byline')).toHaveCount(0);
  await expect(article.locator('.column')).toHaveCount(0);
  await expect(article).toContainText('清溪县公安局');
});

test('the English keeps the same sub-headings and points, and the reader keeps their place in a list', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 600 });
  await page.goto(`/en/${slug}/`);
  await expect(page.getByRole('article').getByRole('heading', { level: 3 })).toHaveCount(notice.subheadings.length);
  const point = page.locator(`.sentence[data-align="${notice.list}-3-1"]`);
  await point.scrollIntoViewIfNeeded();
  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(`/zh/${slug}/`);
  await expect(page.locator(`.sentence[data-align="${notice.list}-3-1"]`)).toBeInViewport();
});

test('side by side, each point and sub-heading stands beside its translation', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/en/${slug}/bilingual/`);
  for (const id of [notice.subheadings[0], `${notice.list}-1-1`]) {
    const zh = page.locator(`[data-align="${id}"][lang="zh-Hans"]`);
    const en = page.locator(`[data-align="${id}"][lang="en"]`);
    await expect(zh).toBeVisible();
    const [a, b] = [await zh.boundingBox(), await en.boundingBox()];
    expect(Math.abs((a?.y ?? 0) - (b?.y ?? 1)), `${id}: twins start at the same height`).toBeLessThanOrEqual(2);
    expect(b?.x ?? 0).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 1);
  }
  await expect(page.getByRole('heading', { level: 3, name: '(1) Strengthen leadership' })).toBeVisible();
});
