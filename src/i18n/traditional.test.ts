import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { uiResources } from './index';
import { forLocale, toTraditional } from './traditional';
import phrases from './traditional-phrases.json';

const zh = readFileSync(new URL('../../content/articles/sichuan-police-2019/zh.mdx', import.meta.url), 'utf8');
const notes = readFileSync(new URL('../../content/articles/sichuan-police-2019/notes.yaml', import.meta.url), 'utf8');

describe('Traditional Chinese conversion', () => {
  it('converts the characters of the article', () => {
    const converted = toTraditional(zh);
    expect(converted).not.toBe(zh);
    expect(converted).toContain('公安廳');
    expect(converted).toContain('張磊');
  });

  for (const [name, source] of [
    ['zh.mdx', zh],
    ['notes.yaml', notes],
  ] as const) {
    it(`keeps every number, id and other non-Chinese character of ${name}`, () => {
      const converted = toTraditional(source);
      const numbers = (text: string) => text.match(/\d+(?:[.,/·]\d+)*/g) ?? [];
      expect(numbers(converted)).toEqual(numbers(source));
      const ids = (text: string) => text.match(/id[=:] ?"?[a-z0-9-]+/g) ?? [];
      expect(ids(converted)).toEqual(ids(source));
      const nonChinese = (text: string) => text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, '');
      expect(nonChinese(converted)).toBe(nonChinese(source));
      expect(converted).toHaveLength(source.length);
    });
  }

  describe('puts right what OpenCC gets wrong', () => {
    const openccAlone = Converter({ from: 'cn', to: 'tw' });
    // Each override, written out: a new one is added here too, with the sentence that needs it.
    const expected = [
      ['144小时过境免签政策', '144小時過境免籤政策', '144小時過境免簽政策'],
      ['最多只需到窗口跑一次', '最多隻需到窗口跑一次', '最多只需到窗口跑一次'],
    ] as const;

    it('lists each override once, with the sentence above', () => {
      expect(phrases.map(({ simplified, opencc, traditional }) => [simplified, opencc, traditional])).toEqual([
        ['免签', '免籤', '免簽'],
        ['只需', '隻需', '只需'],
      ]);
      expect(expected).toHaveLength(phrases.length);
    });

    for (const [simplified, wrong, right] of expected) {
      it(`${simplified} → ${right}, not ${wrong}`, () => {
        // Still wrong in OpenCC: once it is fixed upstream, the override goes.
        expect(openccAlone(simplified)).toBe(wrong);
        expect(toTraditional(simplified)).toBe(right);
      });
    }

    it('changes one character for one, so the text keeps its length', () => {
      for (const { opencc, traditional, why } of phrases) {
        expect([...traditional]).toHaveLength([...opencc].length);
        expect(traditional).not.toBe(opencc);
        expect(why).not.toBe('');
      }
    });

    it('in article text, notes and UI strings alike', () => {
      const converted = toTraditional(notes);
      for (const { opencc } of phrases) expect(converted).not.toContain(opencc);
      expect(converted).toContain('過境免簽');
      for (const value of Object.values(uiResources['zh-hant'])) {
        for (const { opencc } of phrases) expect(value).not.toContain(opencc);
      }
      expect(forLocale('zh-hant', '签证免签')).toBe('簽證免簽');
    });
  });

  it('leaves other editions alone', () => {
    expect(forLocale('zh', '公安厅')).toBe('公安厅');
    expect(forLocale('en', 'Public Security Department')).toBe('Public Security Department');
    expect(forLocale('zh-hant', '公安厅')).toBe('公安廳');
  });
});
