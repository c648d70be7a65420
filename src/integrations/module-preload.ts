import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { moduleScripts, withImports } from '../lib/module-imports';
import { htmlFiles } from './static-headers';

/**
 * Adds to the head of every built page a <link rel="modulepreload"> for each module its
 * scripts load, the chunks they import included. Without them the browser meets a page's
 * own script only at the end of its HTML and each shared chunk only once the module
 * importing it has arrived: a chain of requests. With them every module is requested as
 * soon as the head is read, none waits for another. (The bundler splits shared code into
 * chunks, so one module per page is not on offer; preloading every import is.)
 */
export function withModulePreloads(html: string, dist: string, file: string): string {
  const modules = [...withImports(dist, moduleScripts(html))];
  if (modules.length === 0) return html;
  const links = modules.map((src) => `<link rel="modulepreload" href="${src}">`).join('');
  // After the CSP meta tag: a policy in a meta tag governs only what comes after it.
  const anchor = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html) ?? /<meta charset="[^"]*">/i.exec(html);
  if (anchor === null) throw new Error(`${file}: no <meta charset> or CSP meta tag to put the module preloads after`);
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}

export default function modulePreload(): AstroIntegration {
  return {
    name: 'module-preload',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        for (const file of htmlFiles(dist)) {
          const html = readFileSync(file, 'utf8');
          const next = withModulePreloads(html, dist, file);
          if (next !== html) writeFileSync(file, next);
        }
      },
    },
  };
}
