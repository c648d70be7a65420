import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { convert } from 'pinyin-pro';

/**
 * CC-CEDICT, the community Chinese–English dictionary, read at build time from the copy
 * the `hanzi` package ships in its tarball (no download at install). Its data is
 * CC BY-SA 4.0: whatever the site derives from it (the word files) carries the same
 * licence and this attribution.
 */
export const cedictAttribution =
  'Glosses from CC-CEDICT (MDBG, https://cc-cedict.org/wiki/), CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this word list is shared under the same licence.';
export const cedictLicence = 'CC-BY-SA-4.0';

/** One dictionary entry: `TRAD SIMP [pin1 yin1] /sense; gloss/sense/`. */
export interface DictionaryEntry {
  traditional: string;
  simplified: string;
  /** The reading as the dictionary writes it: "shuai4 xian1" (see `toneMarks`). */
  numbered: string;
  /** Its senses in order, each a list of glosses (CC-CEDICT separates glosses of one sense with ";"). */
  senses: string[][];
}

export interface Dictionary {
  /** Whether a simplified headword is in the dictionary. */
  has(word: string): boolean;
  /** The entries of a simplified headword, in the dictionary's order. */
  lookUp(word: string): readonly DictionaryEntry[];
  /** The longest headword, in UTF-16 units: how far a longest match needs to look. */
  longestWord: number;
  /** The date of the dictionary's release, from its header. */
  date: string;
}

/** A numbered CC-CEDICT reading ("lu:4 xian1", "de5") with tone marks ("lǜ xiān", "de"). */
export function toneMarks(numbered: string): string {
  const syllables = numbered
    .replace(/u:/g, 'ü')
    .replace(/U:/g, 'Ü')
    .split(' ')
    .map((syllable) => syllable.replace(/5$/, ''));
  return convert(syllables.join(' '), { format: 'numToSymbol' });
}

const entryLine = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/$/;

/** One line of CC-CEDICT as an entry; undefined for a line that is not one. */
export function parseEntry(line: string): DictionaryEntry | undefined {
  const match = entryLine.exec(line.trimEnd());
  if (match === null) return undefined;
  const [, traditional = '', simplified = '', numbered = '', body = ''] = match;
  const senses = body.split('/').map((sense) => sense.split('; ').map((gloss) => gloss.trim()));
  return { traditional, simplified, numbered, senses };
}

/**
 * Parses CC-CEDICT's text format (the `cedict_ts.u8` file). Lines are indexed by their
 * simplified headword and read into entries only when looked up: a build looks up a few
 * hundred of its 120,000 words.
 */
export function parseCedict(text: string): Dictionary {
  const lines = new Map<string, string[]>();
  let longestWord = 0;
  let date = '';
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
    const line = text.slice(start, end);
    start = end + 1;
    if (line.startsWith('#')) {
      date = /^#! date=(\S+)/.exec(line)?.[1] ?? date;
      continue;
    }
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    if (first <= 0 || second <= first + 1) continue;
    const simplified = line.slice(first + 1, second);
    const list = lines.get(simplified);
    if (list === undefined) lines.set(simplified, [line]);
    else list.push(line);
    longestWord = Math.max(longestWord, simplified.length);
  }
  const entries = new Map<string, readonly DictionaryEntry[]>();
  const lookUp = (word: string): readonly DictionaryEntry[] => {
    let found = entries.get(word);
    if (found === undefined) {
      found = (lines.get(word) ?? []).flatMap((line) => parseEntry(line) ?? []);
      entries.set(word, found);
    }
    return found;
  };
  return { has: (word) => lines.has(word), lookUp, longestWord, date };
}

/** The dictionary file inside the package: a CommonJS module whose export is the file's text, in backquotes. */
const packagedFile = 'hanzi/lib/data/cedict_ts.u8.js';

let loaded: Dictionary | undefined;

/** The dictionary, parsed once per process. */
export function cedict(): Dictionary {
  if (loaded !== undefined) return loaded;
  const path = createRequire(import.meta.url).resolve(packagedFile);
  const source = readFileSync(path, 'utf8');
  // Read as text rather than run: the same string, without compiling a 10 MB module.
  const text = source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
  if (!text.startsWith('# CC-CEDICT') || text.includes('\\') || text.includes('${'))
    throw new Error(
      `${packagedFile}: expected the plain text of CC-CEDICT in backquotes (did the hanzi package change?)`,
    );
  loaded = parseCedict(text);
  return loaded;
}
