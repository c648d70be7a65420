import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forLocale } from '../../i18n/traditional.ts';
import { allSentences, readArticleStructure, type ArticleStructure } from '../../model/structure.ts';
import { highlightId } from '../notes/note-ids.ts';
import { cedict } from './cedict.ts';
import { wordsOfSentence } from './read-word-file.ts';
import { readingCorrections, wordFile } from './word-file.ts';

const realSlug = 'sichuan-police-2019';

function structureOf(folder: string): ArticleStructure {
  const file = `${folder}/zh.mdx`;
  const { structure } = readArticleStructure(readFileSync(file, 'utf8'), file);
  if (structure === undefined) throw new Error(`${file} does not parse`);
  return structure;
}

const real = structureOf(`content/articles/${realSlug}`);
const fixtureFolders = readdirSync('e2e/fixtures/content/articles').map(
  (slug) => [slug, `e2e/fixtures/content/articles/${slug}`] as const,
);
const dictionary = cedict();
// The article's own corrections (readings.yaml), as the build applies them.
const corrections = readingCorrections(realSlug, real, dictionary);

// Built once, at import: each build of the report's file takes a fraction of a second, more on a busy machine.
const realFile = wordFile(realSlug, 'zh', real, corrections, dictionary);
const realFileUncorrected = wordFile(realSlug, 'zh', real, [], dictionary);
const realHantFile = wordFile(realSlug, 'zh-hant', real, [], dictionary);

/** What a reader of the Simplified page gets for a word of a sentence of the real article. */
function readerGets(sentenceId: string, word: string): string[] {
  const file = realFile;
  const sentence = allSentences(real).find((s) => s.id === sentenceId);
  if (sentence === undefined) throw new Error(`no sentence ${sentenceId}`);
  return wordsOfSentence(file, sentenceId, sentence.text)
    .filter((shown) => shown.text === word)
    .map((shown) => shown.p);
}

describe('pinyin as read in context, in the real article', () => {
  // Each polyphone where it stands in the article, with the reading a reader should hear.
  const polyphones: [sentence: string, word: string, reading: string][] = [
    ['lead-1-1', '率先', 'shuài xiān'],
    ['reform-innovation-1-2', '率先', 'shuài xiān'],
    ['reform-innovation-1-3', '覆盖率', 'fù gài lǜ'],
    ['anniversary-security-1-6', '查处', 'chá chǔ'],
    // 832处: the measure word of places, inside the figure's highlight.
    ['anniversary-security-1-10', '处', 'chù'],
    ['lead-1-1', '了解', 'liǎo jiě'],
    ['force-building-1-8', '协调', 'xié tiáo'],
    // Inside the slogan 大学习、大调研、大落实.
    ['political-loyalty-1-2', '调研', 'diào yán'],
    ['anniversary-security-1-2', '重点', 'zhòng diǎn'],
    ['reform-innovation-1-1', '着力', 'zhuó lì'],
    ['force-building-1-1', '着力', 'zhuó lì'],
    // 为 is wéi throughout (pinyin-pro says wèi): the article's readings.yaml corrects it.
    ['lead-1-1', '为', 'wéi'],
    ['anniversary-security-1-7', '为', 'wéi'],
    // Tones as dictionaries write them, without sandhi: 一大批 yī dà pī.
    ['force-building-1-3', '一', 'yī'],
  ];
  for (const [sentence, word, reading] of polyphones) {
    it(`reads ${word} as ${reading} in ${sentence}`, () => {
      expect(readerGets(sentence, word)).toEqual([reading]);
    });
  }
});

describe('the word file of an edition', () => {
  const editions = [
    [realSlug, real],
    ...fixtureFolders.map(([slug, folder]) => [slug, structureOf(folder)] as const),
  ] as const;
  for (const [slug, structure] of editions) {
    for (const locale of ['zh', 'zh-hant'] as const) {
      const file = wordFile(slug, locale, structure, [], dictionary);
      it(`spells every sentence of ${slug} as the ${locale} page shows it, every highlight opening its note`, () => {
        for (const sentence of allSentences(structure)) {
          const text = forLocale(locale, sentence.text);
          const words = wordsOfSentence(file, sentence.id, text);
          expect(words.length, sentence.id).toBeGreaterThan(0);
          for (const word of words) {
            expect(word.p.split(' ').length, `${sentence.id}: ${word.text}`).toBe([...word.text].length);
            expect(word.p, `${sentence.id}: ${word.text}`).toMatch(/^[\p{L} ]+$/u);
          }
          const notes = new Set(words.flatMap((word) => word.note ?? []));
          for (const annotation of sentence.annotations) {
            const id = highlightId(annotation.kind, annotation.id);
            // A highlight of only numbers and signs (5+3+1+2) has no word, and so nothing to read.
            if (/\p{Script=Han}/u.test(annotation.text))
              expect(notes, `${sentence.id}: ${annotation.text}`).toContain(id);
            expect(file.notes).toContain(id);
          }
        }
        expect(Object.keys(file.sentences)).toEqual(allSentences(structure).map((sentence) => sentence.id));
      });
    }
  }

  it('keeps a term whole: its words open its note, and a word found only in notes carries no gloss', () => {
    const file = realFileUncorrected;
    const words = allSentences(real).flatMap((sentence) => wordsOfSentence(file, sentence.id, sentence.text));
    const inTerm = words.filter((word) => word.note === 'term-sweep-away-black-campaign');
    expect(inTerm.map((word) => word.text).join('')).toBe('扫黑除恶专项斗争');
    const outsideNotes = new Set(words.filter((word) => word.note === undefined).map((word) => word.text));
    const onlyInNotes = words.filter((word) => !outsideNotes.has(word.text));
    expect(onlyInNotes.map((word) => word.text)).toContain('扫黑');
    expect(onlyInNotes.filter((word) => word.g !== undefined)).toEqual([]);
    // Where the same word stands outside a note, it has its gloss.
    expect(words.find((word) => word.text === '专项' && word.note === undefined)?.g).toMatch(/special/i);
  });

  it('gives the other script of a word, and the gloss, on both pages', () => {
    const sentence = allSentences(real).find((s) => s.id === 'lead-1-1');
    const simplified = realFileUncorrected;
    const traditional = realHantFile;
    const onZh = wordsOfSentence(simplified, 'lead-1-1', sentence?.text ?? '').find((w) => w.text === '记者');
    const onHant = wordsOfSentence(traditional, 'lead-1-1', forLocale('zh-hant', sentence?.text ?? '')).find(
      (w) => w.text === '記者',
    );
    expect(onZh).toMatchObject({ p: 'jì zhě', o: '記者', g: expect.stringMatching(/reporter/) });
    expect(onHant).toMatchObject({ p: 'jì zhě', o: '记者', g: expect.stringMatching(/reporter/) });
  });

  it('carries the licence and attribution of CC-CEDICT', () => {
    const file = realFileUncorrected;
    expect(file.licence).toBe('CC-BY-SA-4.0');
    expect(file.attribution).toMatch(/CC-CEDICT.*CC BY-SA 4\.0/);
    expect(file.dictionary).toMatch(/^CC-CEDICT \d{4}-\d{2}-\d{2}$/);
  });

  it('lists each word with its reading once, and only words the article uses', () => {
    const file = realFileUncorrected;
    const used = new Set(
      allSentences(real).flatMap((sentence) =>
        wordsOfSentence(file, sentence.id, sentence.text).map(({ text, p, g, o }) => JSON.stringify([text, p, g, o])),
      ),
    );
    expect(used.size).toBe(file.words.length);
  });
});
