import { allSentences, readArticleStructure, type Annotation } from '../../src/model/structure.ts';

/**
 * Compares the figures the scaffolder wraps with those of a hand-made edition of the same
 * text. Both editions hold the original verbatim, so each highlight is placed by its
 * offset in the body text (every sentence, in reading order):
 *
 *   exact      the same span
 *   other span overlaps a hand-made figure, with other bounds (1倍 for 提升1倍)
 *   missed     a hand-made figure no found span touches
 *   over-found a found span on no hand-made figure (inside a hand-made term, or in plain text)
 */

interface Span {
  start: number;
  end: number;
  text: string;
  id: string;
}

interface Highlights {
  body: string;
  figures: Span[];
  terms: Span[];
}

function highlights(source: string, file: string): Highlights {
  const { structure, problems } = readArticleStructure(source, file);
  if (structure === undefined || problems.length > 0) {
    throw new Error(`${file} does not read: ${problems.map((problem) => problem.message).join('; ')}`);
  }
  let body = '';
  const figures: Span[] = [];
  const terms: Span[] = [];
  for (const sentence of allSentences(structure)) {
    let cursor = 0;
    for (const annotation of sentence.annotations as Annotation[]) {
      const at = sentence.text.indexOf(annotation.text, cursor);
      const span = {
        start: body.length + at,
        end: body.length + at + annotation.text.length,
        text: annotation.text,
        id: annotation.id,
      };
      (annotation.kind === 'figure' ? figures : terms).push(span);
      cursor = at + annotation.text.length;
    }
    body += sentence.text;
  }
  return { body, figures, terms };
}

export interface HitRate {
  handMade: number;
  /** Distinct figure notes the hand-made highlights name (a figure may be highlighted twice). */
  handMadeNotes: number;
  found: number;
  exact: { text: string }[];
  otherSpan: { handMade: string; found: string[] }[];
  missed: { id: string; text: string }[];
  overFound: { text: string; inTerm?: string }[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function hitRate(scaffolded: string, handMade: string): HitRate {
  const ours = highlights(scaffolded, 'scaffolded zh.mdx');
  const theirs = highlights(handMade, 'hand-made zh.mdx');
  if (ours.body !== theirs.body) {
    const at = [...ours.body].findIndex((char, index) => char !== [...theirs.body][index]);
    throw new Error(
      `the two editions do not hold the same text (they part at character ${at}: "${ours.body.slice(at, at + 20)}" / "${theirs.body.slice(at, at + 20)}")`,
    );
  }
  const result: HitRate = {
    handMade: theirs.figures.length,
    handMadeNotes: new Set(theirs.figures.map((figure) => figure.id)).size,
    found: ours.figures.length,
    exact: [],
    otherSpan: [],
    missed: [],
    overFound: [],
  };
  for (const figure of theirs.figures) {
    const touching = ours.figures.filter((span) => overlaps(span, figure));
    if (touching.length === 0) result.missed.push({ id: figure.id, text: figure.text });
    else if (touching.length === 1 && touching[0]?.start === figure.start && touching[0].end === figure.end)
      result.exact.push({ text: figure.text });
    else result.otherSpan.push({ handMade: figure.text, found: touching.map((span) => span.text) });
  }
  for (const span of ours.figures) {
    if (theirs.figures.some((figure) => overlaps(span, figure))) continue;
    const term = theirs.terms.find((candidate) => overlaps(span, candidate));
    result.overFound.push(term === undefined ? { text: span.text } : { text: span.text, inTerm: term.id });
  }
  return result;
}

export function formatHitRate(rate: HitRate): string {
  const hit = rate.exact.length + rate.otherSpan.length;
  const lines = [
    `hand-made figures: ${rate.handMade} highlights of ${rate.handMadeNotes} notes; scaffolded figures: ${rate.found}`,
    `found: ${hit} of ${rate.handMade} (${rate.exact.length} with the same span, ${rate.otherSpan.length} with other bounds)`,
    `missed: ${rate.missed.length}`,
    ...rate.missed.map((miss) => `  - ${miss.text} (${miss.id})`),
    `other bounds: ${rate.otherSpan.length}`,
    ...rate.otherSpan.map((span) => `  - hand-made ${span.handMade} / found ${span.found.join(' + ')}`),
    `over-found: ${rate.overFound.length}`,
    ...rate.overFound.map(
      (span) => `  - ${span.text}${span.inTerm === undefined ? '' : ` (inside the term ${span.inTerm})`}`,
    ),
  ];
  return lines.join('\n');
}
