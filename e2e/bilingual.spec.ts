import { columnPrefix, noteId } from '../src/components/notes/note-ids';
import { expect, scriptsRan, test, type Locator, type Page } from './support/test';
import { report } from './support/fixtures';

/**
 * A reader who knows some of both languages reads the report side by side: each Chinese
 * sentence beside (or above) the English that translates it, in the interface language of
 * the address, with figures and terms explained in either column.
 */
const { slug } = report;
const editions = {
  zh: { html: 'zh-Hans', chinese: 'zh-Hans', nav: '语言', self: '简体中文', single: '仅中文' },
  'zh-hant': { html: 'zh-Hant', chinese: 'zh-Hant', nav: '語言', self: '繁體中文', single: '僅中文' },
  en: { html: 'en', chinese: 'zh-Hans', nav: 'Languages', self: 'English', single: 'English only' },
} as const;
type Edition = keyof typeof editions;

/** The sentences of the page in reading order: language, alignment id, and the words a reader reads. */
function sentencesOf(sentences: Locator): Promise<{ lang: string; id: string; text: string }[]> {
  return sentences.evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      for (const note of copy.querySelectorAll('[popover]')) note.remove();
      return {
        lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
        id: element.getAttribute('data-align') ?? '',
        text: (copy.textContent ?? '').trim(),
      };
    }),
  );
}

/** What the single-language article page says, sentence by sentence and heading by heading. */
async function articleText(page: Page, locale: string) {
  await page.goto(`/${locale}/${slug}/`);
  const sentences = await sentencesOf(page.locator('.article-body .sentence[data-align]'));
  const headings = await page.getByRole('region').getByRole('heading', { level: 2 }).allTextContents();
  return { sentences, headings: headings.map((heading) => heading.trim()) };
}

const bilingualPath = (locale: Edition) => `/${locale}/${slug}/bilingual/`;
const column = (page: Page, lang: string) => page.getByRole('main').locator(`[data-align][lang="${lang}"]`);
const background = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
const mark = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return `${style.backgroundColor} ${style.outlineStyle}`;
  });

for (const locale of Object.keys(editions) as Edition[]) {
  const edition = editions[locale];

  test(`${locale}: every Chinese sentence is paired with its English twin, in the interface language of the address`, async ({
    page,
  }) => {
    const chinese = await articleText(page, locale === 'zh-hant' ? 'zh-hant' : 'zh');
    const english = await articleText(page, 'en');
    expect(chinese.sentences.length).toBeGreaterThan(5);

    await page.goto(bilingualPath(locale));
    await expect(page.locator('html')).toHaveAttribute('lang', edition.html);
    const nav = page.getByRole('navigation', { name: edition.nav });
    await expect(nav.getByRole('link', { name: edition.self, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: edition.single })).toHaveAttribute('href', `/${locale}/${slug}/`);

    // Reading order: each Chinese sentence, then its English twin, with the same alignment id.
    const expected = chinese.sentences.flatMap((sentence, index) => [
      { lang: edition.chinese, id: sentence.id, text: sentence.text },
      { lang: 'en', id: english.sentences[index]?.id ?? '', text: english.sentences[index]?.text ?? '' },
    ]);
    expect(chinese.sentences.map((sentence) => sentence.id)).toEqual(english.sentences.map((sentence) => sentence.id));
    expect(await sentencesOf(page.getByRole('main').locator('[data-align]'))).toEqual(expected);

    // Headings too: the headline in both languages, then each section's heading, Chinese then English.
    const headline = page.getByRole('heading', { level: 1 });
    await expect(headline.locator(`[lang="${edition.chinese}"]`)).toHaveText(/清溪/);
    await expect(headline.locator('[lang="en"]')).toHaveText(/Qingxi/);
    const headings = page.getByRole('main').getByRole('heading', { level: 2 });
    const pairs = await headings.evaluateAll((elements) =>
      elements.map((element) => `${element.getAttribute('lang') ?? ''} ${(element.textContent ?? '').trim()}`),
    );
    expect(pairs).toEqual(
      chinese.headings.flatMap((heading, index) => [
        `${edition.chinese} ${heading}`,
        `en ${english.headings[index] ?? ''}`,
      ]),
    );
  });
}

