/**
 * Playwright's `test`, with a `page` that waits, after each navigation it is asked for,
 * until the page's scripts have run. The site loads them after the first paint
 * (src/integrations/page-scripts.ts), so the load event no longer means a journey can
 * use them: the loader marks <html data-scripts="ready"> when they have run. Journeys with
 * JavaScript off, and pages without a loader, do not wait.
 */
import { test as base, type Page } from '@playwright/test';

export * from '@playwright/test';

/** Until the page's after-paint scripts have run (at once where it has none). */
export async function scriptsRan(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.scripts === 'ready' ||
      document.querySelector('script[type="module"]:not([src])') === null,
  );
}

export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled) {
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args: Parameters<Page['goto']>) => {
        const response = await goto(...args);
        await scriptsRan(page);
        return response;
      };
      page.reload = async (...args: Parameters<Page['reload']>) => {
        const response = await reload(...args);
        await scriptsRan(page);
        return response;
      };
    }
    await use(page);
  },
});
