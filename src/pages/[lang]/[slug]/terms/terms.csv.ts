import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePath } from '../../../../lib/articles';
import { termsCsv } from '../../../../lib/terms-export';
import { termsRoutePaths, type TermsRouteProps } from '../../../../lib/terms-route';

export const getStaticPaths = termsRoutePaths satisfies GetStaticPaths;

/** The terms of one article as a spreadsheet, in this language. */
export const GET: APIRoute<TermsRouteProps> = ({ props, site }) => {
  const { version, rows } = props;
  const url = new URL(articlePath(version.locale, version.slug), site).href;
  return new Response(termsCsv(rows, version.locale, url), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
