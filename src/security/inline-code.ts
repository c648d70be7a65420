/**
 * The inline styles and scripts of a built page and their CSP hashes, and the sources its
 * <meta> policy allows: what the build writes into _headers and what the tests compare.
 * Node built-ins only, so the integration, the unit tests and Playwright specs share it.
 */
import { createHash } from 'node:crypto';

/** The CSP source of a text: 'sha256-<base64>' without the quotes. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The contents of every <style> element of a page, as the browser hashes them. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
}

/**
 * The contents of every inline <script> a page runs, as the browser hashes them. Data
 * blocks (JSON-LD) are not run, and no policy governs them.
 */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\bsrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes))
    .map((match) => match[2] ?? '');
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/** The hash sources ('sha256-…', without quotes) a policy allows for one directive. */
export function allowedHashes(policy: string, directive: string): string[] {
  const sources =
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([name]) => name === directive)
      ?.slice(1) ?? [];
  return sources.filter((source) => /^'sha(256|384|512)-/.test(source)).map((source) => source.slice(1, -1));
}

/**
 * The hashes of a built page's inline styles and scripts. Throws, naming the page, when
 * its <meta> policy lacks one of them: the header and the meta tag must allow the same
 * code, or the browser (which applies both) blocks it.
 */
export function pageInlineHashes(html: string, page: string): { styles: string[]; scripts: string[] } {
  const policy = metaPolicy(html) ?? '';
  const hashed = (directive: 'style-src' | 'script-src', code: string[]) => {
    const allowed = allowedHashes(policy, directive);
    return code.map((text) => {
      const hash = cspHash(text);
      if (!allowed.includes(hash)) {
        throw new Error(
          `${page}: an inline ${directive === 'style-src' ? 'style' : 'script'}'s hash (${hash}) is not in the page's CSP meta tag; check security.csp in astro.config.mjs`,
        );
      }
      return hash;
    });
  };
  return { styles: hashed('style-src', inlineStyles(html)), scripts: hashed('script-src', inlineScripts(html)) };
}