test('the Traditional Chinese page shows the Chinese column in Traditional characters', async ({ page }) => {
  await page.goto(bilingualPath('zh-hant'));
  const chinese = await column(page, 'zh-Hant').allTextContents();
  expect(chinese.length).toBeGreaterThan(5);
  expect(chinese.join('')).toContain('清溪縣');
  expect(chinese.join('')).not.toContain('清溪县');
  await expect(column(page, 'zh-Hans')).toHaveCount(0);
});

test('at 1280 px twins stand side by side; at 375 px the English follows its Chinese', async ({ page }) => {
  const geometry = () =>
    page.getByRole('main').evaluate((main) =>
      [...main.querySelectorAll('[data-align][lang^="zh"]')].map((zh) => {
        const en = main.querySelector(`[data-align="${zh.getAttribute('data-align') ?? ''}"][lang="en"]`);
        const a = zh.getBoundingClientRect();
        const b = en?.getBoundingClientRect();
        return { id: zh.getAttribute('data-align'), zh: [a.left, a.top, a.right, a.bottom], en: b && [b.left, b.top] };
      }),
    );

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(bilingualPath('en'));
  const wide = await geometry();
  expect(wide.length).toBeGreaterThan(5);
  for (const { id, zh, en } of wide) {
    const [zhLeft = 0, zhTop = 0, zhRight = 0] = zh;
    const [enLeft = 0, enTop = 0] = en ?? [];
    expect(Math.abs(enTop - zhTop), `${id}: twins start at the same height`).toBeLessThanOrEqual(2);
    expect(enLeft, `${id}: the English is to the right of the Chinese`).toBeGreaterThanOrEqual(zhRight);
    expect(zhLeft).toBeGreaterThan(0);
  }

  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(bilingualPath('zh'));
  const narrow = await geometry();
  for (const { id, zh, en } of narrow) {
    const [zhLeft = 0, , , zhBottom = 0] = zh;
    const [enLeft = 0, enTop = 0] = en ?? [];
    expect(enTop, `${id}: the English is below its Chinese`).toBeGreaterThanOrEqual(zhBottom - 1);
    expect(Math.abs(enLeft - zhLeft), `${id}: in the same column`).toBeLessThanOrEqual(2);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test('pointing at a sentence highlights its twin in the other language', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(bilingualPath('en'));
  const zh = column(page, 'zh-Hans');
  const en = column(page, 'en');
  const [first, second] = ['crime-fighting-1-1', 'crime-fighting-1-2'];
  const sentence = (locator: Locator, id: string) => locator.and(page.locator(`[data-align="${id}"]`));

  await page.getByRole('heading', { level: 1 }).hover();
  const plain = await background(sentence(en, first));
  expect(await background(sentence(en, second))).toBe(plain);

  await sentence(zh, first).hover();
  expect(await background(sentence(en, first))).not.toBe(plain);
  expect(await background(sentence(en, second))).toBe(plain);

  await sentence(en, second).hover();
  expect(await background(sentence(zh, second))).not.toBe(plain);
  expect(await background(sentence(zh, first))).toBe(plain);
});

test('opening a figure in the English column marks its twin in the Chinese column, by click and by Enter', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(bilingualPath('en'));
  const figure = column(page, 'en').getByRole('button', { name: '86 (explain this figure)' });
  const twin = column(page, 'zh-Hans').getByRole('button', { name: '86名（数字说明）' });
  const other = column(page, 'zh-Hans').getByRole('button', { name: '1250起（数字说明）' });
  const note = page.getByRole('dialog', { name: '86 people' });
  const unmarked = await mark(other);
  expect(await mark(twin)).toBe(unmarked);

  await figure.click();
  await expect(note).toBeVisible();
  await expect(note).toContainText('What it counts');
  await expect.poll(() => mark(twin)).not.toBe(unmarked);
  expect(await mark(other)).toBe(unmarked);
  // Focus stays in the sentence: its Chinese twin stays highlighted while the reader reads the note.
  const twinSentence = column(page, 'zh-Hans').filter({
    has: page.getByRole('button', { name: '86名（数字说明）' }),
  });
  const otherSentence = column(page, 'zh-Hans').filter({ hasText: '电信网络诈骗案件发案数' });
  expect(await background(twinSentence)).not.toBe(await background(otherSentence));

  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect.poll(() => mark(twin)).toBe(unmarked);

  await expect(figure).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(note).toBeVisible();
  await expect.poll(() => mark(twin)).not.toBe(unmarked);
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();

  // The Chinese note opens from its own column, and its English twin is marked in turn.
  await twin.click();
  await expect(page.getByRole('dialog', { name: '86名' })).toBeVisible();
  const otherEnglish = column(page, 'en').getByRole('button', { name: '1,250 (explain this figure)' });
  await expect.poll(() => mark(figure)).not.toBe(await mark(otherEnglish));
});

test('element ids are unique on the page, and the article pages keep their bare ids', async ({ page }) => {
  await page.goto(bilingualPath('zh'));
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.length).toBeGreaterThan(30);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  await page.goto(`/zh/${slug}/`);
  await expect(page.locator(`[id="fig-${report.figure}"]`)).toHaveAttribute('data-figure-id', `${report.figure}`);
});

