import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../checks/article.ts';
import { formatProblem, type ContentProblem } from '../../model/content-problem.ts';
import { allSentences, readArticleStructure } from '../../model/structure.ts';
import { cedict } from './cedict.ts';
import { wordsOfSentence } from './read-word-file.ts';
import { readReadings } from './readings.ts';
import { wordFile } from './word-file.ts';

const folder = 'content/articles/sichuan-police-2019';
const source = readFileSync(`${folder}/zh.mdx`, 'utf8');
const parsed = readArticleStructure(source, `${folder}/zh.mdx`).structure;
if (parsed === undefined) throw new Error(`${folder}/zh.mdx does not parse`);
const structure = parsed;
const dictionary = cedict();
const file = `${folder}/readings.yaml`;

function read(yaml: string): { corrections: ReturnType<typeof readReadings>; problems: string[] } {
  const problems: ContentProblem[] = [];
  const corrections = readReadings(yaml, file, structure, dictionary, problems);
  return { corrections, problems: problems.map(formatProblem) };
}

// The word files are built at import: a build of the report's takes a fraction of a second, more on a busy machine.
const uncorrected = wordFile('sichuan-police-2019', 'zh', structure, [], dictionary);
const readingCorrected = read(
  ['- word: 着力', '  pinyin: zháo lì', '  sentence: force-building-1-1', '  why: a test of the mechanism'].join('\n'),
);
const withReading = wordFile('sichuan-police-2019', 'zh', structure, readingCorrected.corrections ?? [], dictionary);
const glossCorrected = read(['- word: 省', '  gloss: province'].join('\n'));
const withGloss = wordFile('sichuan-police-2019', 'zh', structure, glossCorrected.corrections ?? [], dictionary);

describe("an editor's reading corrections (readings.yaml)", () => {
  it('change the reading a reader gets, in the sentence named and nowhere else', () => {
    expect(readingCorrected.problems).toEqual([]);
    const words = withReading;
    const readingIn = (id: string) => {
      const sentence = allSentences(structure).find((s) => s.id === id);
      return wordsOfSentence(words, id, sentence?.text ?? '').find((word) => word.text === '着力')?.p;
    };
    expect(readingIn('force-building-1-1')).toBe('zháo lì');
    expect(readingIn('reform-innovation-1-1')).toBe('zhuó lì');
  });

  it("replace a gloss where the dictionary's first sense is not the one the article uses", () => {
    expect(glossCorrected.problems).toEqual([]);
    const simplified = uncorrected;
    const corrected = withGloss;
    const glossIn = (file: typeof simplified) => {
      const sentence = allSentences(structure).find((s) => s.id === 'anniversary-security-1-2');
      return wordsOfSentence(file, 'anniversary-security-1-2', sentence?.text ?? '').find((word) => word.text === '省')
        ?.g;
    };
    expect(glossIn(simplified)).toMatch(/^to save/);
    expect(glossIn(corrected)).toBe('province');
  });

  it('name the line of a field that breaks the schema', () => {
    const { problems } = read(
      ['- word: 率先', '  pinyin: shuai4 xian1', '- word: 着力', '  why: nothing to correct'].join('\n'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^content\/articles\/sichuan-police-2019\/readings\.yaml:2: .*pinyin/),
      expect.stringMatching(/readings\.yaml:3: .*give the corrected pinyin, gloss or both/),
    ]);
  });

  it('name a word the article never has as a word, a syllable count that does not fit, an unknown sentence', () => {
    const { problems } = read(
      [
        '- word: 省城',
        '  pinyin: shěng chéng',
        '- word: 率先',
        '  pinyin: shuài',
        '- word: 率先',
        '  pinyin: shuài xiān',
        '  sentence: no-such-sentence',
      ].join('\n'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/readings\.yaml:1: word help never reads "省城" as a word/),
      expect.stringMatching(/readings\.yaml:4: "shuài" has 1 syllables, but 率先 has 2 characters/),
      expect.stringMatching(/readings\.yaml:7: no sentence "no-such-sentence"/),
    ]);
  });

  it('are checked with the rest of the article, so a build stops on a mistake', () => {
    const files = new Map([
      ['zh.mdx', source],
      ['readings.yaml', '- word: 率先\n  pinyin: shuài\n'],
    ]);
    const problems = checkArticle(folder, files, undefined).map(formatProblem);
    expect(problems).toContainEqual(expect.stringMatching(/readings\.yaml:2: "shuài" has 1 syllables/));
  });
});
