/**
 * The languages the site is written in. A locale is the URL prefix and the
 * content file name (`/zh/…`, `zh.mdx`); its tag is the BCP 47 language of the text.
 */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

/** BCP 47 tags of the texts, as used in `<html lang>` and in frontmatter `lang`. */
export const contentLanguages = ['zh-Hans', 'en'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

export const languageTag: Record<Locale, ContentLanguage> = {
  zh: 'zh-Hans',
  en: 'en',
};

/** The original language of articles; the others are translations of it. */
export const sourceLocale: Locale = 'zh';

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
