import { describe, expect, it } from 'vitest';
import { parseCedict } from './cedict.ts';
import { glossFor, glossLength } from './glosses.ts';
import { dictionaryWords } from './segment.ts';

// Lines as CC-CEDICT writes them (a few real entries, shortened where noted).
const dictionary = parseCedict(
  [
    '#! date=2026-09-10T07:14:51Z',
    '未可厚非 未可厚非 [wei4 ke3 hou4 fei1] /not to be censured too strictly (idiom)/not altogether inexcusable/understandable/',
    '無可厚非 无可厚非 [wu2 ke3 hou4 fei1] /see 未可厚非[wei4 ke3 hou4 fei1]/',
    '四川 四川 [Si4 chuan1] /see 四川省[Si4 chuan1 Sheng3]/',
    '四川省 四川省 [Si4 chuan1 Sheng3] /Sichuan Province, capital Chengdu 成都市[Cheng2 du1 Shi4]/',
    '從 从 [cong2] /from/through/via/',
    '从 从 [cong2] /variant of 從|从[cong2]/',
    '城區 城区 [Cheng2 Qu1] /Cheng District or Chengqu, a district of Shanwei City/',
    '城區 城区 [cheng2 qu1] /city district/urban area/',
    '戰略 战略 [zhan4 lu:e4] /strategy/CL:個|个[ge4]/',
    '省城 省城 [sheng3 cheng2] /provincial capital/',
    '重點 重点 [chong2 dian3] /to recount (e.g. results of election)/to re-evaluate/',
    '重點 重点 [zhong4 dian3] /important point; main point; focus/key (project etc)/',
    '了解 了解 [liao3 jie3] /to understand; to know about/to learn about; to find out/',
    '命名 命名 [ming4 ming2] /to give a name to; to dub/',
    '名為 名为 [ming2 wei2] /to be called/',
  ].join('\n'),
);

describe('glosses from CC-CEDICT', () => {
  it('follow a cross-reference to the entry it names', () => {
    expect(glossFor('无可厚非', 'wú kě hòu fēi', dictionary)).toBe('not to be censured too strictly (idiom)');
    expect(glossFor('四川', 'Sì chuān', dictionary)).toBe('Sichuan Province, capital Chengdu 成都市');
  });

  it('take the entry of the reading in context, common words before names, meanings before pointers', () => {
    expect(glossFor('重点', 'zhòng diǎn', dictionary)).toBe('important point; main point');
    expect(glossFor('城区', 'chéng qū', dictionary)).toBe('city district; urban area');
    expect(glossFor('从', 'cóng', dictionary)).toBe('from; through');
  });

  it('keep the first sense short: two glosses at most, the second only if the whole stays short', () => {
    expect(glossFor('了解', 'liǎo jiě', dictionary)).toBe('to understand; to know about');
    expect(glossFor('战略', 'zhàn lüè', dictionary)).toBe('strategy');
    for (const word of ['未可厚非', '重点', '了解'])
      expect(glossFor(word, '', dictionary).length).toBeLessThanOrEqual(glossLength);
  });

  it('are empty for a word the dictionary lacks', () => {
    expect(glossFor('逗硬', 'dòu yìng', dictionary)).toBe('');
  });
});

describe('dictionary words', () => {
  it('fall back to single characters where no headword fits, and avoid the one-way trap', () => {
    expect(dictionaryWords('我省城区', dictionary)).toEqual(['我', '省', '城区']);
    expect(dictionaryWords('了解重点', dictionary)).toEqual(['了解', '重点']);
    // As few words either way: Intl.Segmenter's cut decides.
    expect(dictionaryWords('命名为', dictionary)).toEqual(['命名', '为']);
  });
});
