import { getCollection, type CollectionEntry } from 'astro:content';
import type { Notes } from '../schemas/notes';
import type { TermGroup } from '../schemas/term-groups';
import { readArticleStructure, type ArticleStructure } from '../checks/article-structure';
import { isContentLocale, type ContentLocale, type Locale } from '../i18n/languages';

export type ArticleEntry = CollectionEntry<'articles'>;

/**
 * One published edition of an article, with the structure read from its body. The
 * Traditional Chinese edition shares the Simplified entry; pages convert its text.
 */
export interface ArticleVersion {
  slug: string;
  locale: Locale;
  entry: ArticleEntry;
  structure: ArticleStructure;
}

/** Splits a collection id (`<slug>/<locale>`) into its parts. */
function parseId(id: string): { slug: string; locale: ContentLocale } {
  const [slug, locale] = id.split('/');
  if (slug === undefined || locale === undefined || !isContentLocale(locale)) {
    throw new Error(`content/articles/${id}.mdx: expected content/articles/<slug>/<locale>.mdx`);
  }
  return { slug, locale };
}

/** Every language version of every article, newest first. */
export async function getArticleVersions(): Promise<ArticleVersion[]> {
  const entries = await getCollection('articles');
  return entries
    .flatMap((entry): ArticleVersion[] => {
      const { slug, locale } = parseId(entry.id);
      const { structure } = readArticleStructure(entry.body ?? '', entry.filePath ?? entry.id);
      if (structure === undefined) throw new Error(`${entry.filePath ?? entry.id}: cannot read article structure`);
      const version = { slug, locale, entry, structure };
      return locale === 'zh' ? [version, { ...version, locale: 'zh-hant' }] : [version];
    })
    .sort((a, b) => Date.parse(b.entry.data.published) - Date.parse(a.entry.data.published));
}

/**
 * Where a page of an article lives in each language the article is published in, for
 * the language links and hreflang alternates: `path` builds one language's address.
 */
export function editionHrefs(
  versions: ArticleVersion[],
  slug: string,
  path: (locale: Locale, slug: string) => string,
): Partial<Record<Locale, string>> {
  return Object.fromEntries(
    versions.filter((other) => other.slug === slug).map((other) => [other.locale, path(other.locale, slug)]),
  );
}

export function articlePath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}/`;
}

/** The preview page of a section: what readers share, so that link cards name the section. */
export function sectionPreviewPath(locale: Locale, slug: string, sectionId: string): string {
  return `${articlePath(locale, slug)}s/${sectionId}/`;
}

/** The 1200×630 link-card image of an article, or of one of its sections. */
export function previewImagePath(locale: Locale, slug: string, sectionId?: string): string {
  return `${sectionId === undefined ? articlePath(locale, slug) : sectionPreviewPath(locale, slug, sectionId)}preview.png`;
}

/** The notes (figures and terms) of an article, if it has any. */
export async function getArticleNotes(slug: string): Promise<Notes | undefined> {
  const entries = await getCollection('notes');
  return entries.find((entry) => entry.id.split('/')[0] === slug)?.data;
}

/** The site's term groups, in the order the key-terms page shows them. */
export async function getTermGroups(): Promise<TermGroup[]> {
  return (await getCollection('termGroups')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

/** Every figure of an article with charts, and its downloads. */
export function figuresPath(locale: Locale, slug: string): string {
  return `${articlePath(locale, slug)}figures/`;
}

/** Every term of an article, grouped, each at `#<term-id>`, and its downloads. */
export function termsPath(locale: Locale, slug: string): string {
  return `${articlePath(locale, slug)}terms/`;
}

/** The article's original and its English translation side by side, with the interface in `locale`. */
export function bilingualPath(locale: Locale, slug: string): string {
  return `${articlePath(locale, slug)}bilingual/`;
}

/** The switcher's link to another view of the same article: side by side, or one language. */
export interface ViewLink {
  href: string;
  label: string;
}
