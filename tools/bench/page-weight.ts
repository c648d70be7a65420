/**
 * What a built page weighs against its own text. Used by the weight budget test and by
 * `npm run bench`; imports only Node built-ins (and a module that does) so both can load it as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pageModules, withImports } from '../../src/integrations/module-imports.ts';
import { inlineStyles } from '../../src/security/inline-code.ts';

export { withImports };

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  html: Sizes;
  /** Stylesheet files the page links (none: the site inlines its CSS). */
  css: Sizes;
  /** The page's inline <style> text, already counted in `html`: the CSS each page carries. */
  inlineCss: Sizes;
  js: Sizes;
  /** The page's own text: its words (article, notes, interface) and the addresses of the sources it cites; no markup. */
  text: Sizes;
  /** gzip(HTML + CSS + JS the page loads) ÷ gzip(its text): 1.0 would be plain text. */
  ratio: number;
  /** The same against its words alone, without the cited addresses. */
  wordsRatio: number;
  stylesheets: string[];
  scripts: string[];
  fontFaces: number;
}

export function sizesOf(data: string | Buffer): Sizes {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (list: Sizes[]): Sizes => ({
  raw: list.reduce((total, s) => total + s.raw, 0),
  gzip: list.reduce((total, s) => total + s.gzip, 0),
  brotli: list.reduce((total, s) => total + s.brotli, 0),
});

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The text of an HTML page: no scripts, styles, tags or attributes. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (_, name: string) => entities[name] ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The addresses a page cites (links off the site). Every outside fact in a note carries
 * its source's URL: part of what the page must say, like its words, and the part that
 * compresses worst. Counting them keeps the floor honest: no page can say less.
 */
export function citedAddresses(html: string): string {
  return [...html.matchAll(/<a\s[^>]*href="(https?:\/\/[^"]+)"/g)].map((match) => match[1] ?? '').join(' ');
}

/** Weighs the page at `file` in the built site `dist`. */
export function weighPage(dist: string, file: string): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const scripts = pageModules(html);
  const cssFiles = stylesheets.map((href) => readFileSync(join(dist, href), 'utf8'));
  const htmlSizes = sizesOf(html);
  const css = sum(cssFiles.map(sizesOf));
  const js = sum([...withImports(dist, scripts)].map((src) => sizesOf(readFileSync(join(dist, src)))));
  const words = pageText(html);
  const text = sizesOf(`${words} ${citedAddresses(html)}`.trim());
  const loaded = htmlSizes.gzip + css.gzip + js.gzip;
  return {
    html: htmlSizes,
    css,
    inlineCss: sizesOf(inlineStyles(html).join('\n')),
    js,
    text,
    ratio: loaded / text.gzip,
    wordsRatio: loaded / sizesOf(words).gzip,
    stylesheets,
    scripts,
    fontFaces: [html, ...cssFiles].join('\n').match(/@font-face/g)?.length ?? 0,
  };
}
