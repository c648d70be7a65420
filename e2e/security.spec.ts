import { expect, test } from './support/test';
import { report } from './support/fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowedHashes, cspHash, inlineScripts, inlineStyles, metaPolicy } from '../src/security/inline-code';
import { builtPages, distFile, fixtureSite, realSite } from './support/site';

const article = `/en/${report.slug}/`;

// Read from the built files of both sites: the policy is in every page's HTML.
for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  test(`every page of the ${name} site carries a Content-Security-Policy that allows no outside scripts and no inline script but by its hash`, () => {
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

// The site CSS is inlined; a browser applies the header and the meta policy both, so each
// must allow every inline style of the page by its hash, computed here from the built page.
for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  test(`every inline style of the ${name} site is allowed by its hash in the page's meta CSP and in _headers`, () => {
    const header = /^\s+Content-Security-Policy: (.+)$/m.exec(readFileSync(join(dist, '_headers'), 'utf8'))?.[1] ?? '';
    expect(header).toContain("default-src 'none'");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
    const headerHashes = allowedHashes(header, 'style-src');
    for (const url of builtPages(dist)) {
      const html = readFileSync(distFile(url, dist), 'utf8');
      const styles = inlineStyles(html);
      // Every page carries the site CSS itself, and loads no stylesheet file.
      expect(styles.join('').length, url).toBeGreaterThan(1000);
      expect(html, url).not.toMatch(/<link[^>]+rel="stylesheet"/);
      const metaHashes = allowedHashes(metaPolicy(html) ?? '', 'style-src');
      for (const hash of styles.map(cspHash)) {
        expect(metaHashes, `${url}: meta CSP`).toContain(hash);
        expect(headerHashes, `${url}: _headers`).toContain(hash);
      }
    }
  });

  // Each page's script loader (src/integrations/page-scripts.ts) is its one inline script.
  test(`every inline script of the ${name} site is allowed by its hash in the page's meta CSP and in _headers`, () => {
    const header = /^\s+Content-Security-Policy: (.+)$/m.exec(readFileSync(join(dist, '_headers'), 'utf8'))?.[1] ?? '';
    const headerHashes = allowedHashes(header, 'script-src');
    let loaders = 0;
    for (const url of builtPages(dist)) {
      const html = readFileSync(distFile(url, dist), 'utf8');
      const scripts = inlineScripts(html);
      expect(scripts.length, url).toBeLessThanOrEqual(1);
      loaders += scripts.length;
      const metaHashes = allowedHashes(metaPolicy(html) ?? '', 'script-src');
      for (const hash of scripts.map(cspHash)) {
        expect(metaHashes, `${url}: meta CSP`).toContain(hash);
        expect(headerHashes, `${url}: _headers`).toContain(hash);
      }
    }
    expect(loaders).toBeGreaterThan(5);
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
  // Sentence links: an id the pattern refuses, and a text fragment that is never read.
  `#${report.sentence}"><img src=x onerror=alert(1)>`,
  `#${report.sentence}:~:text=<img src=x onerror=alert(1)>`,
  `#${report.sections[0]}-1-1<svg onload=alert(1)>`,
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
