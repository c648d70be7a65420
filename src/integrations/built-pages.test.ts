import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedAfterPaint, moduleScripts } from './module-imports';
import { allowedHashes, cspHash, inlineScripts } from '../security/inline-code';
import { finishBuiltPages } from './built-pages';

/** A built site in a temporary folder: a page with a module script, one without, and their shared style. */
function builtSite(styleInMeta = true) {
  const dist = mkdtempSync(join(tmpdir(), 'built-pages-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'en'));
  writeFileSync(join(dist, '_astro/page.js'), 'import"./chunk.js";');
  writeFileSync(join(dist, '_astro/chunk.js'), 'export const x=1;');
  const style = 'p{color:red}';
  const csp = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'; style-src 'self'${styleInMeta ? ` '${cspHash(style)}'` : ''};">`;
  const head = `<head><meta charset="utf-8">${csp}<style>${style}</style></head>`;
  const scripted = `<html>${head}<body><p>Text</p><script type="module" src="/_astro/page.js"></script></body></html>`;
  const plain = `<html>${head}<body><p>Plain</p></body></html>`;
  writeFileSync(join(dist, 'en/index.html'), scripted);
  writeFileSync(join(dist, 'en/plain.html'), plain);
  return { dist, style, plain };
}

const headerPolicy = (dist: string) =>
  /Content-Security-Policy: (.+)/.exec(readFileSync(join(dist, '_headers'), 'utf8'))?.[1] ?? '';

describe('the step after the build', () => {
  it("gives each page its script loader first, then allows that loader's hash in _headers", () => {
    const { dist } = builtSite();
    finishBuiltPages(dist);
    const page = readFileSync(join(dist, 'en/index.html'), 'utf8');
    expect(moduleScripts(page)).toEqual([]);
    expect(importedAfterPaint(page).sort()).toEqual(['/_astro/chunk.js', '/_astro/page.js']);
    const [loader = ''] = inlineScripts(page);
    expect(allowedHashes(headerPolicy(dist), 'script-src')).toEqual([cspHash(loader)]);
  });

  it('allows the inline styles of every page in _headers, and leaves a page without scripts as it was', () => {
    const { dist, style, plain } = builtSite();
    finishBuiltPages(dist);
    expect(allowedHashes(headerPolicy(dist), 'style-src')).toEqual([cspHash(style)]);
    expect(readFileSync(join(dist, 'en/plain.html'), 'utf8')).toBe(plain);
  });

  it("names the page whose meta policy lacks one of its inline styles' hashes, and writes no _headers", () => {
    const { dist } = builtSite(false);
    expect(() => finishBuiltPages(dist)).toThrow(/^en\/index\.html: an inline style's hash \(sha256-.+\) is not in/);
    expect(existsSync(join(dist, '_headers'))).toBe(false);
  });
});
