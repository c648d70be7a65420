/**
 * The module graph of a built page's scripts. Node built-ins only (and a module that uses
 * only them): the build, the bench and the tests load it as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScripts } from '../security/inline-code.ts';

/** The static imports of a built module, as paths from the site root. */
export function importsOf(dist: string, src: string): string[] {
  const code = readFileSync(join(dist, src), 'utf8');
  return [...code.matchAll(/(?:import|from)\s*["'`]([^"'`]+\.js)["'`]/g)].map(
    ([, specifier = '']) => new URL(specifier, `file://${src}`).pathname,
  );
}

/**
 * The scripts a page loads: its <script src> modules and every chunk they import,
 * each once (the bundler splits shared code into chunks a small entry imports).
 */
export function withImports(dist: string, entries: string[]): Set<string> {
  const loaded = new Set<string>();
  const visit = (src: string) => {
    if (loaded.has(src)) return;
    loaded.add(src);
    importsOf(dist, src).forEach(visit);
  };
  entries.forEach(visit);
  return loaded;
}

/** The module scripts of a page (<script type="module" src>), in document order. */
export function moduleScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/**
 * The modules a page imports after its first paint: the import("…") calls of its inline
 * loader (src/integrations/page-scripts.ts), in the loader's order.
 */
export function importedAfterPaint(html: string): string[] {
  return inlineScripts(html).flatMap((code) =>
    [...code.matchAll(/import\("([^"]+)"\)/g)].map((match) => match[1] ?? ''),
  );
}

/** Every module a page runs, loaded either way: its <script src> modules and its loader's imports. */
export function pageModules(html: string): string[] {
  return [...moduleScripts(html), ...importedAfterPaint(html)];
}

/**
 * Whether a page asks to run its scripts before its first paint: an element of it carries
 * `data-scripts-before-paint` (src/integrations/page-scripts.ts).
 */
export function runsScriptsBeforePaint(html: string): boolean {
  return /\sdata-scripts-before-paint[\s=>]/.test(html);
}

/** The modules a page preloads (<link rel="modulepreload" href>). */
export function preloadedModules(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1] ?? '');
}
