import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleVersions, type ArticleVersion } from '../../../lib/articles';
import { renderArticleCard } from '../../../preview-image/card-text';

/** The link card of each article in each language: /<lang>/<slug>/preview.png. */
export const getStaticPaths = (async () =>
  (await getArticleVersions()).map((version) => ({
    params: { lang: version.locale, slug: version.slug },
    props: { version },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ version: ArticleVersion }> = async ({ props }) =>
  new Response(await renderArticleCard(props.version), { headers: { 'Content-Type': 'image/png' } });
