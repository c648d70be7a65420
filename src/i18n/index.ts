import i18next, { type TFunction } from 'i18next';
import en from './en.json';
import zh from './zh.json';
import { locales, type Locale } from './languages';

/** Every UI string key; the English file is the reference set (a unit test keeps the others equal). */
export type UiKey = keyof typeof en;

export const uiResources = { zh, en } satisfies Record<Locale, Record<UiKey, string>>;

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
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});

/** A translate function bound to one locale. */
export function useTranslations(locale: Locale): (key: UiKey, options?: Record<string, string>) => string {
  const t: TFunction = instance.getFixedT(locale);
  return (key, options) => (options === undefined ? t(key) : t(key, options));
}
