import type { APIRoute, GetStaticPaths } from 'astro';
import { renderTermsCard } from '../../../../preview-image/card-text';
import { termsRoutePaths, type TermsRouteProps } from '../../../../lib/terms-route';

/** The link card of each key-terms page: /<lang>/<slug>/terms/preview.png. */
export const getStaticPaths = termsRoutePaths satisfies GetStaticPaths;

export const GET: APIRoute<TermsRouteProps> = async ({ props }) =>
  new Response(await renderTermsCard(props.version), { headers: { 'Content-Type': 'image/png' } });
