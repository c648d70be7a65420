import { Converter } from 'opencc-js/cn2t';
import type { Locale } from './languages';

/**
 * Simplified → Traditional Chinese with OpenCC's Taiwan standard characters (`cn` → `tw`):
 * a change of script, not of wording (no regional vocabulary swaps such as 信息 → 資訊),
 * so the Traditional edition says exactly what the original says. Anything that is not a
 * Chinese character (digits, Latin letters, ids, URLs, markup) passes through unchanged,
 * which is why whole rendered HTML can be converted safely.
 */
export const toTraditional: (text: string) => string = Converter({ from: 'cn', to: 'tw' });

/** Text as a published locale shows it: converted for Traditional Chinese, else as written. */
export function forLocale(locale: Locale, text: string): string {
  return locale === 'zh-hant' ? toTraditional(text) : text;
}
