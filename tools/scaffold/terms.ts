import type { KnownTerm } from './known-terms.ts';

/**
 * A term the scaffolder highlights: a known term found by its headword (its note is
 * already written, and is copied), or a stub for a quoted phrase that looks like a
 * slogan (“三个提升”), for the editor to confirm or remove.
 */
export interface TermDraft {
  id: string;
  /** The term as the original writes it. */
  text: string;
  start: number;
  end: number;
  /** The wording the English placeholder keeps, so the term-wording check passes. */
  english: string;
  known?: KnownTerm;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** A quoted phrase short enough to be a name, without a sentence's punctuation. */
const quotedPhrase = /[“「]([^“”「」，,。；;！？!?：:]{2,16})[”」]/gu;

/**
 * The terms of one sentence, in reading order: known headwords first (the longest wins),
 * then quoted phrases no known term covers. `stubId` gives a phrase the id it already has
 * (the same phrase twice is one term) or the next draft id.
 */
export function termsOf(
  sentence: string,
  known: readonly KnownTerm[],
  stubId: (phrase: string) => { id: string; english: string },
): TermDraft[] {
  const found: TermDraft[] = [];
  const headwords = known
    .flatMap((term) => term.headwords.map((headword) => ({ term, ...headword })))
    .filter((headword) => [...headword.zh].length >= 2)
    .sort((a, b) => b.zh.length - a.zh.length);
  for (const headword of headwords) {
    for (let at = sentence.indexOf(headword.zh); at !== -1; at = sentence.indexOf(headword.zh, at + 1)) {
      const span = { start: at, end: at + headword.zh.length };
      if (found.some((other) => overlaps(other, span))) continue;
      found.push({ id: headword.term.id, text: headword.zh, ...span, english: headword.en, known: headword.term });
    }
  }
  for (const match of sentence.matchAll(quotedPhrase)) {
    const phrase = match[1] ?? '';
    const span = { start: match.index + 1, end: match.index + 1 + phrase.length };
    if (found.some((other) => overlaps(other, span))) continue;
    found.push({ text: phrase, ...span, ...stubId(phrase) });
  }
  return found.sort((a, b) => a.start - b.start);
}
