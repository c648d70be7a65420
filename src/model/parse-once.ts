import type { ContentProblem } from './content-problem.ts';
import { readArticleStructure, type ArticleStructure } from './structure.ts';

/**
 * Each edition file is parsed once per build: the content checks parse it before Astro
 * reads any content, and the pages reuse that result. The cache sits on globalThis
 * because the checks (an integration) and the pages (Vite modules) are separate module
 * instances in one process. A file whose text changed (in `astro dev`) is parsed anew.
 */
interface Parsed {
  source: string;
  result: { structure: ArticleStructure | undefined; problems: ContentProblem[] };
}

const store = globalThis as typeof globalThis & {
  __editionParses?: Map<string, Parsed>;
  __editionParseCounts?: Map<string, number>;
};
const parsed = (store.__editionParses ??= new Map());
const counts = (store.__editionParseCounts ??= new Map());

/** The structure of an edition file (path relative to the project root) and its problems. */
export function parseEdition(
  source: string,
  file: string,
): { structure: ArticleStructure | undefined; problems: ContentProblem[] } {
  const hit = parsed.get(file);
  if (hit?.source === source) return hit.result;
  counts.set(file, (counts.get(file) ?? 0) + 1);
  const result = readArticleStructure(source, file);
  parsed.set(file, { source, result });
  return result;
}

/** How often each file was parsed in this process. */
export function parseCounts(): ReadonlyMap<string, number> {
  return counts;
}
