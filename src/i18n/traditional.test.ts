import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forLocale, toTraditional } from './traditional';

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

  it('leaves other editions alone', () => {
    expect(forLocale('zh', '公安厅')).toBe('公安厅');
    expect(forLocale('en', 'Public Security Department')).toBe('Public Security Department');
    expect(forLocale('zh-hant', '公安厅')).toBe('公安廳');
  });
});
