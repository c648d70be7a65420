import type { WordEntry, WordFile } from './word-file.ts';

/** A word of a sentence as the page shows it, with its help. */
export interface ShownWord extends WordEntry {
  /** The word as the page writes it. */
  text: string;
  /** Where it starts in the sentence's text (UTF-16 offset). */
  start: number;
  /** For a word inside one of our figures or terms: the id of the note it opens (fig-ID, term-ID). */
  note?: string;
}

/**
 * The words of a sentence, read from a word file against the sentence's text as the page
 * shows it: a word is as many characters as its reading has syllables. Throws where the
 * file does not spell the text (a file from another build, or another edition).
 */
export function wordsOfSentence(
  file: Pick<WordFile, 'words' | 'notes' | 'sentences'>,
  id: string,
  text: string,
): ShownWord[] {
  const pieces = file.sentences[id];
  if (pieces === undefined) throw new Error(`the word file has no sentence "${id}"`);
  const characters = [...text];
  const shown: ShownWord[] = [];
  let index = 0;
  let offset = 0;
  const take = (count: number): string => {
    const taken = characters.slice(index, index + count).join('');
    index += count;
    offset += taken.length;
    return taken;
  };
  const read = (piece: number | string, note: string | undefined) => {
    if (typeof piece === 'string') {
      const taken = take([...piece].length);
      if (taken !== piece) throw new Error(`sentence "${id}": expected "${piece}", the text has "${taken}"`);
      return;
    }
    const entry = file.words[piece];
    if (entry === undefined) throw new Error(`sentence "${id}": no word ${piece}`);
    const start = offset;
    const word: ShownWord = { ...entry, text: take(entry.p.split(' ').length), start };
    if (note !== undefined) word.note = note;
    shown.push(word);
  };
  for (const piece of pieces) {
    if (!Array.isArray(piece)) {
      read(piece, undefined);
      continue;
    }
    const [noteIndex, ...inside] = piece;
    const note = file.notes[noteIndex];
    if (note === undefined) throw new Error(`sentence "${id}": no note ${noteIndex}`);
    for (const part of inside) read(part, note);
  }
  if (index !== characters.length) throw new Error(`sentence "${id}": the word file ends before the text`);
  return shown;
}
