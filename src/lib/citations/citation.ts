import { languageTag, profileOf, sourceLocale } from '../../i18n/languages';
import { forLocale } from '../../i18n/traditional';
import type { Edition } from '../../model/articles';
import { articlePath } from '../../model/urls';

/**
 * What a reference to one edition of an article says, whatever the format that carries
 * it (BibTeX, RIS, CSL-JSON, the page head's tags): the same facts as the page's JSON-LD
 * (NewsArticleData.astro). A translation is cited as the translated article, by the same
 * reporter, in the original's newspaper on the original's date, with its translator and
 * the original's title.
 */
export interface Citation {
  /** Citation key: the article's slug and the edition's locale (county-report-en). */
  key: string;
  title: string;
  /** The byline's reporter, where the article has one. */
  author: PersonName | undefined;
  /** The newspaper (or the body that issued a notice), in this edition's language. */
  newspaper: string;
  /** Its column, where the source names one. */
  section: string | undefined;
  /** The day of publication in the publication's own time zone: YYYY-MM-DD. */
  date: string;
  /** BCP 47 tag of this edition. */
  language: string;
  url: string;
  /** For a translation: who made it, and the original's title, language and address. */
  translation: { translator: string; originalTitle: string; originalLanguage: string; originalUrl: string } | undefined;
}

/**
 * A person's name as reference managers store it. A name in Latin script is pinyin, family
 * name first as the site writes Chinese names (Zhang Lei): family, then given. A name in
 * Chinese characters is kept whole, with no guess at where the family name ends.
 */
export type PersonName = { family: string; given: string } | { literal: string };

export function personName(name: string): PersonName {
  const [family, ...given] = name.trim().split(/\s+/);
  return family === undefined || given.length === 0 ? { literal: name.trim() } : { family, given: given.join(' ') };
}

/** The citation of an edition, its addresses absolute on `site`. */
export function citationOf(edition: Edition, site: URL): Citation {
  const { locale, slug, data } = edition;
  const text = (value: string) => forLocale(locale, value);
  const original = edition.article.original;
  const url = (path: string) => new URL(path, site).href;
  return {
    key: `${slug}-${locale}`,
    title: text(data.title),
    author:
      data.reporter === undefined
        ? undefined
        : profileOf(locale).script === 'latin'
          ? personName(data.reporter.name)
          : { literal: text(data.reporter.name) },
    newspaper: text(data.source.name),
    section: data.source.column === undefined ? undefined : text(data.source.column),
    date: data.published.slice(0, 10),
    language: languageTag[locale],
    url: url(articlePath(locale, slug)),
    translation:
      data.translation === undefined
        ? undefined
        : {
            translator: data.translation.translator,
            originalTitle: original.data.title,
            originalLanguage: languageTag[sourceLocale],
            originalUrl: url(articlePath(sourceLocale, slug)),
          },
  };
}
