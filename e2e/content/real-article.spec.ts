import { expect, test } from '../support/test';
import { originalLines, readingText } from '../support/site';

const slug = 'sichuan-police-2019';
const han = /\p{Script=Han}/u;

test.describe('A reader reads the report', () => {
  test('in Chinese: the original, every line of the source verbatim', async ({ page }) => {
    await page.goto(`/zh/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const article = page.getByRole('article');
    const lines = originalLines(slug);
    // Source layout: nav, headline, dateline, caption, lead, 4 × (heading, paragraph), byline.
    const [, headline, , caption, lead, ...rest] = lines;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline ?? '');
    await expect(article.getByRole('figure')).toContainText(caption ?? '');
    expect(await readingText(article)).toContain(lead);
    const sections = article.getByRole('region');
    await expect(sections).toHaveCount(4);
    for (let index = 0; index < 4; index += 1) {
      const heading = rest[index * 2] ?? '';
      const paragraph = rest[index * 2 + 1] ?? '';
      const section = sections.nth(index);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(heading);
      expect(await readingText(section.getByRole('paragraph'))).toBe(paragraph);
    }
    await expect(article).toContainText('记者 张磊 文/图');
    await expect(article).toContainText('四川法治报');
    await expect(article.locator('time')).toHaveAttribute('datetime', '2020-03-25T10:29:48+08:00');
  });

  test('in English: a translation of all four sections, saying so and linking to the original', async ({ page }) => {
    await page.goto(`/en/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const article = page.getByRole('article');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(han);
    const sections = article.getByRole('region');
    await expect(sections).toHaveCount(4);
    for (const heading of await sections.getByRole('heading', { level: 2 }).allTextContents()) {
      expect(heading).not.toMatch(han);
      expect(heading).toMatch(/[A-Za-z]{3}/);
    }
    await expect(article).toContainText('Sichuan Legal Daily');
    await expect(article).toContainText('Zhang Lei');
    const notice = article.getByText('This is a translation of the Chinese original.');
    await expect(notice).toBeVisible();
    await article.getByRole('link', { name: 'Read the Chinese original' }).click();
    await expect(page).toHaveURL(`/zh/${slug}/`);
  });

  test('the same section ids, in the same order, in both languages', async ({ page }) => {
    const idsOf = async (lang: string) => {
      await page.goto(`/${lang}/${slug}/`);
      return page
        .getByRole('region')
        .getByRole('heading', { level: 2 })
        .evaluateAll((hs) => hs.map((h) => h.id));
    };
    const zh = await idsOf('zh');
    expect(zh).toHaveLength(4);
    for (const id of zh) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(await idsOf('en')).toEqual(zh);
  });

  test('every figure of the Chinese body appears in the English', async ({ page }) => {
    // Arabic numerals of the original, as the English writes them (5611 → 5,611; 17.5万 → 175,000).
    await page.goto(`/zh/${slug}/`);
    const zhBody = await readingText(page.locator('.article-body'));
    await page.goto(`/en/${slug}/`);
    const enBody = (await readingText(page.locator('.article-body'))).replace(/(\d),(\d)/g, '$1$2');
    const numbers = zhBody.match(/\d+(?:\.\d+)?(?:万|亿)?/g) ?? [];
    expect(numbers.length).toBeGreaterThan(40);
    const missing = numbers.filter((raw) => {
      const value = raw.endsWith('万')
        ? String(Number(raw.slice(0, -1)) * 10_000)
        : raw.endsWith('亿')
          ? `${Number(raw.slice(0, -1)) * 100} million`
          : raw;
      return !enBody.includes(value);
    });
    expect(missing).toEqual([]);
  });

  test('sentences are spaced as each language writes them', async ({ page }) => {
    const paragraphsOf = async (lang: string) => {
      await page.goto(`/${lang}/${slug}/`);
      const paragraphs = page.locator('.article-body p');
      return Promise.all((await paragraphs.all()).map((paragraph) => readingText(paragraph)));
    };
    const english = await paragraphsOf('en');
    expect(english.length).toBeGreaterThan(4);
    for (const paragraph of english) expect(paragraph).not.toMatch(/[a-z)”]\.[A-Z“]/);
    for (const paragraph of await paragraphsOf('zh')) expect(paragraph).not.toMatch(/[。！？]\s/);
  });

  test('the table of contents leads to each section', async ({ page }) => {
    await page.goto(`/en/${slug}/`);
    const toc = page.getByRole('navigation', { name: 'Contents' });
    const links = toc.getByRole('link');
    await expect(links).toHaveCount(4);
    const third = links.nth(2);
    const name = (await third.textContent()) ?? '';
    await third.click();
    await expect(page.getByRole('heading', { level: 2, name })).toBeInViewport();
  });
});
