import type { APIRoute } from 'astro';
import type { Edition } from '../../../../model/articles';
import { termsRoutes } from '../../../../model/routes';
import { renderTermsCard } from '../../../../preview-image/card-text';

/** The link card of each key-terms page: /<lang>/<slug>/terms/preview.png. */
export const getStaticPaths = termsRoutes;

export const GET: APIRoute<{ edition: Edition }> = async ({ props }) =>
  new Response(await renderTermsCard(props.edition), { headers: { 'Content-Type': 'image/png' } });
