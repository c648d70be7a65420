import { Converter, CustomConverter } from 'opencc-js/cn2t';
import { profileOf, type Locale } from './languages';
import phrases from './traditional-phrases.json';

/**
 * Simplified → Traditional Chinese with OpenCC's Taiwan standard characters (`cn` → `tw`):
 * a change of script, not of wording (no regional vocabulary swaps such as 信息 → 資訊),
 * so the Traditional edition says exactly what the original says. Anything that is not a
 * Chinese character (digits, Latin letters, ids, URLs, markup) passes through unchanged,
 * which is why whole rendered HTML can be converted safely.
 */
const opencc = Converter({ from: 'cn', to: 'tw' });

/**
 * OpenCC's known mis-conversions, put right after it: each phrase of
 * traditional-phrases.json that OpenCC gets wrong (免籤) becomes the Traditional a
 * Taiwan or Hong Kong reader writes (免簽). One character for one, so lengths and
 * offsets stay those of the original. Article text, notes and UI strings all pass here.
 */
const fixPhrases = CustomConverter(phrases.map(({ opencc: wrong, traditional }) => [wrong, traditional]));

export const toTraditional = (text: string): string => fixPhrases(opencc(text));

/** The conversions a locale profile can name (`convertedFrom.conversion`). */
const conversions = { 'opencc-cn-to-tw': toTraditional } as const;

/** Text as a published locale shows it: converted where its profile says so, else as written. */
export function forLocale(locale: Locale, text: string): string {
  const from = profileOf(locale).convertedFrom;
  return from === undefined ? text : conversions[from.conversion](text);
}
