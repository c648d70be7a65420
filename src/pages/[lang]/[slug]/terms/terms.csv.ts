import type { APIRoute } from 'astro';
import { termsCsv, termRows } from '../../../../lib/exports/terms-export';
import type { Edition } from '../../../../model/articles';
import type { Notes } from '../../../../schemas/notes';
import type { TermGroup } from '../../../../schemas/term-groups';
import { termsRoutes } from '../../../../model/routes';
import { articlePath } from '../../../../model/urls';

export const getStaticPaths = termsRoutes;

/** The terms of one article as a spreadsheet, in this language. */
export const GET: APIRoute<{ edition: Edition; notes: Notes; groups: TermGroup[] }> = ({ props, site }) => {
  const { edition, notes, groups } = props;
  const rows = termRows(notes, edition.structure, groups);
  const url = new URL(articlePath(edition.locale, edition.slug), site).href;
  return new Response(termsCsv(rows, edition.locale, url), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
