import { describe, expect, it } from 'vitest';
import { languageRuns, titleLanguage } from './language-runs';

describe('language runs', () => {
  it('mark Chinese quoted in English, with its punctuation and digits', () => {
    expect(languageRuns("'Public security' (公安) is the name; see 公安部令第135号。", 'en')).toEqual([
      { text: "'Public security' (" },
      { text: '公安', lang: 'zh-Hans' },
      { text: ') is the name; see ' },
      { text: '公安部令第135号。', lang: 'zh-Hans' },
    ]);
  });

  it('mark English words in Chinese, on Simplified and Traditional pages', () => {
    for (const locale of ['zh', 'zh-hant'] as const) {
      expect(languageRuns('即英文所说的auxiliary police officers，并非正式民警。', locale)).toEqual([
        { text: '即英文所说的' },
        { text: 'auxiliary police officers', lang: 'en' },
        { text: '，并非正式民警。' },
      ]);
    }
  });

  it('leave text in the page language, numbers and single letters alone', () => {
    expect(languageRuns('Police caught 5,611 fugitives.', 'en')).toEqual([{ text: 'Police caught 5,611 fugitives.' }]);
    expect(languageRuns('第A类，共5611名', 'zh')).toEqual([{ text: '第A类，共5611名' }]);
  });

  it("name a source title's language when it is not the page's", () => {
    expect(titleLanguage('China Daily 2017-05-20', 'zh')).toBe('en');
    expect(titleLanguage('China Daily 2017-05-20', 'zh-hant')).toBe('en');
    expect(titleLanguage('华西都市报 2021-01-10', 'en')).toBe('zh-Hans');
    expect(titleLanguage('华西都市报 2021-01-10', 'zh')).toBeUndefined();
    expect(titleLanguage('China Daily', 'en')).toBeUndefined();
  });
});
