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
