import type { Annotation, Sentence } from '../../model/structure.ts';

/**
 * A piece of a sentence: a word a reader can ask about, one of our highlighted figures
 * or terms (kept whole: its note explains it), or text that needs no help (punctuation,
 * numbers, Latin letters, spaces). The pieces of a sentence, in order, spell its text.
 */
export type Piece =
  | { kind: 'word'; text: string; start: number }
  | { kind: 'note'; text: string; start: number; note: Pick<Annotation, 'kind' | 'id'> }
  | { kind: 'plain'; text: string; start: number };

/** What the segmenter needs of a dictionary: whether a string is a headword, and how long they get. */
export interface Headwords {
  has(word: string): boolean;
  longestWord: number;
}

const han = /^\p{Script=Han}/u;

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Where `Intl.Segmenter` (ICU's dictionary, which weighs words by frequency) cuts a run of text. */
function segmenterCuts(run: string): Set<number> {
  return new Set([...wordSegmenter.segment(run)].map(({ index }) => index));
}

/** How good a cut of a run's first characters is: fewer is better, compared in this order. */
type Cost = [words: number, disagreements: number, singles: number];

const better = (a: Cost, b: Cost) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * A run of Chinese characters cut into dictionary words, with the longest matches: the cut
 * with the fewest words (a character no dictionary knows is a word of its own). Where
 * several cuts have as few words, the one `Intl.Segmenter` agrees with most wins, then the
 * one with fewer single characters. Fewest words alone cannot tell 命名 为 from 命 名为, or
 * 取得 了 from 取 得了; one-way longest match reads 我省城区 as 我 省城 区.
 */
export function dictionaryWords(run: string, headwords: Headwords): string[] {
  const cuts = segmenterCuts(run);
  const best: { cost: Cost; from: number }[] = [{ cost: [0, 0, 0], from: 0 }];
  for (let end = 1; end <= run.length; end += 1) {
    for (let start = Math.max(0, end - headwords.longestWord); start < end; start += 1) {
      const before = best[start];
      if (before === undefined) continue;
      if (end - start > 1 && !headwords.has(run.slice(start, end))) continue;
      const cost: Cost = [
        before.cost[0] + 1,
        before.cost[1] + (cuts.has(start) ? 0 : 1),
        before.cost[2] + (end - start === 1 ? 1 : 0),
      ];
      const current = best[end];
      if (current === undefined || better(cost, current.cost) < 0) best[end] = { cost, from: start };
    }
  }
  const words: string[] = [];
  for (let end = run.length; end > 0;) {
    const from = best[end]?.from ?? end - 1;
    words.unshift(run.slice(from, end));
    end = from;
  }
  return words;
}

/**
 * Text in words: dictionary words for runs of Chinese characters, `Intl.Segmenter` for the
 * rest. `start` is where the text starts in its sentence.
 */
export function segmentText(text: string, start: number, headwords: Headwords): Piece[] {
  const pieces: Piece[] = [];
  let offset = start;
  for (const run of text.match(/\p{Script=Han}+|\P{Script=Han}+/gu) ?? []) {
    if (han.test(run)) {
      for (const word of dictionaryWords(run, headwords)) {
        // A character no dictionary knows is still a word a reader may ask about.
        pieces.push({ kind: 'word', text: word, start: offset });
        offset += word.length;
      }
      continue;
    }
    for (const { segment } of wordSegmenter.segment(run)) {
      pieces.push({ kind: 'plain', text: segment, start: offset });
      offset += segment.length;
    }
  }
  return joinPlain(pieces);
}

/** Consecutive plain pieces as one, as a reader never opens them. */
function joinPlain(pieces: readonly Piece[]): Piece[] {
  return pieces.reduce<Piece[]>((joined, piece) => {
    const last = joined.at(-1);
    if (piece.text === '') return joined;
    if (piece.kind === 'plain' && last?.kind === 'plain') last.text += piece.text;
    else joined.push({ ...piece });
    return joined;
  }, []);
}

/**
 * A sentence in pieces: our figures and terms first (whole, with their note), then
 * dictionary words, then `Intl.Segmenter` for what is not Chinese.
 */
export function segmentSentence(sentence: Pick<Sentence, 'text' | 'annotations'>, headwords: Headwords): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const annotation of [...sentence.annotations].sort((a, b) => a.start - b.start)) {
    if (sentence.text.slice(annotation.start, annotation.start + annotation.text.length) !== annotation.text)
      throw new Error(
        `highlight "${annotation.id}" is not where the sentence's text says (offset ${annotation.start})`,
      );
    pieces.push(...segmentText(sentence.text.slice(offset, annotation.start), offset, headwords));
    pieces.push({
      kind: 'note',
      text: annotation.text,
      start: annotation.start,
      note: { kind: annotation.kind, id: annotation.id },
    });
    offset = annotation.start + annotation.text.length;
  }
  pieces.push(...segmentText(sentence.text.slice(offset), offset, headwords));
  return joinPlain(pieces);
}

/** The words of a sentence, our figures and terms included word by word (832处 → 832 处). */
export function wordsOf(sentence: Pick<Sentence, 'text' | 'annotations'>, headwords: Headwords): Piece[] {
  return segmentSentence(sentence, headwords).flatMap((piece) =>
    piece.kind === 'note' ? segmentText(piece.text, piece.start, headwords) : [piece],
  );
}
