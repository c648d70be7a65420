/**
 * What each language of the site means, in one place: one profile per published locale
 * (a URL prefix: /zh/, /zh-hant/, /en/). Code asks a profile ("does this locale put a
 * space between sentences?") instead of comparing locale codes.
 *
 * A written locale has its own MDX file per article (zh.mdx, en.mdx). A converted locale
 * (zh-hant) has none: the build converts the text of the locale it names in
 * `convertedFrom` (see traditional.ts).
 *
 * Adding a language: a row here, a UI strings file in src/i18n/ (the type checker then
 * points at every table keyed by locale), and the translations in content/.
 */
interface LocaleProfile {
  /** BCP 47 tag: <html lang>, hreflang, and the frontmatter `lang` of its written text. */
  tag: string;
  /** Locale for Intl number and date formatting. */
  intl: string;
  /** Open Graph og:locale (language_TERRITORY). */
  ogLocale: string;
  /** For a converted locale: the written locale whose text it shows, and the conversion. */
  convertedFrom?: { locale: string; conversion: 'opencc-cn-to-tw' };
  /** Which script the text is in: how figures are read, which runs of a note are foreign, card fonts. */
  script: 'han' | 'latin';
  /** What stands between two sentences, and between a phrase and the next: Chinese needs nothing. */
  sentenceSeparator: '' | ' ';
  /** Number formatting: thousands separators, where compact notation (万/million) starts, unit spacing. */
  numbers: { grouping: boolean; compactFrom: number; unitSeparator: '' | ' ' };
  /** Say "(UTC+8)" after times: readers of this locale may not assume China time. */
  namesTimeZone: boolean;
  /**
   * Browser language tags (navigator.languages, lower-cased) this locale serves. Tested in
   * `negotiationOrder`, so a more specific rule (zh-TW → Traditional) wins over a general one.
   */
  accepts: RegExp;
}

export const localeProfiles = {
  zh: {
    tag: 'zh-Hans',
    intl: 'zh-Hans-CN',
    ogLocale: 'zh_CN',
    script: 'han',
    sentenceSeparator: '',
    numbers: { grouping: false, compactFrom: 1e5, unitSeparator: '' },
    namesTimeZone: false,
    accepts: /^zh\b/,
  },
  'zh-hant': {
    tag: 'zh-Hant',
    intl: 'zh-Hant-TW',
    ogLocale: 'zh_TW',
    convertedFrom: { locale: 'zh', conversion: 'opencc-cn-to-tw' },
    script: 'han',
    sentenceSeparator: '',
    numbers: { grouping: false, compactFrom: 1e5, unitSeparator: '' },
    namesTimeZone: false,
    accepts: /^zh-(?:hant|tw|hk|mo)\b(?!.*-hans\b)/,
  },
  en: {
    tag: 'en',
    intl: 'en-GB',
    ogLocale: 'en_GB',
    script: 'latin',
    sentenceSeparator: ' ',
    numbers: { grouping: true, compactFrom: 1e6, unitSeparator: ' ' },
    namesTimeZone: true,
    accepts: /^en\b/,
  },
} as const satisfies Record<string, LocaleProfile>;

export type Locale = keyof typeof localeProfiles;

/** Every published locale, in the order the language links show them. */
export const locales = Object.keys(localeProfiles) as Locale[];

/** The locales with their own text (an MDX file per article); the others are converted. */
export type ContentLocale = {
  [L in Locale]: (typeof localeProfiles)[L] extends { convertedFrom: object } ? never : L;
}[Locale];

export const contentLocales = locales.filter(
  (locale): locale is ContentLocale => !('convertedFrom' in localeProfiles[locale]),
);

/** BCP 47 tags of the written texts, as frontmatter `lang` states them. */
export type ContentLanguage = (typeof localeProfiles)[ContentLocale]['tag'];
export const contentLanguages = contentLocales.map((locale) => localeProfiles[locale].tag) as [
  ContentLanguage,
  ...ContentLanguage[],
];

/** BCP 47 tag of each published locale. */
export const languageTag = Object.fromEntries(locales.map((locale) => [locale, localeProfiles[locale].tag])) as {
  [L in Locale]: (typeof localeProfiles)[L]['tag'];
};

/** The original language of articles; the others are translations or conversions of it. */
export const sourceLocale = 'zh' satisfies ContentLocale;

/** For readers of other languages (hreflang x-default, the root's fallback). */
export const defaultLocale = 'en' satisfies ContentLocale;

/** Browser-language rules, most specific first. */
export const negotiationOrder = ['zh-hant', 'zh', 'en'] as const satisfies readonly Locale[];

export function profileOf(locale: Locale): LocaleProfile {
  return localeProfiles[locale];
}

/** The written text a published locale shows (Traditional Chinese shows the Simplified, converted). */
export function textLocale(locale: Locale): ContentLocale {
  const profile: LocaleProfile = localeProfiles[locale];
  return (profile.convertedFrom?.locale as ContentLocale | undefined) ?? (locale as ContentLocale);
}

/** Whether a locale shows another's text converted (zh-hant), rather than its own. */
export function isConverted(locale: Locale): boolean {
  return textLocale(locale) !== locale;
}

export function isContentLocale(value: string): value is ContentLocale {
  return (contentLocales as readonly string[]).includes(value);
}

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (locales as readonly string[]).includes(value);
}
