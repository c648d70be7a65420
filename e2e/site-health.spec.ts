import { expect, test, type Page } from './support/test';
import { axeViolations } from './support/axe';
import { notice, report } from './support/fixtures';
import { builtPages } from './support/site';

/** Section preview pages (/<lang>/<slug>/s/<id>/) send the reader straight on to the article. */
const isPreviewStub = (url: string) => /\/s\/[a-z0-9-]+\/$/.test(url);
const pages = builtPages().filter((url) => !isPreviewStub(url));
const previewStubs = builtPages().filter(isPreviewStub);
/**
 * axe, the slowest check, runs once per page type, language and colour scheme: the report's pages, the
 * lists and not-found pages, and the notice's article for its other shape. Not the root: its
 * script sends the browser on to /en/ before anything could be analysed, so a run there
 * analysed /en/ a second time.
 */
const noticePages = `/${notice.slug}/`;
const axePages = new Set(
  pages.filter((url) => url !== '/' && (!url.includes(noticePages) || url.endsWith(`/${notice.slug}/`))),
);

/** What a page type may do that would be a problem anywhere else. */
interface ExpectedWhileLoading {
  /** Requests cut short (net::ERR_ABORTED), as when a page sends the reader on at once. */
  abortedRequests?: boolean;
  /** data: URLs, which never leave the browser. */
  dataUrls?: boolean;
  /** An HTTP error status on this response URL. */
  errorStatus?: (responseUrl: string) => boolean;
}

/**
 * Records what must not happen while a page loads: console errors and warnings, page
 * errors, failed requests, requests leaving the local server, HTTP errors.
 */
function watchForProblems(page: Page, baseURL: string, expected: ExpectedWhileLoading = {}): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!(expected.abortedRequests === true && request.failure()?.errorText === 'net::ERR_ABORTED')) {
      problems.push(`failed: ${request.url()}`);
    }
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL) && !(expected.dataUrls === true && url.startsWith('data:'))) {
      problems.push(`outside request: ${url}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && expected.errorStatus?.(response.url()) !== true) {
      problems.push(`${response.status()}: ${response.url()}`);
    }
  });
  return problems;
}

test('the built site has the expected pages', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/', '/zh/', '/en/', `/zh/${report.slug}/`, `/en/${report.slug}/`, '/404.html']),
  );
});

test('there is a preview page for every section', () => {
  expect(previewStubs).toEqual(expect.arrayContaining([`/en/${report.slug}/s/${report.sections[0]}/`]));
});

// One section's preview per article and language: the hop is the same for every section.
const firstPreviews = previewStubs.filter(
  (url, index) =>
    previewStubs.findIndex((other) => other.replace(/s\/[^/]+\/$/, '') === url.replace(/s\/[^/]+\/$/, '')) === index,
);
for (const url of firstPreviews) {
  // Its own look never reaches a reader (the article's checks cover where they land); what
  // matters is that the hop is clean. The stub's own pending loads are cut short by the
  // redirect, so an aborted request is expected here and nowhere else.
  test(`preview ${url} hands over to its section with no errors or outside requests`, async ({ page, baseURL }) => {
    const problems = watchForProblems(page, baseURL ?? '', { abortedRequests: true });
    await page.goto(url);
    const [, article, section] = /^(.*\/)s\/([a-z0-9-]+)\/$/.exec(url) ?? [];
    await expect(page).toHaveURL(`${baseURL}${article}#${section}`);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

const loadsCleanly = 'loads cleanly at 320 px: no console errors, no failed or outside requests, no sideways scrolling';
const noAxeViolations = 'has no axe violations at 375 px (light) or at 1280 px (dark)';

for (const url of pages) {
  test.describe(`page ${url}`, () => {
    // One load per page: the cheap checks at phone width, watching every request; then, on
    // the pages axe covers, each colour scheme once, at a phone's width and a desktop's in
    // turn. (A test of its own for axe would load the page again, in a tab of its own.)
    const title = axePages.has(url) ? `${loadsCleanly}, and ${noAxeViolations}` : loadsCleanly;
    test(title, async ({ page, baseURL }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      const problems = watchForProblems(page, baseURL ?? '', {
        dataUrls: true,
        // A not-found page answers 404 itself, as it should.
        errorStatus: (responseUrl) => new URL(responseUrl).pathname === url && url.endsWith('404.html'),
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      // The root may send the reader on to their language; wait for wherever they land.
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      if (!axePages.has(url)) return;
      for (const [width, colorScheme] of [
        [375, 'light'],
        [1280, 'dark'],
      ] as const) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `${width} px, ${colorScheme}`).toEqual([]);
      }
    });
  });
}
