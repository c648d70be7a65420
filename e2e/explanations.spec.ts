import { expect, test, type Locator, type Page } from './support/test';
import { axeViolations } from './support/axe';
import { report } from './support/fixtures';

const { slug } = report;
const highlights = '[data-figure-id], [data-term-id]';

/** The note a highlight opens: the [popover] its popovertarget names. */
async function noteOf(page: Page, highlight: Locator): Promise<Locator> {
  const target = await highlight.getAttribute('popovertarget');
  expect(target, 'highlight names its note').toBeTruthy();
  return page.locator(`[id="${target}"]`);
}

async function expectInsideViewport(page: Page, note: Locator, label: string) {
  const box = await note.boundingBox();
  const viewport = page.viewportSize();
  expect(box, `${label} has a box`).not.toBeNull();
  if (box === null || viewport === null) return;
  expect(box.x, `${label} left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${label} top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${label} right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height, `${label} bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5);
}

for (const lang of ['zh', 'en'] as const) {
  test.describe(`${lang}: figures and terms explain themselves`, () => {
    for (const width of [375, 1280]) {
      test(`every highlight opens by mouse inside the viewport and closes by Escape, at ${width} px`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: width === 375 ? 740 : 800 });
        await page.goto(`/${lang}/${slug}/`);
        const all = page.locator(highlights);
        // Each highlight's id and the note it names, read at once.
        const targets = await all.evaluateAll((els) =>
          els.map((el) => ({ id: el.id, note: el.getAttribute('popovertarget') ?? '' })),
        );
        expect(targets.length).toBeGreaterThan(10);
        for (const [index, { id, note: target }] of targets.entries()) {
          const highlight = all.nth(index);
          const label = id || String(index);
          expect(target, `${label} names its note`).toBeTruthy();
          const note = page.locator(`[id="${target}"]`);
          await highlight.click();
          await expect(note, label).toBeVisible();
          await expectInsideViewport(page, note, label);
          await page.keyboard.press('Escape');
          await expect(note, label).toBeHidden();
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }

    test('keyboard: Enter and Space open, Escape and the close button close, focus returns', async ({ page }) => {
      await page.goto(`/${lang}/${slug}/`);
      const buttons = page.getByRole('button', { name: lang === 'zh' ? /（数字说明）$/ : /\(explain this figure\)$/ });
      const first = buttons.first();
      const note = await noteOf(page, first);
      await first.focus();
      await page.keyboard.press('Enter');
      await expect(note).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(note).toBeHidden();
      await expect(first).toBeFocused();
      await page.keyboard.press('Space');
      await expect(note).toBeVisible();
      // The note follows its figure in reading and tab order: Tab reaches its link, then its close button.
      await page.keyboard.press('Tab');
      await expect(note.getByRole('link').first()).toBeFocused();
      await note.getByRole('button', { name: lang === 'zh' ? '关闭' : 'Close' }).click();
      await expect(note).toBeHidden();
      await expect(first).toBeFocused();
    });

    test('the button names the figure and says it explains; the note is a labelled dialog', async ({ page }) => {
      await page.goto(`/${lang}/${slug}/`);
      const figure = page.locator('[data-figure-id]').first();
      const shown = ((await figure.textContent()) ?? '').trim();
      await expect(figure).toHaveAccessibleName(
        lang === 'zh' ? `${shown}（数字说明）` : `${shown} (explain this figure)`,
      );
      await figure.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toHaveCount(1);
      await expect(dialog).toHaveAccessibleName(/.+/);
      const term = page.locator('[data-term-id]').first();
      await expect(term).toHaveAccessibleName(lang === 'zh' ? /（词语说明）$/ : /\(explain this term\)$/);
    });

    test("a #fig- deep link opens that figure's note, and so does a #term- link", async ({ page }) => {
      await page.goto(`/${lang}/${slug}/`);
      const ids = await page.locator('[data-figure-id]').evaluateAll((els) => els.map((el) => el.id));
      const termIds = await page.locator('[data-term-id]').evaluateAll((els) => els.map((el) => el.id));
      for (const id of [ids.at(-1), termIds.at(-1)]) {
        await page.goto(`/${lang}/${slug}/#${id ?? ''}`);
        const highlight = page.locator(`[id="${id ?? ''}"]`);
        const note = await noteOf(page, highlight);
        await expect(note).toBeVisible();
        await expect(highlight).toBeInViewport();
        await expectInsideViewport(page, note, id ?? '');
      }
    });

    test('no axe violations with a note open', async ({ page }) => {
      await page.goto(`/${lang}/${slug}/`);
      for (const selector of ['[data-figure-id]', '[data-term-id]']) {
        await page.locator(selector).nth(1).click();
        expect(await axeViolations(page), selector).toEqual([]);
        await page.keyboard.press('Escape');
      }
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens a note as a bottom sheet; a tap outside closes it', async ({ page }) => {
    await page.goto(`/en/${slug}/`);
    const figure = page.locator('[data-figure-id]').nth(8);
    const note = await noteOf(page, figure);
    await figure.tap();
    await expect(note).toBeVisible();
    const box = await note.boundingBox();
    expect(box?.width).toBeCloseTo(375, 0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(740, 0);
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(note).toBeHidden();
  });

  test('a long term flows with its sentence across lines, and tapping its words opens its note', async ({ page }) => {
    await page.goto(`/en/${slug}/`);
    const term = page.locator(`[id="term-${report.longTerm}"]`);
    // The note's title states the same words: find the wording by what it labels.
    const words = page.locator(`label[for="term-${report.longTerm}"]`);
    await expect(words).toHaveText(report.longTermEnglish);
    await words.scrollIntoViewIfNeeded();
    // Flowing, the wording starts on the line where its sentence leaves off: its first
    // line box sits right of the left margin and it spans several lines.
    const lines = await words.evaluate((element) =>
      [...element.getClientRects()].map((rect) => ({ left: rect.left, top: rect.top })),
    );
    const margin = await words.evaluate((element) => element.closest('p')?.getBoundingClientRect().left ?? 0);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]?.left ?? 0).toBeGreaterThan(margin + 20);
    const note = await noteOf(page, term);
    const first = await words.evaluate((element) => {
      const rect = element.getClientRects()[0];
      return rect === undefined ? { x: 0, y: 0 } : { x: rect.left + 8, y: rect.top + rect.height / 2 };
    });
    await page.touchscreen.tap(first.x, first.y);
    await expect(note).toBeVisible();
    // Screen readers hear the wording once, as the button's name.
    await expect(term).toHaveAccessibleName(`${report.longTermEnglish} (explain this term)`);
  });
});

