import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../../src/checks/text-file.ts';
import { hitRate } from './hit-rate.ts';
import { knownTerms } from './known-terms.ts';
import { readOriginal } from './read-original.ts';
import { scaffold } from './render.ts';

/**
 * What the scaffolder does with each original: lines placed (and how many of them are
 * guesses), figures wrapped, known terms proposed and slogan stubs; for an article with a
 * hand-made edition, how its figures compare. `npm run scaffold:counts` prints it, and
 * writes it to docs/authoring-counts.md with --write.
 */
export interface Counts {
  file: string;
  lines: number;
  guessed: number;
  figures: number;
  knownTerms: number;
  knownTermHighlights: number;
  stubs: number;
  handMade?: { figures: number; found: number; terms: number; termsFound: number };
}

export function countsOf(file: string, contentRoot: string, handMadeFile?: string): Counts {
  const read = readTextFile(file);
  if ('problem' in read) throw new Error(`${file}:${read.problem.line}: ${read.problem.message}`);
  const original = readOriginal(read.text, file);
  const draft = scaffold(original, {
    notesFile: join(contentRoot, 'articles/draft/notes.yaml'),
    schemaFile: 'content/notes.schema.json',
    knownTerms: knownTerms(contentRoot).terms,
  });
  const known = draft.terms.filter((term) => term.known !== undefined);
  const counts: Counts = {
    file,
    lines: new Set(original.placements.map((placement) => placement.line)).size,
    guessed: original.placements.filter((placement) => placement.guess === true).length,
    figures: draft.figures.length,
    knownTerms: new Set(known.map((term) => term.id)).size,
    knownTermHighlights: known.length,
    stubs: new Set(draft.terms.filter((term) => term.known === undefined).map((term) => term.text)).size,
  };
  if (handMadeFile !== undefined) {
    const handMade = readFileSync(handMadeFile, 'utf8');
    const rate = hitRate(draft.files['zh.mdx'], handMade);
    const terms = [...handMade.matchAll(/<Term id="[^"]+">([^<]*)<\/Term>/g)].map((match) => match[1] ?? '');
    const proposed = new Set(draft.terms.map((term) => term.text));
    counts.handMade = {
      figures: rate.handMade,
      found: rate.exact.length + rate.otherSpan.length,
      terms: terms.length,
      termsFound: terms.filter((term) => proposed.has(term)).length,
    };
  }
  return counts;
}

export function formatCounts(all: readonly Counts[]): string {
  const rows = all.map(
    (c) =>
      `| \`${c.file}\` | ${c.lines} | ${c.lines - c.guessed} | ${c.guessed} | ${c.figures} | ${c.knownTerms} (${c.knownTermHighlights}) | ${c.stubs} |`,
  );
  const compared = all.flatMap((c) =>
    c.handMade === undefined
      ? []
      : [
          `- \`${c.file}\` against its hand-made \`zh.mdx\`: ${c.handMade.found} of ${c.handMade.figures} hand-made figure highlights found; ${c.handMade.termsFound} of ${c.handMade.terms} hand-made term highlights proposed (as a known term or a stub; its terms are the known ones, so this measures finding, not knowing).`,
        ],
  );
  return [
    '| original | non-blank lines | placed for certain | placed as a guess | figures wrapped | known terms proposed (highlights) | slogan stubs |',
    '| --- | --: | --: | --: | --: | --: | --: |',
    ...rows,
    '',
    ...compared,
  ].join('\n');
}
