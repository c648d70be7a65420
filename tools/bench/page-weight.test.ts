import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedAddresses, pageText, sizesOf, weighPage, withImports } from './page-weight';

describe('page weight', () => {
  const html =
    '<p lang="en">Caught <button aria-label="5,611 (explain)">5,611</button> &amp; more.<script>var x = 1;</script>' +
    '<a href="#fig-a">link</a> <a href="/zh/">中文</a> <a rel="external" href="https://example.org/a?b=1">source</a></p>';

  it('counts the words a reader reads, not markup, attributes or scripts', () => {
    expect(pageText(html)).toBe('Caught 5,611 & more. link 中文 source');
  });

  it('counts the addresses of cited sources, not links within the site', () => {
    expect(citedAddresses(html)).toBe('https://example.org/a?b=1');
  });

  it("weighs a page's inline CSS apart, as part of its HTML", () => {
    const dist = mkdtempSync(join(tmpdir(), 'weight-'));
    const page = '<!doctype html><style>p{color:red}</style><style>a{color:blue}</style><p>Text</p>';
    writeFileSync(join(dist, 'index.html'), page);
    const weight = weighPage(dist, 'index.html');
    expect(weight.inlineCss.raw).toBe('p{color:red}\na{color:blue}'.length);
    expect(weight.html).toEqual(sizesOf(page));
    expect(weight.css.raw).toBe(0);
  });

  it('counts the chunks a page script imports, each once', () => {
    const dist = mkdtempSync(join(tmpdir(), 'weight-'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, '_astro/entry.js'), 'import"./a.js";import{x}from"./b.js";');
    writeFileSync(join(dist, '_astro/a.js'), 'import"./b.js";');
    writeFileSync(join(dist, '_astro/b.js'), 'export const x=1;');
    expect([...withImports(dist, ['/_astro/entry.js'])].sort()).toEqual([
      '/_astro/a.js',
      '/_astro/b.js',
      '/_astro/entry.js',
    ]);
  });
});
