import { pinyin } from 'pinyin-pro';
import type { ArticleCheck } from '../../checks/article-version.ts';
import type { ContentProblem } from '../../model/content-problem.ts';
import { readingsFileName } from '../../model/layout.ts';
import { sourceLocale } from '../../i18n/languages.ts';
import { lineOfYamlPath, readYamlData } from '../../checks/yaml-data.ts';
import { allSentences, type ArticleStructure, type Sentence } from '../../model/structure.ts';
import { toneMarks, type Dictionary, type DictionaryEntry } from './cedict.ts';
import { readingsSchema, type ReadingCorrection } from './readings-schema.ts';
import { wordsOf, type Headwords, type Piece } from './segment.ts';

const hanCharacter = /\p{Script=Han}/gu;

/** How many characters of a word are read (Chinese characters): one syllable each. */
const syllableCount = (word: string) => word.match(hanCharacter)?.length ?? 0;

/**
 * Reads an article's corrections and checks them against its original: each word must
 * stand in it (in its sentence, where one is named) and have one syllable per character.
 * Given the dictionary, each must also stand as a word, as word help cuts the sentence:
 * the build of the word files checks that; the content checks, which run on every save
 * in `astro dev`, do without the dictionary. Problems carry the file and line.
 */
export function readReadings(
  source: string,
  file: string,
  original: ArticleStructure | undefined,
  dictionary: Headwords | undefined,
  problems: ContentProblem[],
): ReadingCorrection[] | undefined {
  const corrections = readYamlData(
    source,
    file,
    readingsSchema,
    'src/components/word-help/readings-schema.ts',
    problems,
  );
  if (corrections === undefined || original === undefined) return corrections;
  const sentences = allSentences(original);
  corrections.forEach((correction, index) => {
    const problem = (key: string, message: string, fix: string) =>
      problems.push({ file, line: lineOfYamlPath(source, [index, key]), message, fix });
    const count = syllableCount(correction.word);
    const syllables = correction.pinyin?.split(' ').length ?? count;
    if (syllables !== count) {
      problem(
        'pinyin',
        `"${correction.pinyin ?? ''}" has ${syllables} syllables, but ${correction.word} has ${count} characters`,
        'write one syllable per Chinese character, separated by spaces',
      );
    }
    const among = correction.sentence === undefined ? sentences : sentences.filter((s) => s.id === correction.sentence);
    if (among.length === 0) {
      problem(
        'sentence',
        `no sentence "${correction.sentence ?? ''}" in the original`,
        'use the id of an <S> of zh.mdx',
      );
      return;
    }
    const stands = among.some((sentence) =>
      dictionary === undefined
        ? sentence.text.includes(correction.word)
        : wordsOf(sentence, dictionary).some((piece) => piece.kind === 'word' && piece.text === correction.word),
    );
    if (!stands) {
      problem(
        'word',
        `${dictionary === undefined ? `"${correction.word}" is not in the original` : `word help never reads "${correction.word}" as a word`}${correction.sentence === undefined ? '' : ` in ${correction.sentence}`}`,
        'name a word as word help cuts the sentence (see its words.json), or the sentence it stands in',
      );
    }
  });
  return corrections;
}

/** The content check of an article's readings.yaml, where it has one. */
export const checkReadings: ArticleCheck = ({ folder, files, versions }) => {
  const source = files.get(readingsFileName);
  if (source === undefined) return [];
  const problems: ContentProblem[] = [];
  readReadings(source, `${folder}/${readingsFileName}`, versions.get(sourceLocale)?.structure, undefined, problems);
  return problems;
};

/** An editor's correction of a word's pinyin or gloss: the one for its sentence, else the one for everywhere. */
export function correctionOf(
  word: string,
  sentenceId: string,
  field: 'pinyin' | 'gloss',
  corrections: readonly ReadingCorrection[],
): string | undefined {
  const of = (c: ReadingCorrection) => c.word === word && c[field] !== undefined;
  const found =
    corrections.find((c) => of(c) && c.sentence === sentenceId) ??
    corrections.find((c) => of(c) && c.sentence === undefined);
  return found?.[field];
}

/** What a reading decision needs: the dictionary, and an article's corrections. */
export interface ReadingContext {
  dictionary: Pick<Dictionary, 'lookUp'>;
  corrections: readonly ReadingCorrection[];
}

/** The dictionary's distinct readings of a word, common words before proper names (城区 before Chéngqū). */
export function dictionaryReadings(entries: readonly DictionaryEntry[]): string[] {
  const common = entries.filter((entry) => !/^[A-Z]/.test(entry.numbered));
  const ordered = [...common, ...entries.filter((entry) => !common.includes(entry))];
  const readings = new Map<string, string>();
  for (const entry of ordered) {
    const reading = toneMarks(entry.numbered);
    if (!readings.has(reading.toLowerCase())) readings.set(reading.toLowerCase(), reading);
  }
  return [...readings.values()];
}

/** Pinyin-pro's reading of each character of a sentence, in context, by UTF-16 offset ('' where none). */
function contextReadings(text: string): string[] {
  const byOffset: string[] = [];
  // Without tone sandhi: the tones as dictionaries write them (一大批 yī dà pī, not yí), like CC-CEDICT's.
  for (const item of pinyin(text, { type: 'all', toneSandhi: false })) {
    byOffset.push(item.isZh ? item.pinyin : '');
    for (let extra = 1; extra < item.origin.length; extra += 1) byOffset.push('');
  }
  return byOffset;
}

/**
 * The reading of each word of a sentence, as a reader of this sentence should say it:
 * an editor's correction first; else the dictionary's, for a word of several characters
 * that it reads one way only (率先 shuài xiān, which pinyin-pro reads lǜ xiān); else
 * pinyin-pro's, which weighs the characters around (832处 chù, but 查处 chá chǔ).
 */
export function wordReading(
  piece: Piece,
  sentence: Pick<Sentence, 'id'>,
  context: readonly string[],
  rc: ReadingContext,
): string {
  const corrected = correctionOf(piece.text, sentence.id, 'pinyin', rc.corrections);
  if (corrected !== undefined) return corrected;
  const known = dictionaryReadings(rc.dictionary.lookUp(piece.text));
  if (syllableCount(piece.text) > 1 && known.length === 1 && known[0] !== undefined) return known[0];
  const syllables: string[] = [];
  for (let offset = 0; offset < piece.text.length; offset += 1) {
    const syllable = context[piece.start + offset];
    if (syllable !== undefined && syllable !== '') syllables.push(syllable);
  }
  if (syllables.length === syllableCount(piece.text)) return syllables.join(' ');
  // A character pinyin-pro does not know: the dictionary's first reading, if it has one.
  return known[0] ?? syllables.join(' ');
}

/** The reading of any word of a sentence (a piece of kind 'word', inside a figure or term or not). */
export function sentenceReadings(sentence: Pick<Sentence, 'id' | 'text'>, rc: ReadingContext): (word: Piece) => string {
  const context = contextReadings(sentence.text);
  return (word) => wordReading(word, sentence, context, rc);
}
