import { expect, test } from './support/test';
import { report } from './support/fixtures';
import { readFileSync } from 'node:fs';
import { articlePages, distFile, readingText } from './support/site';

const { slug } = report;

test.describe('A reader of Traditional Chinese', () => {
  test('reads the article in Traditional characters, with the same numbers, ids and notes', async ({ page }) => {
    await page.goto(`/zh/${slug}/`);
    const simplified = await readingText(page.locator('.article-body'));
    const simplifiedIds = await page
      .locator('[data-figure-id], [data-term-id]')
      .evaluateAll((els) => els.map((el) => el.id));

    await page.goto(`/zh-hant/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    const traditional = await readingText(page.locator('.article-body'));
    expect(traditional).not.toBe(simplified);
    expect(traditional).toContain('縣');
    expect(traditional).not.toContain('县');
    const numbers = (text: string) => text.match(/\d+(?:[.,/·]\d+)*/g) ?? [];
    expect(numbers(traditional)).toEqual(numbers(simplified));
    expect(await page.locator('[data-figure-id], [data-term-id]').evaluateAll((els) => els.map((el) => el.id))).toEqual(
      simplifiedIds,
    );

    const figure = page.locator(`[data-figure-id="${report.figure}"]`);
    await figure.click();
    const note = page.getByRole('dialog');
    // The kicker is drawn from the note's data-kicker: what shows is its ::before.
    expect(await note.evaluate((element) => getComputedStyle(element, '::before').content)).toBe('"數字說明"');
    await expect(note.getByRole('button', { name: '關閉' })).toBeVisible();
  });

  test('sees it is a conversion of the original, and the switcher names it in its own script', async ({ page }) => {
    await page.goto(`/zh-hant/${slug}/`);
    const nav = page.getByRole('navigation', { name: '語言' });
    await expect(nav.getByRole('link', { name: '繁體中文' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: '简体中文' })).toHaveAttribute('hreflang', 'zh-Hans');
    await page.getByRole('link', { name: '閱讀簡體中文原文' }).click();
    await expect(page).toHaveURL(`/zh/${slug}/`);
  });

  test('is sent to Traditional Chinese from the root by a zh-TW or zh-HK browser', async ({ browser }) => {
    for (const locale of ['zh-TW', 'zh-HK']) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL('/zh-hant/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('文章');
      await context.close();
    }
  });
});

test('Chinese article pages join their sentences with no space between them, as the original does', () => {
  // Read from the built files: the space would be in the HTML, whatever the browser shows.
  for (const url of articlePages()) {
    const html = readFileSync(distFile(url), 'utf8');
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
    const joins = html.match(/<\/span>(\s*)<span class="sentence"/g) ?? [];
    expect(joins.length, `${url} has joined sentences`).toBeGreaterThan(0);
    const spaced = joins.filter((join) => /^<\/span>\s/.test(join)).length;
    if (lang.startsWith('zh')) expect(spaced, `${url}: sentences followed by a space`).toBe(0);
    else expect(spaced, `${url}: English sentences separated by a space`).toBe(joins.length);
  }
});
