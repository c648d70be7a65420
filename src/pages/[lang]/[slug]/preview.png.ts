import type { APIRoute } from 'astro';
import type { Edition } from '../../../model/articles';
import { articleRoutes } from '../../../model/routes';
import { renderArticleCard } from '../../../preview-image/card-text';

/** The link card of each article in each language: /<lang>/<slug>/preview.png. */
export const getStaticPaths = articleRoutes;

export const GET: APIRoute<{ edition: Edition }> = async ({ props }) =>
  new Response(await renderArticleCard(props.edition), { headers: { 'Content-Type': 'image/png' } });
