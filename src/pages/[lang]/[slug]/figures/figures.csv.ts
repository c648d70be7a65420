import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n/languages';
import { articlePath, getArticleNotes, getArticleVersions, type ArticleVersion } from '../../../../lib/articles';
import { figureRows, figuresCsv } from '../../../../lib/figures-export';
import { getPublisherNames } from '../../../../lib/publishers';
import type { Notes } from '../../../../schemas/notes';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const version of await getArticleVersions()) {
    const notes = await getArticleNotes(version.slug);
    if (notes !== undefined && notes.figures.length > 0) {
      paths.push({ params: { lang: version.locale, slug: version.slug }, props: { version, notes } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

/** The figures of one article as a spreadsheet, in this language. */
export const GET: APIRoute<{ version: ArticleVersion; notes: Notes }> = async ({ props, site }) => {
  const { version, notes } = props;
  const url = new URL(articlePath(version.locale as Locale, version.slug), site).href;
  const publishers = await getPublisherNames(version.locale);
  return new Response(figuresCsv(figureRows(notes, version.structure), version.locale, url, publishers), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
