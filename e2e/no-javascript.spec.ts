import { expect, test } from './support/test';
import { report } from './support/fixtures';
import { readingText } from './support/site';

test.use({ javaScriptEnabled: false });

const { slug } = report;

test.describe('A reader without JavaScript', () => {
  test('reads the article, opens a note, and switches language', async ({ page }) => {
    await page.goto(`/zh/${slug}/`);
    await expect(page.getByRole('region')).toHaveCount(report.sections.length);
    expect((await readingText(page.locator('.article-body'))).length).toBeGreaterThan(200);
    const term = page.locator('[data-term-id]').first();
    const note = page.locator(`[id="${(await term.getAttribute('popovertarget')) ?? ''}"]`);
    await term.click();
    await expect(note).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`/en/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('is offered no share or copy controls that could not work, and a note it can close', async ({ page }) => {
    await page.goto(`/en/${slug}/`);
    await expect(page.getByRole('button', { name: /^(Copy link to section|Share section): / })).toHaveCount(0);
    await page.locator('[data-figure-id]').first().click();
    const note = page.getByRole('dialog');
    // Copy and share are built by JavaScript when a note opens (note-actions.ts): none here.
    await expect(note.getByRole('link', { name: 'Link to this figure' })).toHaveCount(0);
    await expect(note.getByRole('button')).toHaveText(['Close']);
  });

  test('follows a section link and a figure link to their place', async ({ page }) => {
    await page.goto(`/en/${slug}/#${report.sections[1]}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Putting People First' })).toBeInViewport();
    await page.goto(`/en/${slug}/#fig-${report.money}`);
    await expect(page.locator(`[id="fig-${report.money}"]`)).toBeInViewport();
  });

  test('reaches the figures page and its downloads', async ({ page }) => {
    await page.goto(`/en/${slug}/`);
    await page.getByRole('link', { name: 'All figures at a glance' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The figures at a glance');
    await expect(page.getByRole('table')).toBeVisible();
    const csv = await page.request.get(`/en/${slug}/figures/figures.csv`);
    expect(csv.ok()).toBe(true);
    expect(await csv.text()).toContain(`${report.figure}`);
  });
});
