import type { APIRoute } from 'astro';
import { figureRows, figuresJson } from '../../../../lib/exports/figures-export';
import { getPublisherNames } from '../../../../model/publishers';
import type { Edition } from '../../../../model/articles';
import { figuresRoutes } from '../../../../model/routes';
import { articlePath } from '../../../../model/urls';
import type { Notes } from '../../../../schemas/notes';

export const getStaticPaths = figuresRoutes;

/** The figure registry of one article, with each figure's wording and link in this language. */
export const GET: APIRoute<{ edition: Edition; notes: Notes }> = async ({ props, site }) => {
  const { edition, notes } = props;
  const url = new URL(articlePath(edition.locale, edition.slug), site).href;
  const publishers = await getPublisherNames(edition.locale);
  return new Response(figuresJson(figureRows(notes, edition.structure), edition.locale, url, publishers), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
