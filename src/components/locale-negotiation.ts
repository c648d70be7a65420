/** A language the site offers, and the browser language tags it serves (lower-case). */
export interface LocaleChoice {
  locale: string;
  accepts: RegExp;
}

/**
 * Picks the site locale for a browser's language preferences (navigator.languages): the
 * first preference some choice accepts, trying `choices` in order (most specific rule
 * first: zh-TW → Traditional before zh → Simplified); else `fallback`. The rules come
 * from the locale profiles (src/i18n/languages.ts), through the root page's links.
 */
export function localeFor(languages: readonly string[], choices: readonly LocaleChoice[], fallback: string): string {
  for (const language of languages) {
    const tag = language.toLowerCase();
    const choice = choices.find(({ accepts }) => accepts.test(tag));
    if (choice !== undefined) return choice.locale;
  }
  return fallback;
}
