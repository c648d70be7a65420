import { join } from 'node:path';
// With its extension: the authoring tools (tools/) run this module in plain Node.
import { isContentLocale, type ContentLocale } from '../i18n/languages.ts';

/**
 * Where content lives: the only code that knows the folder layout.
 *
 *   content/articles/<slug>/<locale>.mdx   one written edition (zh.mdx, en.mdx)
 *   content/articles/<slug>/notes.yaml     its figures and terms
 *
 * CONTENT_ROOT points a build at another content folder: the end-to-end tests build
 * their fixture site from e2e/fixtures/content this way.
 */
export const contentRoot = process.env.CONTENT_ROOT ?? 'content';
export const articlesDir = `${contentRoot}/articles`;

/** The notes file beside an article's editions. */
export const notesFileName = 'notes.yaml';

/** An editor's corrections to word help (readings, glosses), optional, beside the notes. */
export const readingsFileName = 'readings.yaml';

/** The file a written edition lives in, inside its article folder. */
export function editionFileName(locale: ContentLocale): string {
  return `${locale}.mdx`;
}

/**
 * The notes schema as JSON Schema, for editors (`npm run schema` writes it from
 * src/schemas/notes.ts): one file, in the project's content/, that every notes.yaml of
 * any content folder names on its first line.
 */
export const notesJsonSchemaFile = 'content/notes.schema.json';

/** Glob patterns (relative to `articlesDir`) of the content collections. */
export const editionPattern = '*/*.mdx';
export const notesPattern = `*/${notesFileName}`;

/** The project-relative path of a file in an article folder. */
export function articleFile(slug: string, name: string): string {
  return `${articlesDir}/${slug}/${name}`;
}

/** Splits a collection id (`<slug>/<locale>`) into its parts. */
export function parseEditionId(id: string): { slug: string; locale: ContentLocale } {
  const [slug, locale] = id.split('/');
  if (slug === undefined || locale === undefined || !isContentLocale(locale)) {
    throw new Error(`${articlesDir}/${id}.mdx: expected ${articlesDir}/<slug>/<locale>.mdx`);
  }
  return { slug, locale };
}

/** The site-wide data files beside the articles folder. */
export const publishersFileName = 'publishers.yaml';
export const termGroupsFileName = 'term-groups.yaml';

/** A site-wide data file of the content folder that holds `articles` (for checks run on any folder). */
export function besideArticles(articles: string, name: string): string {
  return join(articles, '..', name);
}

/** The table of publishers the notes' sources name (see src/schemas/publishers.ts). */
export const publishersFile = `${contentRoot}/${publishersFileName}`;

/** The groups of the key-terms page, which each term names (see src/schemas/term-groups.ts). */
export const termGroupsFile = `${contentRoot}/${termGroupsFileName}`;
