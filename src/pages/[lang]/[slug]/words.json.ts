import type { APIRoute } from 'astro';
import { readingCorrections, wordFile } from '../../../components/word-help/word-file';
import { cedict } from '../../../components/word-help/cedict';
import type { Edition } from '../../../model/articles';
import { wordHelpRoutes } from '../../../model/routes';

export const getStaticPaths = wordHelpRoutes;

/** Word help for one edition: each sentence in words, with pinyin in context, glosses and our notes. */
export const GET: APIRoute<{ edition: Edition }> = ({ props }) => {
  const { edition } = props;
  const dictionary = cedict();
  const corrections = readingCorrections(edition.slug, edition.structure, dictionary);
  const file = wordFile(edition.slug, edition.locale, edition.structure, corrections, dictionary);
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
