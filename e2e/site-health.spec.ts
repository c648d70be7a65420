import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

/** Section preview pages (/<lang>/<slug>/s/<id>/) send the reader straight on to the article. */
const isPreviewStub = (url: string) => /\/s\/[a-z0-9-]+\/$/.test(url);
const pages = builtPages().filter((url) => !isPreviewStub(url));
const previewStubs = builtPages().filter(isPreviewStub);

test('the built site has the expected pages', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/', '/zh/', '/en/', '/zh/sichuan-police-2019/', '/en/sichuan-police-2019/', '/404.html']),
  );
});

test('there is a preview page for every section', () => {
  expect(previewStubs).toEqual(expect.arrayContaining(['/en/sichuan-police-2019/s/political-loyalty/']));
});

for (const url of previewStubs) {
  // Its own look never reaches a reader (the article's checks cover where they land); what
  // matters is that the hop is clean. The stub's own pending loads are cut short by the
  // redirect, so an aborted request is expected here and nowhere else.
  test(`preview ${url} hands over to its section with no errors or outside requests`, async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL ?? '')) problems.push(`outside request: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(url);
    const [, article, section] = /^(.*\/)s\/([a-z0-9-]+)\/$/.exec(url) ?? [];
    await expect(page).toHaveURL(`${baseURL}${article}#${section}`);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

for (const url of pages) {
  test.describe(`page ${url}`, () => {
    test('loads with no console errors and no failed or outside requests', async ({ page, baseURL }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
      page.on('request', (request) => {
        if (!request.url().startsWith(baseURL ?? '') && !request.url().startsWith('data:')) {
          problems.push(`outside request: ${request.url()}`);
        }
      });
      page.on('response', (response) => {
        const isThisPage = new URL(response.url()).pathname === url;
        if (response.status() >= 400 && !(isThisPage && url.endsWith('404.html'))) {
          problems.push(`${response.status()}: ${response.url()}`);
        }
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      // The root may send the reader on to their language; wait for wherever they land.
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });

    test('marks every text in another language with its lang', async ({ page }) => {
      await page.goto(url);
      // Text with Chinese characters must sit in a zh-* element; text with English words
      // and no Chinese at all must not sit in one (a screen reader would read it in the
      // wrong voice). Mixed text is judged by the element around it.
      const mislabelled = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          const element = node.parentElement;
          if (text === '' || element === null || element.closest('script, style') !== null) continue;
          const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
          const chinese = /\p{Script=Han}/u.test(text);
          if (chinese && !lang.startsWith('zh')) found.push(`${lang}: ${text}`);
          if (!chinese && /[A-Za-z]{2,}/.test(text) && lang.startsWith('zh')) found.push(`${lang}: ${text}`);
        }
        return found;
      });
      expect(mislabelled).toEqual([]);
    });

    test('has no horizontal scrolling at 320 px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        test(`has no axe violations at ${width} px (${colorScheme})`, async ({ page }) => {
          await page.setViewportSize({ width, height: 800 });
          await page.emulateMedia({ colorScheme });
          await page.goto(url);
          await page.waitForLoadState('networkidle');
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          ).toEqual([]);
        });
      }
    }
  });
}
