import type { Locator } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The built files of the site the journeys run on (the fixture site, e2e/fixtures/dist);
 * specs of the real content (e2e/content/) pass `realSite`.
 */
export const fixtureSite = join(root, 'e2e/fixtures/dist');
export const realSite = join(root, 'dist');

/** Every page of a built site, as the URL a reader opens. */
export function builtPages(dist = fixtureSite): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const url = `/${relative(dist, path)}`.replace(/index\.html$/, '');
        pages.push(url);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The file in dist/ that serves a URL path (/zh/ → dist/zh/index.html). */
export function distFile(path: string, dist = fixtureSite): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** Article pages in the built site: /<lang>/<slug>/. */
export function articlePages(dist = fixtureSite): string[] {
  return builtPages(dist).filter((url) => /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(url));
}

/** Lines of an article's source text as the site received it. */
export function originalLines(slug: string): string[] {
  return readFileSync(join(root, 'content/articles', slug, 'original.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The text a reader reads in an element: without the notes (popovers) and scripts inside it. */
export function readingText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[popover], script')) hidden.remove();
    return copy.textContent ?? '';
  });
}

/**
 * The address of the first article a reader finds on a language's list page (/en/), read
 * from the built page: journeys that start at the article need not load the list first
 * (e2e/article-list.spec.ts follows the list's links in the browser).
 */
export function firstArticlePath(lang: string): string {
  const html = readFileSync(distFile(`/${lang}/`), 'utf8');
  const list = /<ol class="article-list">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  const href = /<a href="([^"]+)"/.exec(list)?.[1];
  if (href === undefined) throw new Error(`/${lang}/ lists no article`);
  return href;
}

/** The ids of the figures or terms an article page highlights, from its buttons, once each. */
export function highlightedIds(articleHtml: string, kind: 'figure' | 'term'): string[] {
  return [...new Set([...articleHtml.matchAll(new RegExp(`data-${kind}-id="([^"]+)"`, 'g'))].map((m) => m[1] ?? ''))];
}

/** Parses CSV as RFC 4180 writes it (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
