import { noteId } from '../src/components/notes/note-ids';
import { expect, scriptsRan, test, type Page } from './support/test';
import { report } from './support/fixtures';

const { slug } = report;
const navName = { zh: '语言', 'zh-hant': '語言', en: 'Languages' } as const;
const selfName = { zh: '简体中文', 'zh-hant': '繁體中文', en: 'English' } as const;
const htmlLang = { zh: 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' } as const;
const switches = [
  ['zh', 'en'],
  ['en', 'zh'],
  ['zh', 'zh-hant'],
  ['zh-hant', 'en'],
] as const;

/** Where the point `fraction` of the way through a sentence is, relative to the reading line (¼ down). */
function offsetFromReadingLine(page: Page, id: string, fraction: number) {
  return page.evaluate(
    ([align, at]) => {
      const sentence = document.querySelector(`.sentence[data-align="${align}"]`);
      const rects = [...(sentence?.getClientRects() ?? [])];
      const top = rects[0]?.top ?? Number.NaN;
      const bottom = rects.at(-1)?.bottom ?? Number.NaN;
      return top + at * (bottom - top) - window.innerHeight * 0.25;
    },
    [id, fraction] as const,
  );
}

/** Scrolls so that the reading line falls `fraction` of the way through the sentence. */
async function scrollToSentence(page: Page, id: string, fraction: number) {
  await page.evaluate(
    ([align, at]) => {
      const sentence = document.querySelector(`.sentence[data-align="${align}"]`);
      const rects = [...(sentence?.getClientRects() ?? [])];
      const top = rects[0]?.top ?? 0;
      const bottom = rects.at(-1)?.bottom ?? 0;
      window.scrollTo({
        top: window.scrollY + top + at * (bottom - top) - window.innerHeight * 0.25,
        behavior: 'instant',
      });
    },
    [id, fraction] as const,
  );
}

for (const width of [375, 1280]) {
  for (const [from, to] of switches) {
    test(`switching ${from} → ${to} at ${width} px keeps the sentence in view at the same height`, async ({ page }) => {
      await page.setViewportSize({ width, height: width === 375 ? 740 : 800 });
      await page.goto(`/${from}/${slug}/`);
      const ids = await page
        .locator('.sentence[data-align]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-align') ?? ''));
      const places = [
        [ids[2] ?? '', 0.1],
        [ids[5] ?? '', 0.6],
        [ids[Math.floor(ids.length / 2) + 1] ?? '', 0.3],
        [ids[ids.length - 4] ?? '', 0.5],
      ] as const;
      for (const [index, [id, fraction]] of places.entries()) {
        // Each switch from a fresh load of the page: the first from the load that read the ids.
        if (index > 0) await page.goto(`/${from}/${slug}/`);
        await scrollToSentence(page, id, fraction);
        expect(Math.abs(await offsetFromReadingLine(page, id, fraction)), 'setup').toBeLessThan(2);
        await page.getByRole('navigation', { name: navName[from] }).getByRole('link', { name: selfName[to] }).click();
        await expect(page).toHaveURL(`/${to}/${slug}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[to]);
        await scriptsRan(page);
        // The same sentence, at the same height: the place the reader was reading, through
        // the translated sentence in proportion, sits at the reading line (within a line or two).
        const offset = await offsetFromReadingLine(page, id, fraction);
        expect(
          Math.abs(offset),
          `${id} at ${fraction} lands ${offset.toFixed(0)} px from the reading line`,
        ).toBeLessThan(60);
      }
    });
  }
}

test('an open note stays open across the switch', async ({ page }) => {
  await page.goto(`/en/${slug}/`);
  const figure = page.locator(`[data-figure-id="${report.figure}"]`);
  await figure.click();
  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(`/zh/${slug}/`);
  await scriptsRan(page);
  await expect(page.locator(`#${noteId('figure', report.figure)}`)).toBeVisible();
  await expect(page.locator(`#fig-${report.figure}`)).toBeInViewport();
});

test.describe('the root page', () => {
  for (const [locale, expected] of [
    ['zh-CN', '/zh/'],
    ['zh-TW', '/zh-hant/'],
    ['en-GB', '/en/'],
    ['fr-FR', '/en/'],
  ] as const) {
    test(`sends a ${locale} browser to ${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(expected);
      await context.close();
    });
  }

  test('honours the choice a reader made with the switcher over the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`/zh/${slug}/`);
    // A page of its own context: Playwright's \`page\` fixture, which waits for the scripts, is not this one.
    await scriptsRan(page);
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`/en/${slug}/`);
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
    await context.close();
  });

  test('never redirects a language-prefixed address', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    for (const url of ['/en/', `/en/${slug}/`, '/en/404.html']) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await expect(page).toHaveURL(url);
    }
    await context.close();
  });
});

test('every page links to its alternates with hreflang, plus x-default', async ({ page }) => {
  await page.goto(`/zh/${slug}/`);
  const alternates = await page
    .locator('link[rel="alternate"]')
    .evaluateAll((links) =>
      links.map(
        (link) => `${link.getAttribute('hreflang') ?? ''} ${new URL(link.getAttribute('href') ?? '').pathname}`,
      ),
    );
  expect(alternates).toEqual(
    expect.arrayContaining([`zh-Hans /zh/${slug}/`, `en /en/${slug}/`, `x-default /en/${slug}/`]),
  );
});
