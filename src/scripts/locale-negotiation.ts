/**
 * Picks the site locale for a browser's language preferences (navigator.languages), in
 * order: zh-TW, zh-HK, zh-MO and zh-Hant → Traditional; other zh → Simplified; English;
 * otherwise English.
 */
export function localeFor(languages: readonly string[], locales: readonly string[]): string {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (!tag.startsWith('zh')) {
      if (tag.startsWith('en') && locales.includes('en')) return 'en';
      continue;
    }
    const traditional = /^zh-(hant|tw|hk|mo)\b/.test(tag) && !/-hans\b/.test(tag);
    if (traditional && locales.includes('zh-hant')) return 'zh-hant';
    if (locales.includes('zh')) return 'zh';
  }
  return locales.includes('en') ? 'en' : (locales[0] ?? 'en');
}
