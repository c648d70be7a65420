/**
 * The languages of the site. A written locale has its own MDX file per article
 * (`zh.mdx`, `en.mdx`); a published locale is a URL prefix (`/zh/`, `/zh-hant/`, `/en/`).
 * Traditional Chinese is published, not written: it is the Simplified text converted at
 * build time (see traditional.ts).
 */
export const contentLocales = ['zh', 'en'] as const;
export type ContentLocale = (typeof contentLocales)[number];

export const locales = ['zh', 'zh-hant', 'en'] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags of the written texts, as frontmatter `lang` states them. */
export const contentLanguages = ['zh-Hans', 'en'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

/** BCP 47 tag of each published locale, for `<html lang>` and hreflang. */
export const languageTag = {
  zh: 'zh-Hans',
  'zh-hant': 'zh-Hant',
  en: 'en',
} as const satisfies Record<Locale, string>;

/** The original language of articles; the others are translations of it. */
export const sourceLocale = 'zh' satisfies ContentLocale;

/** The written text a published locale shows (Traditional Chinese shows the Simplified, converted). */
export function textLocale(locale: Locale): ContentLocale {
  return locale === 'zh-hant' ? 'zh' : locale;
}

export function isContentLocale(value: string): value is ContentLocale {
  return (contentLocales as readonly string[]).includes(value);
}
