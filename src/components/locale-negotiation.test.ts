import { describe, expect, it } from 'vitest';
import { defaultLocale, localeProfiles, negotiationOrder, type Locale } from '../i18n/languages';
import { localeFor } from './locale-negotiation';

/** The rules the root page hands the browser, for the locales an article list offers. */
const choicesOf = (offered: readonly Locale[]) =>
  negotiationOrder
    .filter((locale) => offered.includes(locale))
    .map((locale) => ({ locale, accepts: localeProfiles[locale].accepts }));

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
    expect(localeFor(languages, choicesOf(['zh', 'zh-hant', 'en']), defaultLocale)).toBe(expected);
  });

  it('falls back to Simplified Chinese where there is no Traditional edition', () => {
    expect(localeFor(['zh-TW'], choicesOf(['zh', 'en']), defaultLocale)).toBe('zh');
  });

  it('tries every locale of the site', () => {
    expect([...negotiationOrder].sort()).toEqual(Object.keys(localeProfiles).sort());
  });
});
