import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../security/headers';
import { pageInlineHashes } from '../security/inline-code';
import { withPageScripts } from './page-scripts';

/**
 * The one step after the build: what only the bundled site can tell (which chunks each
 * page's scripts import, the final inline code of each page) goes into the pages and
 * dist/_headers. Each page is read once and written at most once, in this order:
 *
 * 1. script loader (page-scripts.ts): the page's module scripts give way to one inline
 *    loader, whose hash joins the page's CSP meta tag;
 * 2. CSP hashes: the inline styles and scripts of the page as step 1 left it, hashed, each
 *    of which its meta policy must allow (else the build fails, naming the page);
 * 3. _headers: once every page is done, from src/security/headers.ts and every page's
 *    hashes, so the HTTP header and each page's meta policy allow the same built code.
 */

/** Every .html file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file))
    .sort();
}

/** Steps 1–3 on the built site in `dist`; returns the hashes _headers allows. */
export function finishBuiltPages(dist: string): { styles: string[]; scripts: string[] } {
  const styles = new Set<string>();
  const scripts = new Set<string>();
  for (const file of htmlFiles(dist)) {
    const built = readFileSync(file, 'utf8');
    const html = withPageScripts(built, dist, file);
    const hashes = pageInlineHashes(html, relative(dist, file));
    hashes.styles.forEach((hash) => styles.add(hash));
    hashes.scripts.forEach((hash) => scripts.add(hash));
    if (html !== built) writeFileSync(file, html);
  }
  writeFileSync(join(dist, '_headers'), headersFile([...styles], [...scripts]));
  return { styles: [...styles], scripts: [...scripts] };
}

export default function builtPages(): AstroIntegration {
  return {
    name: 'built-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { styles, scripts } = finishBuiltPages(fileURLToPath(dir));
        logger.info(
          `_headers written, allowing ${styles.length} inline style(s) and ${scripts.length} script(s) by hash`,
        );
      },
    },
  };
}