test('the switcher leads from an article to its side-by-side view, across languages, and back', async ({ page }) => {
  await page.goto(`/zh/${slug}/`);
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: '中英对照' }).click();
  await expect(page).toHaveURL(bilingualPath('zh'));
  await expect(page.getByRole('main').getByRole('link', { name: '只读中文版' })).toHaveAttribute(
    'href',
    `/zh/${slug}/`,
  );

  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(bilingualPath('en'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(bilingualPath('zh-hant'));
  await page.getByRole('navigation', { name: '語言' }).getByRole('link', { name: '僅中文' }).click();
  await expect(page).toHaveURL(`/zh-hant/${slug}/`);

  // The article names the view in its own script, also beside its figures link.
  await page.getByRole('main').getByRole('link', { name: '中英對照' }).click();
  await expect(page).toHaveURL(bilingualPath('zh-hant'));
  await page.getByRole('main').getByRole('link', { name: '只讀中文版' }).click();
  await expect(page).toHaveURL(`/zh-hant/${slug}/`);
});

test('an open note stays open between the article and its side-by-side view', async ({ page }) => {
  await page.goto(`/en/${slug}/`);
  await page.locator(`#fig-${report.figure}`).click();
  const languages = page.getByRole('navigation', { name: 'Languages' });
  await languages.getByRole('link', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(`/en/${slug}/bilingual/`);
  // The note of the reader's language: the English column's.
  await expect(page.locator(`[id="${noteId('figure', report.figure, columnPrefix('en'))}"]`)).toBeVisible();
  await languages.getByRole('link', { name: 'English only' }).click();
  await expect(page).toHaveURL(`/en/${slug}/`);
  await expect(page.locator(`[id="${noteId('figure', report.figure)}"]`)).toBeVisible();
});

test('the reader keeps their place when switching to the side-by-side view', async ({ page }) => {
  await page.goto(`/en/${slug}/`);
  const id = report.sentence;
  await page.locator(`.sentence[data-align="${id}"]`).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -200));
  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(bilingualPath('en'));
  await scriptsRan(page);
  await expect(column(page, 'en').and(page.locator(`[data-align="${id}"]`))).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('both texts show and a figure note opens by click', async ({ page }) => {
    await page.goto(bilingualPath('en'));
    await expect(column(page, 'zh-Hans').first()).toBeVisible();
    await expect(column(page, 'en').first()).toBeVisible();
    expect(await column(page, 'zh-Hans').count()).toBeGreaterThan(5);
    expect(await column(page, 'en').count()).toBe(await column(page, 'zh-Hans').count());
    await column(page, 'zh-Hans').getByRole('button', { name: '86名（数字说明）' }).click();
    await expect(page.getByRole('dialog', { name: '86名' })).toBeVisible();
  });
});
