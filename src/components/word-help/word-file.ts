import { existsSync, readFileSync } from 'node:fs';
import { ContentCheckError, type ContentProblem } from '../../model/content-problem.ts';
import { isConverted, languageTag, type Locale } from '../../i18n/languages.ts';
import { forLocale, toTraditional } from '../../i18n/traditional.ts';
import { articleFile, readingsFileName } from '../../model/layout.ts';
import { allSentences, type ArticleStructure } from '../../model/structure.ts';
import { cedict, cedictAttribution, cedictLicence, type Dictionary } from './cedict.ts';
import { highlightId } from '../notes/note-ids.ts';
import { glossFor } from './glosses.ts';
import { correctionOf, readReadings, sentenceReadings } from './readings.ts';
import type { ReadingCorrection } from './readings-schema.ts';
import { segmentSentence, segmentText, type Piece } from './segment.ts';

/**
 * One entry of a word file's glossary: a word read in context. A word that stands in
 * several sentences with the same reading is listed once. The word itself is not
 * repeated: it is the page's text, as long as its reading has syllables (one per
 * character), which keeps the file in its budget.
 */
export interface WordEntry {
  /** Pinyin with tone marks, a syllable per character, separated by spaces. */
  p: string;
  /** Short English gloss from CC-CEDICT (absent where the dictionary lacks the word, and inside our figures and terms, which open their note). */
  g?: string;
  /** The word in the other script (Traditional on a Simplified page and back), where it differs. */
  o?: string;
}

/**
 * A piece of a sentence: a word (an index into `words`), text a reader needs no help with
 * (a string: punctuation, numbers), or one of our figures or terms: an array of the index
 * of its note in `notes`, then its own pieces (words and text), so its reading shows word
 * by word while the whole opens its note.
 */
export type WordPiece = number | string | [note: number, ...pieces: (number | string)[]];

/**
 * The word help of one edition: `/<lang>/<slug>/words.json`. Each sentence (by alignment
 * id) is the list of its pieces in reading order; they spell its text as the page shows it.
 */
export interface WordFile {
  article: string;
  language: string;
  licence: string;
  attribution: string;
  /** The dictionary's release: CC-CEDICT <date>. */
  dictionary: string;
  words: WordEntry[];
  /** The notes our figures and terms open, by their first highlight's id on the page (fig-ID, term-ID; the note is note-fig-ID). */
  notes: string[];
  sentences: Record<string, WordPiece[]>;
}

/** The reading corrections of an article, checked; a build stops on a mistake in them. */
export function readingCorrections(
  slug: string,
  structure: ArticleStructure,
  dictionary: Dictionary,
): ReadingCorrection[] {
  const file = articleFile(slug, readingsFileName);
  if (!existsSync(file)) return [];
  const problems: ContentProblem[] = [];
  const corrections = readReadings(readFileSync(file, 'utf8'), file, structure, dictionary, problems);
  if (problems.length > 0 || corrections === undefined) throw new ContentCheckError(problems);
  return corrections;
}

/**
 * Builds the word file of an edition in a Chinese script from the original's structure
 * (a converted edition shows the same sentences converted, character for character).
 */
export function wordFile(
  slug: string,
  locale: Locale,
  structure: ArticleStructure,
  corrections: readonly ReadingCorrection[],
  dictionary: Dictionary = cedict(),
): WordFile {
  const words: WordEntry[] = [];
  const wordIndex = new Map<string, number>();
  const glossed = new Set<number>();
  const notes: string[] = [];
  const sentences: WordFile['sentences'] = {};
  const context = { dictionary, corrections };
  for (const sentence of allSentences(structure)) {
    const shown = forLocale(locale, sentence.text);
    const other = isConverted(locale) ? sentence.text : toTraditional(sentence.text);
    if (shown.length !== sentence.text.length || other.length !== sentence.text.length)
      throw new Error(`sentence "${sentence.id}": its converted text is not character for character`);
    const reading = sentenceReadings(sentence, context);
    const pieceOf = (piece: Piece, insideNote: boolean): number | string => {
      const end = piece.start + piece.text.length;
      const text = shown.slice(piece.start, end);
      if (piece.kind !== 'word') return text;
      const entry: WordEntry = { p: reading(piece) };
      if (entry.p === '' || [...piece.text].length !== entry.p.split(' ').length)
        throw new Error(
          `${articleFile(slug, 'zh.mdx')}: no reading for every character of "${piece.text}" (sentence ${sentence.id}) — add it to ${articleFile(slug, readingsFileName)}`,
        );
      const otherText = other.slice(piece.start, end);
      if (otherText !== text) entry.o = otherText;
      // An editor's gloss holds wherever its word stands, inside our notes too.
      const corrected = correctionOf(piece.text, sentence.id, 'gloss', corrections);
      if (corrected !== undefined) entry.g = forLocale(locale, corrected);
      const key = `${text} ${JSON.stringify(entry)}`;
      let index = wordIndex.get(key);
      if (index === undefined) {
        index = words.push(entry) - 1;
        wordIndex.set(key, index);
      }
      if (!insideNote && corrected === undefined && !glossed.has(index)) {
        glossed.add(index);
        const gloss = glossFor(piece.text, entry.p, dictionary);
        if (gloss !== '') (words[index] as WordEntry).g = forLocale(locale, gloss);
      }
      return index;
    };
    sentences[sentence.id] = segmentSentence(sentence, dictionary).map((piece): WordPiece => {
      if (piece.kind !== 'note') return pieceOf(piece, false);
      const note = highlightId(piece.note.kind, piece.note.id);
      const index = notes.includes(note) ? notes.indexOf(note) : notes.push(note) - 1;
      return [index, ...segmentText(piece.text, piece.start, dictionary).map((part) => pieceOf(part, true))];
    });
  }
  return {
    article: slug,
    language: languageTag[locale],
    licence: cedictLicence,
    attribution: cedictAttribution,
    dictionary: `CC-CEDICT ${dictionary.date.slice(0, 10)}`,
    words,
    notes,
    sentences,
  };
}
