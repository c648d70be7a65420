import type { APIRoute } from 'astro';
import { citationOf } from '../../../lib/citations/citation';
import { citationFormats } from '../../../lib/citations/formats';
import type { Edition } from '../../../model/articles';
import { citationRoutes } from '../../../model/routes';
import type { CitationFile } from '../../../model/urls';

export const getStaticPaths = citationRoutes;

/** One edition's citation in one format (BibTeX, RIS, CSL-JSON), for reference managers. */
export const GET: APIRoute<{ edition: Edition }, { citation: CitationFile }> = ({ props, params, site }) => {
  if (site === undefined) throw new Error('astro.config: `site` is needed for absolute citation URLs');
  const { type, write } = citationFormats[params.citation];
  return new Response(write(citationOf(props.edition, site)), { headers: { 'Content-Type': type } });
};
