import { describe, expect, it } from 'vitest';
import { uiResources, useTranslations } from '.';
import { locales } from './languages';

describe('UI strings', () => {
  it('have the same keys in every locale', () => {
    const reference = Object.keys(uiResources.en).sort();
    for (const locale of locales) {
      expect(Object.keys(uiResources[locale]).sort(), locale).toEqual(reference);
    }
  });

  it('have no empty values', () => {
    for (const locale of locales) {
      for (const [key, value] of Object.entries(uiResources[locale])) {
        expect(value.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('give Traditional Chinese its own words and the Simplified ones converted', () => {
    const t = useTranslations('zh-hant');
    expect(t('language.self')).toBe('繁體中文');
    expect(t('nav.languages')).toBe('語言');
    expect(t('notFound.title')).not.toBe(uiResources.zh['notFound.title']);
  });

  it('resolve flat dotted keys and interpolate, per locale', () => {
    expect(useTranslations('zh')('nav.skipToContent')).toBe(uiResources.zh['nav.skipToContent']);
    expect(useTranslations('en')('article.byline', { role: 'Reporter', name: 'Zhang Lei', credit: 'text' })).toBe(
      'Reporter Zhang Lei (text)',
    );
  });
});
