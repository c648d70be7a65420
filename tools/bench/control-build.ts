/**
 * The bench's control pages, /<lang>/<slug>/bench-control (each the article page with its
 * highlights as plain words: control-page.astro), built from the content by the same
 * components as the article, so they follow every change of the article or its page.
 *
 * `node tools/bench/control-build.ts <outDir>` builds the site with them into `outDir`,
 * never dist/: the site's config stays as it is and knows nothing of them; this build adds
 * the route through its own integration. (A transform of the built article page would have
 * to know the note markup, which changes; the components already know it.)
 */
import type { AstroIntegration } from 'astro';
import { build } from 'astro';
import { fileURLToPath } from 'node:url';

export function benchControl(): AstroIntegration {
  return {
    name: 'bench-control',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        // An injected route is never an index route: with build.format 'preserve' each page
        // is written as /<lang>/<slug>/bench-control.html.
        injectRoute({
          pattern: '/[lang]/[slug]/bench-control',
          entrypoint: new URL('./control-page.astro', import.meta.url),
          prerender: true,
        });
      },
    },
  };
}

if (import.meta.main) {
  const [outDir] = process.argv.slice(2);
  if (outDir === undefined) throw new Error('usage: node tools/bench/control-build.ts <outDir>');
  await build({
    root: fileURLToPath(new URL('../../', import.meta.url)),
    outDir,
    logLevel: 'error',
    integrations: [benchControl()],
  });
}
