import { expect, test, type Locator, type Page } from './support/test';
import { report } from './support/fixtures';

const { slug, sentence } = report;
/** The words report.sentence begins with, in each language (before its figure). */
const words = {
  zh: '电信网络诈骗案件发案数由2015年的',
  en: 'Telecom and online fraud cases fell',
} as const;

/** The sentence's element, found by what the reader reads. */
function sentenceText(page: Page, text: string): Locator {
  return page.locator('.sentence').filter({ hasText: text });
}

/** Whether the page marks the element as the one the address names, and shows it so. */
async function expectMarked(element: Locator, marked: boolean) {
  expect(await element.evaluate((el) => el.matches(':target'))).toBe(marked);
  const background = await element.evaluate((el) => getComputedStyle(el).backgroundColor);
  if (marked) expect(background).not.toBe('rgba(0, 0, 0, 0)');
  else expect(background).toBe('rgba(0, 0, 0, 0)');
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const lang of ['zh', 'en'] as const) {
    test(`/${lang}/ a link to a sentence (${colorScheme}) lands on it, below the header, and marks it alone`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 375, height: 640 });
      await page.goto(`/${lang}/${slug}/#${sentence}`);
      const target = sentenceText(page, words[lang]);
      await expect(target).toBeInViewport();
      const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(await target.evaluate((el) => el.getClientRects()[0]?.top ?? 0)).toBeGreaterThanOrEqual(headerBottom);
      await expectMarked(target, true);
      // The mark is the page's, not the words': the sentence before it is not marked.
      await expectMarked(page.locator(`.sentence#crime-fighting-1-1`), false);
      await expect(page.locator('.sentence:target')).toHaveCount(1);
    });
  }
}

test('a text fragment after the id (as quotation links carry) still marks the sentence', async ({ page }) => {
  await page.goto(`/en/${slug}/#${sentence}:~:text=${encodeURIComponent('fraud cases fell')}`);
  await expectMarked(sentenceText(page, words.en), true);
});

test('the mark prints as a rule under the sentence, not a block of colour', async ({ page }) => {
  await page.goto(`/en/${slug}/#${sentence}`);
  await page.emulateMedia({ media: 'print' });
  const target = sentenceText(page, words.en);
  expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  expect(await target.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
});

test('switching language, and view, keeps the linked sentence marked: the twin is', async ({ page }) => {
  await page.goto(`/zh/${slug}/#${sentence}`);
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en/${slug}/#${sentence}`);
  await expectMarked(sentenceText(page, words.en), true);
  await expect(sentenceText(page, words.en)).toBeInViewport();

  // Into the side-by-side view: the sentence in the column of the page's language.
  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(`/en/${slug}/bilingual/#en-${sentence}`);
  await expectMarked(sentenceText(page, words.en), true);
  await expectMarked(sentenceText(page, words.zh), false);

  // Another interface language of the side-by-side view marks the column of that language.
  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(`/zh/${slug}/bilingual/#zh-${sentence}`);
  await expectMarked(sentenceText(page, words.zh), true);
  await expectMarked(sentenceText(page, words.en), false);

  // And back to one language.
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: '仅中文' }).click();
  await expect(page).toHaveURL(`/zh/${slug}/#${sentence}`);
  await expectMarked(sentenceText(page, words.zh), true);
});

test('a link to the side-by-side view names each column’s sentence: the one in the address is marked', async ({
  page,
}) => {
  await page.goto(`/en/${slug}/bilingual/#zh-${sentence}`);
  await expectMarked(sentenceText(page, words.zh), true);
  await expectMarked(sentenceText(page, words.en), false);
  // From a column of the other language, the English article marks its own twin.
  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'English only' }).click();
  await expect(page).toHaveURL(`/en/${slug}/#${sentence}`);
});

test('an address naming no sentence leaves the language links without a fragment', async ({ page }) => {
  for (const hash of [`#${report.sections[0]}`, `#${sentence}%22onmouseover=%22alert(1)`, '#fig-x']) {
    await page.goto(`/en/${slug}/${hash}`);
    const link = page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: '简体中文' });
    await expect(link).toHaveAttribute('href', `/zh/${slug}/`);
    await expect(page.locator('.sentence:target')).toHaveCount(0);
  }
});
