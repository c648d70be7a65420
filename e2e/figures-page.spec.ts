import { expect, test } from './support/test';
import { report } from './support/fixtures';

const { slug, sourcedFigure } = report;

/** What a figure's note says at its end, per language. */
const noteEnd = {
  zh: {
    sourced: '数字详解及来源',
    alone: '数字详解',
    noSources: '以上说明仅依据本文。',
    explain: '（数字说明）',
    stations: '12个',
  },
  en: {
    sourced: 'All about this figure, and its sources',
    alone: 'All about this figure',
    noSources: 'This note draws on the article alone.',
    explain: ' (explain this figure)',
    stations: '12',
  },
} as const;

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

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: a figure's note leads to its entry on the figures page, which lists its sources`, async ({ page }) => {
    await page.goto(`/${lang}/${slug}/`);
    await page.getByRole('button', { name: `${noteEnd[lang].stations}${noteEnd[lang].explain}`, exact: true }).click();
    const note = page.getByRole('dialog');
    await expect(note).toBeVisible();
    // The note carries no list of its own: a source is one link away, not in the page.
    await expect(note.getByRole('link', { name: sourcedFigure.source })).toHaveCount(0);
    await expect(note).not.toContainText(noteEnd[lang].noSources);
    await note.getByRole('link', { name: noteEnd[lang].sourced, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${slug}/figures/#${sourcedFigure.id}$`));
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: noteEnd[lang].stations, exact: true }) });
    await expect(row).toBeInViewport();
    await expect(row.getByRole('link', { name: sourcedFigure.source })).toHaveAttribute('href', sourcedFigure.url);
  });

  test(`${lang}: a figure's note that uses the article alone says so, and still leads to its entry`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/${slug}/`);
    await page.getByRole('button', { name: `30%${noteEnd[lang].explain}`, exact: true }).click();
    const note = page.getByRole('dialog');
    await expect(note).toContainText(noteEnd[lang].noSources);
    await note.getByRole('link', { name: noteEnd[lang].alone, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/${slug}/figures/#time-saved$`));
  });
}
