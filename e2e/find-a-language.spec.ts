import { expect, test } from './support/test';
import { report } from './support/fixtures';

test.describe('A reader finds the article in their language', () => {
  test('the root offers every language, each named in itself (no JavaScript)', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/');
    await page
      .getByRole('main')
      .getByRole('link', { name: /English/ })
      .click();
    await expect(page).toHaveURL('/en/');
    await page.goto('/');
    await page
      .getByRole('main')
      .getByRole('link', { name: /简体中文/ })
      .click();
    await expect(page).toHaveURL('/zh/');
  });

  for (const [lang, heading] of [
    ['zh', '文章'],
    ['en', 'Articles'],
  ] as const) {
    test(`/${lang}/ lists the article and leads to it`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const link = page.getByRole('main').getByRole('link').first();
      const title = (await link.textContent()) ?? '';
      await link.click();
      await expect(page).toHaveURL(`/${lang}/${report.slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    });
  }

  test('the language links lead to the same article in the other language', async ({ page }) => {
    await page.goto(`/zh/${report.slug}/`);
    const nav = page.getByRole('navigation', { name: '语言' });
    await expect(nav.getByRole('link', { name: '简体中文' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`/en/${report.slug}/`);
    await expect(
      page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'English' }),
    ).toHaveAttribute('aria-current', 'page');
  });

  test('an unknown address shows a not-found page in every language', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '找不到此页面' })).toBeVisible();
  });

  for (const [lang, heading, back] of [
    ['zh', '找不到此页面', '返回文章列表'],
    ['en', 'Page not found', 'Back to the articles'],
  ] as const) {
    test(`the ${lang} not-found page speaks ${lang} and leads back`, async ({ page }) => {
      await page.goto(`/${lang}/404.html`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await page.getByRole('link', { name: back }).click();
      await expect(page).toHaveURL(`/${lang}/`);
    });
  }
});
