import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadedModules } from '../lib/module-imports';
import { withModulePreloads } from './module-preload';

describe('module preloads', () => {
  const dist = mkdtempSync(join(tmpdir(), 'preload-'));
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, '_astro/page.js'), 'import"./shared.js";import{x}from"./deep.js";');
  writeFileSync(join(dist, '_astro/shared.js'), 'import"./deep.js";');
  writeFileSync(join(dist, '_astro/deep.js'), 'export const x=1;');
  const csp = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;

  it('names every module a page runs and every chunk below it in the head, after the CSP meta tag', () => {
    const html = `<html><head><meta charset="utf-8">${csp}</head><body><script type="module" src="/_astro/page.js"></script></body></html>`;
    const out = withModulePreloads(html, dist, 'page.html');
    const head = /<head>([\s\S]*?)<\/head>/.exec(out)?.[1] ?? '';
    expect(preloadedModules(head).sort()).toEqual(['/_astro/deep.js', '/_astro/page.js', '/_astro/shared.js']);
    expect(head.indexOf('modulepreload')).toBeGreaterThan(head.indexOf('content-security-policy'));
  });

  it('leaves a page without scripts as it is', () => {
    const html = `<html><head><meta charset="utf-8">${csp}</head><body></body></html>`;
    expect(withModulePreloads(html, dist, 'plain.html')).toBe(html);
  });

  it('says which page has no head to preload from', () => {
    expect(() => withModulePreloads('<script type="module" src="/_astro/deep.js"></script>', dist, 'bad.html')).toThrow(
      /bad\.html: no <meta charset>/,
    );
  });
});
