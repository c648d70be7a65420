// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentChecks from './src/integrations/content-checks.ts';

export default defineConfig({
  // The public origin; canonical and share URLs are built from it.
  site: process.env.SITE_URL ?? 'https://bilingual-news.example',
  trailingSlash: 'always',
  // `preserve` maps src/pages/[lang]/404.astro to /zh/404.html, the localized
  // not-found page static hosts look for, and index.astro files to folders.
  build: { format: 'preserve' },
  integrations: [contentChecks(), mdx()],
});
