import { getArticleNotes, getArticleVersions, getTermGroups, type ArticleVersion } from './articles';
import { termRows, type TermRow } from './terms-export';

/** What each key-terms download route is given: the edition and its terms, grouped by data. */
export type TermsRouteProps = {
  version: ArticleVersion;
  rows: TermRow[];
};

/** One path per edition of every article that has terms: the key-terms page's downloads and card. */
export async function termsRoutePaths() {
  const groups = await getTermGroups();
  const paths = [];
  for (const version of await getArticleVersions()) {
    const notes = await getArticleNotes(version.slug);
    if (notes === undefined || notes.terms.length === 0) continue;
    const props: TermsRouteProps = { version, rows: termRows(notes, version.structure, groups) };
    paths.push({ params: { lang: version.locale, slug: version.slug }, props });
  }
  return paths;
}
