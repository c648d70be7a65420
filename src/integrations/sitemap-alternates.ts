import type { SitemapItem } from '@astrojs/sitemap';
import { defaultLocale, languageTag, locales } from '../i18n/languages';

/** @astrojs/sitemap's i18n option, from the site's languages: URL prefix → hreflang. */
export const sitemapLocales = {
  defaultLocale,
  locales: Object.fromEntries(locales.map((locale) => [locale, languageTag[locale]])),
};

/**
 * Makes a sitemap entry's alternates say what the page's own <link rel="alternate"> tags
 * say. The sitemap plugin takes an unprefixed URL for its default locale, so the root (a
 * language chooser, not an English page) would pass as English: drop it there, and name
 * it x-default for the article lists; every other page's x-default is its English version.
 */
export function withPageAlternates(item: SitemapItem): SitemapItem {
  const root = new URL('/', item.url).href;
  const links = (item.links ?? []).filter((link) => link.url !== root);
  if (links.length === 0) return item;
  const isListOrRoot = /^\/(?:[a-z-]+\/)?$/.test(new URL(item.url).pathname);
  const fallback = links.find((link) => link.lang === languageTag[defaultLocale])?.url;
  const xDefault = isListOrRoot ? root : fallback;
  return { ...item, links: xDefault === undefined ? links : [...links, { lang: 'x-default', url: xDefault }] };
}
