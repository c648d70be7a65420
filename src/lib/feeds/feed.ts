import type { RSSOptions } from '@astrojs/rss';
import { translations } from '../../i18n';
import { languageTag, type Locale } from '../../i18n/languages';
import { forLocale } from '../../i18n/traditional';
import type { Edition } from '../../model/articles';
import { articlePath, feedPath, listPath } from '../../model/urls';

/**
 * The RSS 2.0 feed of one language (@astrojs/rss writes it): the articles of its list,
 * newest first, each with its title, page, date and summary in that language.
 */

/** Beyond RSS 2.0: Atom's rel="self" link (the feed's own address) and Dublin Core's per-item language. */
const namespaces = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' };

/** customData is spliced in as XML: escape what goes into it. */
const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The feed's name, as the channel and every page's <link rel="alternate"> give it. */
export function feedTitle(locale: Locale): string {
  const t = translations[locale];
  return t('feed.title', { site: t('site.name'), language: t('language.self') });
}

export function feedOptions(locale: Locale, editions: readonly Edition[], site: URL): RSSOptions {
  const t = translations[locale];
  const language = escapeXml(languageTag[locale]);
  const self = escapeXml(new URL(feedPath(locale), site).href);
  return {
    title: feedTitle(locale),
    description: t('list.intro'),
    site: new URL(listPath(locale), site).href,
    xmlns: namespaces,
    customData: `<language>${language}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: editions.map((edition) => ({
      title: forLocale(locale, edition.data.title),
      link: new URL(articlePath(locale, edition.slug), site).href,
      pubDate: new Date(edition.data.published),
      description: forLocale(locale, edition.data.summary),
      customData: `<dc:language>${language}</dc:language>`,
    })),
  };
}
