import i18next, { type TFunction } from 'i18next';
import en from './en.json';
import { locales, textLocale, type ContentLocale, type Locale } from './languages';
import { forLocale } from './traditional';
import zhHant from './zh-hant.json';
import zh from './zh.json';

/** Every UI string key; the English file is the reference set (a unit test keeps the others equal). */
export type UiKey = keyof typeof en;

/**
 * Each locale's strings file: complete for a written locale; for a converted one (zh-hant)
 * only the strings it words itself (its own name, its conversion notice), the rest being
 * its source locale's, converted.
 */
const writtenStrings = { zh, en } satisfies Record<ContentLocale, Record<UiKey, string>>;
const ownStrings = { ...writtenStrings, 'zh-hant': zhHant } satisfies Record<Locale, Partial<Record<UiKey, string>>>;

export const uiResources = Object.fromEntries(
  locales.map((locale) => {
    const source = writtenStrings[textLocale(locale)];
    const converted = Object.fromEntries(Object.entries(source).map(([key, value]) => [key, forLocale(locale, value)]));
    return [locale, { ...converted, ...ownStrings[locale] }];
  }),
) as Record<Locale, Record<UiKey, string>>;

// One instance, initialised once at module load. Keys are flat ("share.copyLink"), so
// the key and namespace separators are off. Astro escapes output itself. No language
// detection or caching: the page's locale always comes from its URL.
const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: Object.fromEntries(locales.map((locale) => [locale, { translation: uiResources[locale] }])),
  lng: 'en',
  fallbackLng: false,
  supportedLngs: [...locales],
  // Locale codes are URL prefixes ('zh-hant'); keep them as they are.
  lowerCaseLng: true,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});

/** The UI strings of one locale, by key. */
export type Translate = (key: UiKey, options?: Record<string, string>) => string;

/** A translate function bound to one locale. */
export function useTranslations(locale: Locale): Translate {
  const t: TFunction = instance.getFixedT(locale);
  return (key, options) => (options === undefined ? t(key) : t(key, options));
}

/** Each locale's translate function, made once: what pages (through Astro.locals), cards and feeds use. */
export const translations = Object.fromEntries(locales.map((locale) => [locale, useTranslations(locale)])) as Record<
  Locale,
  Translate
>;
