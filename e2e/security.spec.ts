import { expect, test } from '@playwright/test';
import { report } from './support/fixtures';
import { readFileSync } from 'node:fs';
import { builtPages, distFile, fixtureSite, realSite } from './support/site';

const article = `/en/${report.slug}/`;

// Read from the built files of both sites: the policy is in every page's HTML.
for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  test(`every page of the ${name} site carries a Content-Security-Policy that allows no inline or outside scripts`, () => {
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const url of pages) {
      const html = readFileSync(distFile(url, dist), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
      expect(policy, url).toContain("default-src 'none'");
      expect(policy, url).toMatch(/script-src 'self'/);
      expect(policy, url).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    }
  });
}

for (const hostile of [
  `#"><img src=x onerror=alert(1)>`,
  '#fig-"><script>alert(1)</script>',
  '#fig-no-such-figure',
  '#term-',
  '#%E2%80%AE',
  '?lang=<script>alert(1)</script>',
  `?lang=zh#fig-${report.figure}"onmouseover="alert(1)`,
]) {
  test(`a hostile address (${hostile}) changes nothing and logs no error`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${article}${hostile}`);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator(':popover-open').count()).toBe(0);
    expect(problems).toEqual([]);
  });
}
