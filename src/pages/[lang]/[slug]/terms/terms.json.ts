import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePath } from '../../../../lib/articles';
import { termsJson } from '../../../../lib/terms-export';
import { termsRoutePaths, type TermsRouteProps } from '../../../../lib/terms-route';

export const getStaticPaths = termsRoutePaths satisfies GetStaticPaths;

/** The terms of one article, with each term's group and links in this language. */
export const GET: APIRoute<TermsRouteProps> = ({ props, site }) => {
  const { version, rows } = props;
  const url = new URL(articlePath(version.locale, version.slug), site).href;
  return new Response(termsJson(rows, version.locale, url), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
