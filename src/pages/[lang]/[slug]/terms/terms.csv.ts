import type { APIRoute } from 'astro';
import { termsCsv, type TermRow } from '../../../../lib/terms-export';
import type { Edition } from '../../../../model/articles';
import { termsRoutes } from '../../../../model/routes';
import { articlePath } from '../../../../model/urls';

export const getStaticPaths = termsRoutes;

/** The terms of one article as a spreadsheet, in this language. */
export const GET: APIRoute<{ edition: Edition; rows: TermRow[] }> = ({ props, site }) => {
  const { edition, rows } = props;
  const url = new URL(articlePath(edition.locale, edition.slug), site).href;
  return new Response(termsCsv(rows, edition.locale, url), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
