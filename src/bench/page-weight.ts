/**
 * What a built page weighs against its own text. Used by the weight budget test and by
 * `npm run bench`; imports only Node built-ins so both can load it as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** The page's own words: article, notes, interface text; no markup. */
  text: Sizes;
  /** gzip(HTML + CSS + JS the page loads) ÷ gzip(its text): 1.0 would be plain text. */
  ratio: number;
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

/** Weighs the page at `file` in the built site `dist`. */
export function weighPage(dist: string, file: string): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const cssFiles = stylesheets.map((href) => readFileSync(join(dist, href), 'utf8'));
  const htmlSizes = sizesOf(html);
  const css = sum(cssFiles.map(sizesOf));
  const js = sum(scripts.map((src) => sizesOf(readFileSync(join(dist, src)))));
  const text = sizesOf(pageText(html));
  return {
    html: htmlSizes,
    css,
    js,
    text,
    ratio: (htmlSizes.gzip + css.gzip + js.gzip) / text.gzip,
    stylesheets,
    scripts,
    fontFaces: [html, ...cssFiles].join('\n').match(/@font-face/g)?.length ?? 0,
  };
}
