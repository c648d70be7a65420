import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

const article = '/en/sichuan-police-2019/';

test('every page carries a Content-Security-Policy that allows no inline or outside scripts', async ({ page }) => {
  for (const url of builtPages()) {
    await page.goto(url);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, url).toContain("default-src 'none'");
    expect(policy, url).toMatch(/script-src 'self'/);
    expect(policy, url).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  }
});

for (const hostile of [
  `#"><img src=x onerror=alert(1)>`,
  '#fig-"><script>alert(1)</script>',
  '#fig-no-such-figure',
  '#term-',
  '#%E2%80%AE',
  '?lang=<script>alert(1)</script>',
  '?lang=zh#fig-fugitives-caught"onmouseover="alert(1)',
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
