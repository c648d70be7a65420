import type { Locale } from '../i18n/languages';
import type { Notes } from '../schemas/notes';

/** Every address of the site: pages build links only through these. */

/** The article list of a language. */
export function listPath(locale: Locale): string {
  return `/${locale}/`;
}

export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}/`;
}

/** The article's original and a translation side by side, with the interface in `locale`. */
export function bilingualPath(locale: Locale, slug: string): string {
  return `${articlePath(locale, slug)}bilingual/`;
}

/** The figures page, and its downloads (`figures.json`, `figures.csv`) beside it. */
export function figuresPath(locale: Locale, slug: string, file = ''): string {
  return `${articlePath(locale, slug)}figures/${file}`;
}

/** The preview page of a section: what readers share, so that link cards name the section. */
export function sectionPreviewPath(locale: Locale, slug: string, sectionId: string): string {
  return `${articlePath(locale, slug)}s/${sectionId}/`;
}

/** A section inside the article page. */
export function sectionPath(locale: Locale, slug: string, sectionId: string): string {
  return `${articlePath(locale, slug)}#${sectionId}`;
}

/** The 1200×630 link-card image of an article, or of one of its sections. */
export function previewImagePath(locale: Locale, slug: string, sectionId?: string): string {
  return `${sectionId === undefined ? articlePath(locale, slug) : sectionPreviewPath(locale, slug, sectionId)}preview.png`;
}

/** The switcher's link to another view of the same article: side by side, or one language. */
export interface ViewLink {
  href: string;
  label: string;
}

/** Every term of an article, grouped, each at `#<term-id>`, and its downloads beside it. */
export function termsPath(locale: Locale, slug: string, file = ''): string {
  return `${articlePath(locale, slug)}terms/${file}`;
}

/** The citation downloads beside an article: BibTeX, RIS, CSL-JSON. */
export const citationFiles = ['citation.bib', 'citation.ris', 'citation.json'] as const;
export type CitationFile = (typeof citationFiles)[number];

/** A citation download beside the article. */
export function citationPath(locale: Locale, slug: string, file: CitationFile): string {
  return `${articlePath(locale, slug)}${file}`;
}

/** The RSS feed of a language's articles (beside its article list). */
export function feedPath(locale: Locale): string {
  return `${listPath(locale)}feed.xml`;
}

/** The reference views an article's notes give it (its figures, its key terms), each at its address. */
export function referenceViews(
  locale: Locale,
  slug: string,
  notes: Notes | undefined,
): { view: 'figures' | 'terms'; href: string }[] {
  return [
    ...(notes !== undefined && notes.figures.length > 0
      ? [{ view: 'figures' as const, href: figuresPath(locale, slug) }]
      : []),
    ...(notes !== undefined && notes.terms.length > 0
      ? [{ view: 'terms' as const, href: termsPath(locale, slug) }]
      : []),
  ];
}

/** Every address of the site in one language: what `Astro.locals.urls` holds for a page. */
export function urlsIn(locale: Locale) {
  return {
    list: () => listPath(locale),
    article: (slug: string) => articlePath(locale, slug),
    bilingual: (slug: string) => bilingualPath(locale, slug),
    figures: (slug: string, file = '') => figuresPath(locale, slug, file),
    terms: (slug: string, file = '') => termsPath(locale, slug, file),
    section: (slug: string, sectionId: string) => sectionPath(locale, slug, sectionId),
    sectionPreview: (slug: string, sectionId: string) => sectionPreviewPath(locale, slug, sectionId),
    previewImage: (slug: string, sectionId?: string) => previewImagePath(locale, slug, sectionId),
    citation: (slug: string, file: CitationFile) => citationPath(locale, slug, file),
    feed: () => feedPath(locale),
  };
}

export type LocaleUrls = ReturnType<typeof urlsIn>;
