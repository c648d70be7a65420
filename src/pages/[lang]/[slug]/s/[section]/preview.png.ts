import type { APIRoute } from 'astro';
import type { Edition } from '../../../../../model/articles';
import { sectionRoutes } from '../../../../../model/routes';
import type { Section } from '../../../../../model/structure';
import { renderArticleCard } from '../../../../../preview-image/card-text';

/** The link card of each section in each language: /<lang>/<slug>/s/<section>/preview.png. */
export const getStaticPaths = sectionRoutes;

export const GET: APIRoute<{ edition: Edition; section: Section }> = async ({ props }) =>
  new Response(await renderArticleCard(props.edition, props.section.id), {
    headers: { 'Content-Type': 'image/png' },
  });
