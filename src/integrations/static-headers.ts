import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../security/headers';
import { allowedHashes, cspHash, inlineScripts, inlineStyles, metaPolicy } from '../security/inline-code';

/** Every .html file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file))
    .sort();
}

/**
 * The hashes of a built site's inline code: each page's inline styles and scripts, hashed.
 * Throws, naming the page, when a page's <meta> policy lacks one of its own hashes: the
 * header and the meta tag must allow the same code, or the browser (which applies both)
 * blocks it.
 */
export function siteInlineHashes(dir: string): { styles: string[]; scripts: string[] } {
  const styles = new Set<string>();
  const scripts = new Set<string>();
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const policy = metaPolicy(html) ?? '';
    for (const [directive, code, found] of [
      ['style-src', inlineStyles(html), styles],
      ['script-src', inlineScripts(html), scripts],
    ] as const) {
      const allowed = allowedHashes(policy, directive);
      for (const hash of code.map(cspHash)) {
        if (!allowed.includes(hash)) {
          throw new Error(
            `${relative(dir, file)}: an inline ${directive === 'style-src' ? 'style' : 'script'}'s hash (${hash}) is not in the page's CSP meta tag; check security.csp in astro.config.mjs`,
          );
        }
        found.add(hash);
      }
    }
  }
  return { styles: [...styles], scripts: [...scripts] };
}

/**
 * Writes dist/_headers after every build, from src/security/headers.ts and the hashes of
 * the styles and scripts the build inlined, so the HTTP header and each page's meta policy
 * come from the same built code and cannot drift apart.
 */
export default function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { styles, scripts } = siteInlineHashes(out);
        writeFileSync(join(out, '_headers'), headersFile(styles, scripts));
        logger.info(
          `_headers written, allowing ${styles.length} inline style(s) and ${scripts.length} script(s) by hash`,
        );
      },
    },
  };
}
