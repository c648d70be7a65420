import { defaultLocale, locales, sourceLocale, textLocale, type Locale } from '../i18n/languages';
import { bilingualPair, getEditions, getTermGroups, type Edition } from './articles';
import { newestFirst } from './newest-first';
import type { Section } from './structure';
import { citationFiles } from './urls';

/**
 * The pages of the site, computed from the article model: each route's getStaticPaths,
 * so every page receives its edition whole and its frontmatter stays short.
 */

/** /<lang>/<slug>/ */
export async function articleRoutes() {
  return (await getEditions()).map((edition) => ({
    params: { lang: edition.locale, slug: edition.slug },
    props: { edition },
  }));
}

/** /<lang>/<slug>/citation.bib, .ris, .json: each edition's citation, in each format. */
export async function citationRoutes() {
  return (await articleRoutes()).flatMap(({ params, props }) =>
    citationFiles.map((file) => ({ params: { ...params, citation: file }, props })),
  );
}

/** The translation a side-by-side page shows beside the original, where the page itself shows the original. */
export const bilingualTranslation: Locale = defaultLocale;

/** /<lang>/<slug>/bilingual/: wherever the article has its original and a translation. */
export async function bilingualRoutes() {
  return (await getEditions()).flatMap((edition) => {
    const pair = bilingualPair(edition, bilingualTranslation);
    return pair === undefined
      ? []
      : [{ params: { lang: edition.locale, slug: edition.slug }, props: { edition, pair } }];
  });
}

/** Whether an edition has a bilingual page (for links to it). */
export function hasBilingualView(edition: Edition): boolean {
  return bilingualPair(edition, bilingualTranslation) !== undefined;
}

/** /<lang>/<slug>/figures/ (and its downloads): articles with figures. */
export async function figuresRoutes() {
  return (await getEditions()).flatMap((edition) => {
    const { notes } = edition;
    if (notes === undefined || notes.figures.length === 0) return [];
    return [{ params: { lang: edition.locale, slug: edition.slug }, props: { edition, notes } }];
  });
}

/** /<lang>/<slug>/s/<section>/: each section's preview page (and its card image). */
export async function sectionRoutes() {
  return (await getEditions()).flatMap((edition) =>
    edition.structure.sections.map((section: Section) => ({
      params: { lang: edition.locale, slug: edition.slug, section: section.id },
      props: { edition, section },
    })),
  );
}

/** /<lang>/ and /<lang>/feed.xml: the articles of each language, newest first. */
export async function listRoutes() {
  const editions = await getEditions();
  return locales.map((locale) => ({
    params: { lang: locale },
    props: { locale, editions: newestFirst(editions, locale) },
  }));
}

/** /<lang>/<slug>/terms/ (and its downloads and card): articles with terms, with the site's term groups. */
export async function termsRoutes() {
  const groups = await getTermGroups();
  return (await getEditions()).flatMap((edition) => {
    const { notes } = edition;
    if (notes === undefined || notes.terms.length === 0) return [];
    return [{ params: { lang: edition.locale, slug: edition.slug }, props: { edition, notes, groups } }];
  });
}

/**
 * /<lang>/<slug>/words.json: word help (segmentation, pinyin, glosses) for the editions
 * that show the original's text (zh, and zh-hant converted from it).
 */
export async function wordHelpRoutes() {
  return (await getEditions()).flatMap((edition) =>
    textLocale(edition.locale) === sourceLocale
      ? [{ params: { lang: edition.locale, slug: edition.slug }, props: { edition } }]
      : [],
  );
}
