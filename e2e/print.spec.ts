import { expect, test, type Page } from './support/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstArticlePath, readingText } from './support/site';

/** Letters and digits only, lower-cased: line breaks, hyphenation and spacing in a PDF do not matter. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The text of each sentence of the article, without its notes. */
async function sentences(page: Page): Promise<string[]> {
  const list = page.getByRole('main').getByRole('article').locator('p[data-align]');
  const texts: string[] = [];
  for (const sentence of await list.all()) texts.push(await readingText(sentence));
  return texts;
}

test('en: a printed article reads uninterrupted, each note once as a numbered endnote', async ({ page }) => {
  await page.goto(firstArticlePath('en'));
  const ids = await page
    .locator('[data-figure-id], [data-term-id]')
    .evaluateAll((els) => [
      ...new Set(els.map((el) => `${el.getAttribute('data-figure-id')}/${el.getAttribute('data-term-id')}`)),
    ]);
  // Each note's longest line (a note's parts are its lines: its explanation, as a rule).
  const notes = await page
    .getByRole('dialog', { includeHidden: true })
    .evaluateAll((els) =>
      els.map((el) =>
        (el.textContent ?? '')
          .split('\n')
          .reduce((longest, line) => (line.length > longest.length ? line : longest), ''),
      ),
    );
  await page.emulateMedia({ media: 'print' });
  const endnotes = page.getByRole('complementary').getByRole('listitem');
  await expect(endnotes).toHaveCount(ids.length);
  // On paper a sentence shows its own words only (innerText leaves out what is not displayed).
  const printed = await page
    .locator('p[data-align]')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
  const expected = await sentences(page);
  expect(printed.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
    expected.map((text) => text.replace(/\s+/g, ' ').trim()),
  );
  const endnoteText = (await endnotes.allInnerTexts()).join('\n');
  for (const note of notes) expect(endnoteText).toContain(note);
});

test('en: the PDF of an article has every sentence whole, and every note exactly once', async ({ page }) => {
  await page.goto(firstArticlePath('en'));
  const expected = await sentences(page);
  // Each note's longest line (its explanation, as a rule), once per figure or term however often it is highlighted.
  const explanations = await page
    .getByRole('dialog', { includeHidden: true })
    .evaluateAll((els) => [
      ...new Set(
        els.map((el) =>
          (el.textContent ?? '')
            .split('\n')
            .reduce((longest, line) => (line.length > longest.length ? line : longest), ''),
        ),
      ),
    ]);
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'article.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  // Reference marks are [n]; with them gone, each sentence must be there, whole.
  const body = letters(text.replace(/\[\d+\]/g, ''));
  expect(expected.filter((sentence) => !body.includes(letters(sentence)))).toEqual([]);
  const times = (needle: string) => body.split(letters(needle)).length - 1;
  expect(explanations.length).toBeGreaterThan(10);
  expect(explanations.filter((explanation) => times(explanation) !== 1)).toEqual([]);
  // The notes' sources are on the reference pages: the paper gives their full addresses.
  const article = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  expect(body).toContain(letters('The sources of each note are listed on this article’s reference pages'));
  expect(body).toContain(letters(`${article}figures/`));
  expect(body).toContain(letters(`${article}terms/`));
});

test('en: where the sources are is said on paper only', async ({ page }) => {
  await page.goto(firstArticlePath('en'));
  const line = page.getByText(/^The sources of each note are listed on this article’s reference pages/);
  await expect(line).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(line).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('en: a printed article keeps each note inline, after its figure or term', async ({ page }) => {
    await page.goto(firstArticlePath('en'));
    await page.emulateMedia({ media: 'print' });
    const notes = page.getByRole('dialog', { includeHidden: true });
    expect(await notes.count()).toBeGreaterThan(10);
    await expect(notes.first()).toBeVisible();
    await expect(notes.last()).toBeVisible();
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });
});

test('the side-by-side view prints as two columns, each sentence beside its twin', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${firstArticlePath('en')}bilingual/`);
  await page.emulateMedia({ media: 'print' });
  const pairs = await page.locator('[data-align][lang="en"]').evaluateAll((els) =>
    els.map((en) => {
      const zh = en.previousElementSibling as HTMLElement;
      const a = zh.getBoundingClientRect();
      const b = en.getBoundingClientRect();
      return {
        besideIt: a.right <= b.left && Math.abs(a.top - b.top) < 1,
        together: getComputedStyle(en.parentElement as Element).breakInside,
      };
    }),
  );
  expect(pairs.length).toBeGreaterThan(10);
  expect(pairs.filter((pair) => !pair.besideIt || pair.together !== 'avoid')).toEqual([]);
});

for (const view of ['figures', 'terms'] as const) {
  test(`en: the ${view} page prints as a plain list, without controls`, async ({ page }) => {
    await page.goto(`${firstArticlePath('en')}${view}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button')).toHaveCount(0);
    for (const name of ['JSON', /^Link to this/, /^Back to the article/]) {
      await expect(page.getByRole('link', { name }).first()).toBeHidden();
    }
    // Entries stack: each starts where the one before it does, one under another.
    const entries = view === 'figures' ? page.getByRole('row') : page.getByRole('article');
    const lefts = await entries.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
  });
}
