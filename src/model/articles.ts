import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { locales, sourceLocale, textLocale, type ContentLocale, type Locale } from '../i18n/languages';
import { forLocale } from '../i18n/traditional';
import type { ArticleFrontmatter } from '../schemas/article';
import type { Notes } from '../schemas/notes';
import type { TermGroup } from '../schemas/term-groups';
import { parseEditionId } from './layout';
import { parseEdition } from './parse-once';
import type { ArticleStructure } from './structure';

export type ArticleEntry = CollectionEntry<'articles'>;

/**
 * The article model the pages run on: each article with its published editions and its
 * notes, read once per build. An edition is one published language of an article:
 * a written one (zh, en) or one converted from another (zh-hant from zh).
 */
export interface Edition {
  slug: string;
  locale: Locale;
  /** The entry whose MDX this edition renders (for zh-hant, the Simplified one). */
  entry: ArticleEntry;
  data: ArticleFrontmatter;
  structure: ArticleStructure;
  notes: Notes | undefined;
  /** The article this is an edition of, with its other editions. */
  article: Article;
}

export interface Article {
  slug: string;
  /** Its published editions, in the order of the site's locales. */
  editions: Edition[];
  /** The edition in the original's language and script. */
  original: Edition;
  notes: Notes | undefined;
}

let cache: { key: string; articles: Promise<Article[]> } | undefined;

/** Every article, newest first. */
export async function getArticles(): Promise<Article[]> {
  const [entries, notes] = await Promise.all([getCollection('articles'), getCollection('notes')]);
  // Astro hands out fresh entry objects: the digests say whether content changed (astro dev).
  const key = [...entries, ...notes].map((entry) => `${entry.id}:${entry.digest ?? ''}`).join('|');
  if (cache?.key !== key) cache = { key, articles: Promise.resolve(buildArticles(entries, notes)) };
  return cache.articles;
}

/** Every published edition of every article, newest article first. */
export async function getEditions(): Promise<Edition[]> {
  return (await getArticles()).flatMap((article) => article.editions);
}

function buildArticles(entries: ArticleEntry[], notesEntries: CollectionEntry<'notes'>[]): Article[] {
  const bySlug = new Map<string, Map<ContentLocale, ArticleEntry>>();
  for (const entry of entries) {
    const { slug, locale } = parseEditionId(entry.id);
    bySlug.set(slug, (bySlug.get(slug) ?? new Map()).set(locale, entry));
  }
  const articles = [...bySlug].map(([slug, written]) => {
    const notes = notesEntries.find((entry) => entry.id.split('/')[0] === slug)?.data;
    const originalEntry = written.get(sourceLocale);
    if (originalEntry === undefined)
      throw new Error(`content for "${slug}": the article has no original (${sourceLocale}.mdx)`);
    // The content checks require the original to list its editions.
    const declared = originalEntry.data.editions ?? [];
    const article = { slug, editions: [], notes } as unknown as Article;
    article.editions = locales
      .filter((locale) => declared.includes(locale))
      .map((locale) => {
        const entry = written.get(textLocale(locale));
        // The content checks require a file for every declared edition before any page renders.
        if (entry === undefined) throw new Error(`content for "${slug}": no text for its ${locale} edition`);
        return { slug, locale, entry, data: entry.data, structure: structureOf(entry), notes, article };
      });
    const original = article.editions.find((edition) => edition.locale === sourceLocale);
    if (original === undefined) throw new Error(`content for "${slug}": editions must include ${sourceLocale}`);
    article.original = original;
    return article;
  });
  return articles.sort((a, b) => Date.parse(b.original.data.published) - Date.parse(a.original.data.published));
}

/** The structure of an entry's file, from the parse the content checks already made. */
function structureOf(entry: ArticleEntry): ArticleStructure {
  const file = entry.filePath ?? entry.id;
  const { structure } = parseEdition(readFileSync(file, 'utf8'), file);
  if (structure === undefined) throw new Error(`${file}: cannot read article structure`);
  return structure;
}

/** Where a view of an article lives in each of its editions, for language links and hreflang. */
export function alternates(
  edition: Edition,
  path: (locale: Locale, slug: string) => string,
): Partial<Record<Locale, string>> {
  return Object.fromEntries(edition.article.editions.map((other) => [other.locale, path(other.locale, other.slug)]));
}

/** The edition of the same article in another locale, if it has one. */
export function editionIn(edition: Edition, locale: Locale): Edition | undefined {
  return edition.article.editions.find((other) => other.locale === locale);
}

/** Text of the article as this edition shows it (converted to Traditional characters for zh-hant). */
export function shown(edition: Edition, text: string): string {
  return forLocale(edition.locale, text);
}

/**
 * The two texts of the side-by-side view from an edition's interface: the original
 * (in the page's script, so zh-hant shows Traditional) and a translation (the page's own,
 * or the default one). Undefined where the article lacks either.
 */
export function bilingualPair(
  edition: Edition,
  translationLocale: Locale,
): { original: Edition; translation: Edition } | undefined {
  const showsOriginal = textLocale(edition.locale) === sourceLocale;
  const original = showsOriginal ? edition : edition.article.original;
  const translation = showsOriginal ? editionIn(edition, translationLocale) : edition;
  return translation === undefined ? undefined : { original, translation };
}

/** The site's term groups, in the order the key-terms page shows them. */
export async function getTermGroups(): Promise<TermGroup[]> {
  return (await getCollection('termGroups')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}
