import { describe, expect, it } from 'vitest';
import { localeFor } from './locale-negotiation';

const withTraditional = ['zh', 'zh-hant', 'en'];
const withoutTraditional = ['zh', 'en'];

describe('localeFor', () => {
  it.each([
    [['zh-TW'], 'zh-hant'],
    [['zh-HK', 'en'], 'zh-hant'],
    [['zh-Hant-TW'], 'zh-hant'],
    [['zh-MO'], 'zh-hant'],
    [['zh-CN'], 'zh'],
    [['zh'], 'zh'],
    [['zh-Hans-HK'], 'zh'],
    [['zh-SG'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-TW'], 'zh-hant'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ])('%j → %s', (languages, expected) => {
    expect(localeFor(languages, withTraditional)).toBe(expected);
  });

  it('falls back to Simplified Chinese where there is no Traditional edition', () => {
    expect(localeFor(['zh-TW'], withoutTraditional)).toBe('zh');
  });
});
