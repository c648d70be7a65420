import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The rules the site is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations on the page as it is now, one line per rule with the elements it flags.
 *
 * axe.run() in the page itself, as @axe-core/playwright's legacy mode runs it, but with axe
 * put into the page once per load rather than twice per run, and only the violations sent
 * back: a quarter of the time of the package's default, which runs axe in every frame and
 * then opens a blank page to put the frames' results together. That is for cross-origin
 * iframes, and our pages can have no frames (their CSP is default-src 'none', which
 * frame-src falls back to): on every page of the fixture site, at both widths, the default
 * and this report the same passes, violations and incomplete checks.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    const { violations } = await inPage.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, wcagTags);
}
