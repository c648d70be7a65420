import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules the site is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations on the page as it is now, one line per rule with the elements it flags.
 *
 * Legacy mode runs axe.run() in the page itself. The default runs axe in every frame and
 * then opens a blank page to put the frames' results together, which is there for
 * cross-origin iframes and costs about as much as the analysis. Our pages can have no
 * frames (their CSP is default-src 'none', which frame-src falls back to), so both modes
 * report the same passes, violations and incomplete checks; legacy mode in half the time.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode().analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
