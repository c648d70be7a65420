import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../security/headers';
import { allowedHashes, cspHash, inlineStyles, metaPolicy } from '../security/inline-styles';

/** Every .html file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file))
    .sort();
}

/**
 * The style hashes of a built site: each page's inline styles, hashed. Throws, naming the
 * page, when a page's <meta> policy lacks one of its own styles' hashes: the header and
 * the meta tag must allow the same styles, or the browser (which applies both) drops one.
 */
export function siteStyleHashes(dir: string): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const allowed = allowedHashes(metaPolicy(html) ?? '', 'style-src');
    for (const hash of inlineStyles(html).map(cspHash)) {
      if (!allowed.includes(hash)) {
        throw new Error(
          `${relative(dir, file)}: an inline style's hash (${hash}) is not in the page's CSP meta tag; check security.csp in astro.config.mjs`,
        );
      }
      hashes.add(hash);
    }
  }
  return [...hashes];
}

/**
 * Writes dist/_headers after every build, from src/security/headers.ts and the hashes of
 * the styles the build inlined, so the HTTP header and each page's meta policy come from
 * the same built CSS and cannot drift apart.
 */
export default function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = siteStyleHashes(out);
        writeFileSync(join(out, '_headers'), headersFile(hashes));
        logger.info(`_headers written, allowing ${hashes.length} inline style(s) by hash`);
      },
    },
  };
}
