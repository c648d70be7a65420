import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedAfterPaint, moduleScripts, preloadedModules } from './module-imports';
import { allowedHashes, cspHash, inlineScripts, metaPolicy } from '../security/inline-code';
import { withPageScripts } from './page-scripts';

describe('page scripts', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-scripts-'));
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, '_astro/page.js'), 'import"./shared.js";import{x}from"./deep.js";');
  writeFileSync(join(dist, '_astro/shared.js'), 'import"./deep.js";');
  writeFileSync(join(dist, '_astro/deep.js'), 'export const x=1;');
  const csp = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'sha256-AAA='; style-src 'self';">`;
  const page = (body: string) =>
    `<html><head><meta charset="utf-8">${csp}</head><body>${body}<script type="module" src="/_astro/page.js"></script></body></html>`;

  it('loads every module a page runs, and every chunk below it, from one loader after the first paint', () => {
    const out = withPageScripts(page('<p>Text</p>'), dist, 'page.html');
    expect(moduleScripts(out)).toEqual([]);
    expect(preloadedModules(out)).toEqual([]);
    expect(importedAfterPaint(out).sort()).toEqual(['/_astro/deep.js', '/_astro/page.js', '/_astro/shared.js']);
    const [loader = ''] = inlineScripts(out);
    expect(loader).toContain('getEntriesByName("first-contentful-paint")');
    expect(out.indexOf('<script type="module">')).toBeGreaterThan(out.indexOf('<p>Text</p>'));
  });

  it("allows the loader by its hash in the page's CSP meta tag, beside the hashes already there", () => {
    const out = withPageScripts(page(''), dist, 'page.html');
    const [loader = ''] = inlineScripts(out);
    expect(allowedHashes(metaPolicy(out) ?? '', 'script-src')).toEqual(['sha256-AAA=', cspHash(loader)]);
  });

  it('keeps the scripts of a page that runs them before the paint, each module preloaded from the head', () => {
    const out = withPageScripts(page('<ul data-scripts-before-paint></ul>'), dist, 'root.html');
    expect(moduleScripts(out)).toEqual(['/_astro/page.js']);
    expect(importedAfterPaint(out)).toEqual([]);
    const head = /<head>([\s\S]*?)<\/head>/.exec(out)?.[1] ?? '';
    expect(preloadedModules(head).sort()).toEqual(['/_astro/deep.js', '/_astro/page.js', '/_astro/shared.js']);
    expect(head.indexOf('modulepreload')).toBeGreaterThan(head.indexOf('content-security-policy'));
  });

  it('leaves a page without scripts as it is', () => {
    const html = `<html><head><meta charset="utf-8">${csp}</head><body></body></html>`;
    expect(withPageScripts(html, dist, 'plain.html')).toBe(html);
  });

  it('says which page has no CSP meta tag to allow its loader in', () => {
    expect(() =>
      withPageScripts('<body><script type="module" src="/_astro/deep.js"></script></body>', dist, 'bad.html'),
    ).toThrow(/bad\.html: no script-src in a CSP meta tag/);
  });
});
