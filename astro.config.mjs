// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentChecks from './src/integrations/content-checks.ts';
import builtPages from './src/integrations/built-pages.ts';
import { sitemapLocales, withPageAlternates } from './src/integrations/sitemap-alternates.ts';
import { cspDirectives } from './src/security/csp.ts';

export default defineConfig({
  // The public origin; canonical and share URLs are built from it.
  site: process.env.SITE_URL ?? 'https://bilingual-news.example',
  trailingSlash: 'always',
  // `preserve` maps src/pages/[lang]/404.astro to /zh/404.html, the localized
  // not-found page static hosts look for, and index.astro files to folders.
  // The site CSS (≈ 3.5 KB gzip) is inlined into every page: a stylesheet file would block
  // rendering for a request of its own. Its hash goes into the meta CSP and dist/_headers.
  build: { format: 'preserve', inlineStylesheets: 'always' },
  // No code blocks in articles; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    contentChecks(),
    mdx(),
    // Each page with its alternates (xhtml:link hreflang, as in the page's head), for
    // search engines. Left out: section preview pages (they send readers on; their
    // canonical is the article) and not-found pages.
    sitemap({
      i18n: sitemapLocales,
      serialize: withPageAlternates,
      filter: (page) => !/\/s\/[^/]+\/$|\/404\.html$/.test(new URL(page).pathname),
    }),
    // After the build: each page's script loader, then its CSP hashes, then dist/_headers.
    builtPages(),
  ],
  security: { csp: { directives: [...cspDirectives] } },
  // Modules as files, never inlined: the CSP allows them as 'self', and browsers cache them
  // across pages. The one inline script, each page's loader, is allowed by its hash
  // (src/integrations/page-scripts.ts).
  vite: { build: { assetsInlineLimit: 0 } },
});