test('a term reads in the sentence as its note names it, with its literal gloss and other renderings beside', async ({
  page,
}) => {
  await page.goto(`/en/${slug}/`);
  const term = page.locator(`[id="term-${report.repeatedTerm}"]`);
  await expect(term).toHaveAccessibleName('Safe Qingxi (explain this term)');
  await term.click();
  const note = page.getByRole('dialog', { name: 'Safe Qingxi' });
  await expect(note).toBeVisible();
  await expect(note).toContainText('Literally: peaceful Qingxi');
  await expect(note).toContainText('Also rendered: Peaceful Qingxi');
});

test('a repeated term opens the one note the page has for it, beside the repeat, and keyboard and screen reader users reach it from there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/en/${slug}/`);
  const buttons = page.getByRole('button', { name: 'Safe Qingxi (explain this term)' });
  await expect(buttons).toHaveCount(2);
  const [first, repeat] = [buttons.first(), buttons.nth(1)];
  const note = page.getByRole('dialog', { name: 'Safe Qingxi', includeHidden: true });
  await expect(note).toHaveCount(1);
  // The repeat names the note it opens, for screen readers that go to details from a button.
  await expect(repeat).toHaveAttribute('aria-details', (await note.getAttribute('id')) ?? '');
  await repeat.scrollIntoViewIfNeeded();
  await repeat.focus();
  await page.keyboard.press('Enter');
  await expect(note).toBeVisible();
  await expectInsideViewport(page, note, 'the note of the repeat');
  // Beside the repeat (its invoker is its anchor), not beside the first highlight.
  const [noteBox, repeatBox, firstBox] = await Promise.all([note, repeat, first].map((l) => l.boundingBox()));
  const gap = (box: typeof noteBox) =>
    Math.min(
      Math.abs((box?.y ?? 0) - ((noteBox?.y ?? 0) + (noteBox?.height ?? 0))),
      Math.abs((noteBox?.y ?? 0) - ((box?.y ?? 0) + (box?.height ?? 0))),
    );
  expect(gap(repeatBox)).toBeLessThan(24);
  expect(gap(firstBox)).toBeGreaterThan(gap(repeatBox));
  // The repeat is marked as the open one; the first highlight is not.
  const tint = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await tint(repeat)).not.toBe(await tint(first));
  // Tab goes from the repeat into its note, on to the close button, which hands focus back.
  await page.keyboard.press('Tab');
  await expect(note.getByRole('link').first()).toBeFocused();
  const close = note.getByRole('button', { name: 'Close' });
  for (let step = 0; step < 5 && !(await close.evaluate((el) => el === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(close).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(note).toBeHidden();
  await expect(repeat).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('notes still open and close', async ({ page }) => {
    await page.goto(`/zh/${slug}/`);
    const figure = page.locator('[data-figure-id]').nth(4);
    const note = await noteOf(page, figure);
    await figure.click();
    await expect(note).toBeVisible();
    await note.getByRole('button', { name: '关闭' }).click();
    await expect(note).toBeHidden();
  });
});

test('the Chinese and the English highlight the same figures and terms, first occurrences carrying the shared id', async ({
  page,
}) => {
  const idsOf = async (lang: string) => {
    await page.goto(`/${lang}/${slug}/`);
    return page
      .locator(highlights)
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-figure-id') ?? ''}${el.getAttribute('data-term-id') ?? ''}=${el.id}`),
      );
  };
  const zh = await idsOf('zh');
  const en = await idsOf('en');
  expect([...en].sort()).toEqual([...zh].sort());
  // The first highlight of each entry in reading order carries the plain id (fig-ID), later ones -2, -3.
  const seen = new Set<string>();
  for (const pair of zh) {
    const [entry = '', id = ''] = pair.split('=');
    expect(id.endsWith(`-${entry}`), `${pair} should be the first occurrence`).toBe(!seen.has(entry));
    seen.add(entry);
  }
});
