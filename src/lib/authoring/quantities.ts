/**
 * Reads the numbers a highlighted figure states, in either language, so the build can
 * check that the Chinese, the English and the registry agree.
 *
 *   5611名 → [5611]      17.5万名 → [175000]      1.3亿元 → [130000000]
 *   87.6% → [87.6]       1/8 → [0.125]             提升1倍 → [100]  (+100%)
 *   居全国第二 → [2]     数量居全国之首 → [1]      两批次 → [2]
 *   十万人 → [100000]    三分之一 → [0.333…]       百分之十五 → [15]   提升一倍 → [100]
 *   "5,611" → [5611]     "130 million yuan" → [130000000]   "2nd" → [2]
 *   "from 2,505 in 2013 to 502" → [2505, 502]  (a year after "in" is a date, not a figure)
 *   "five" → [5]   "twice" → [2]   "one-eighth" → [0.125]   "doubled" → [100]  (+100%, as 提升1倍)
 *   940余万起 → [9400000]   百分之二十三点七九 → [23.79]   三点五亿 → [350000000]
 *   ５６１１名 → [5611]  ４２．８％ → [42.8]   3至5年 → [3, 5]   10—29人 → [10, 29] (a range)
 *
 * Units and qualifiers (名, 余, "more than") are left to the registry; only numbers count.
 */

import { toHalfWidth } from './find-quantities.ts';

const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const chineseMultipliers: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const englishCardinals: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const englishOrdinals: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const englishWords: Record<string, number> = {
  ...englishCardinals,
  ...englishOrdinals,
  // A rank stated without a numeral: "the most of any province" is first place.
  most: 1,
  // Counts of occasions: "invited twice".
  once: 1,
  twice: 2,
  // A multiple is a percent increase, as in Chinese (提升1倍 = +100%): "doubled" is +100%.
  doubled: 100,
  tripled: 200,
};
const cardinals = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Denominators of fractions written in words: "one-eighth", "two-thirds"; from third on, the ordinals. */
const englishFractions: Record<string, number> = {
  half: 2,
  quarter: 4,
  ...Object.fromEntries(Object.entries(englishOrdinals).filter(([, value]) => value >= 3)),
};
const englishMultipliers: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Rounds away binary noise (17.5 × 10000 = 175000.00000000003). */
const clean = (value: number) => Number(value.toPrecision(12));

/** A Chinese numeral such as 三, 十二, 二十五, 一百零八, 十万, 三亿五千万, 二十三点七九, 三点五亿. */
export function parseChineseNumeral(text: string): number | undefined {
  // 三点五亿: the decimal digits after 点, then the scale after them.
  const decimal = /^(.*?)点([零〇一二两三四五六七八九]+)([万亿]*)$/.exec(text);
  if (decimal !== null) {
    const whole = decimal[1] === '' ? 0 : parseChineseNumeral(decimal[1] ?? '');
    if (whole === undefined) return undefined;
    const fraction = Number(`0.${[...(decimal[2] ?? '')].map((char) => chineseDigits[char]).join('')}`);
    const scale = [...(decimal[3] ?? '')].reduce((product, char) => product * (chineseMultipliers[char] ?? 1), 1);
    return clean((whole + fraction) * scale);
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in chineseDigits) digit = chineseDigits[char];
    else if (char in chineseUnits) {
      section += (digit ?? 1) * (chineseUnits[char] ?? 1);
      digit = undefined;
    } else if (char in chineseMultipliers) {
      // 万 and 亿 scale everything before them since the last larger one: 三亿五千万.
      const sectionValue = section + (digit ?? 0);
      total += (sectionValue === 0 ? 1 : sectionValue) * (chineseMultipliers[char] ?? 1);
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

function parseChinese(text: string): number[] {
  const values: number[] = [];
  // Years are dates, not figures: 2013年 inside "从2013年的2505个下降至502个".
  let rest = toHalfWidth(text).replace(/\d{4}年/g, ' ');
  rest = rest.replace(/(\d+)\/(\d+)/g, (_, a: string, b: string) => {
    values.push(clean(Number(a) / Number(b)));
    return ' ';
  });
  // 940余万: the 余 between the number and its scale is a qualifier, left to the registry.
  rest = rest.replace(
    /(\d+(?:\.\d+)?)\s*(?:[余多]?([万亿]{1,2}))?(倍)?/g,
    (_, number: string, scale?: string, times?: string) => {
      let value = Number(number);
      for (const char of scale ?? '') value *= chineseMultipliers[char] ?? 1;
      // 提升1倍: "rose by one times", i.e. +100%.
      if (times !== undefined) value *= 100;
      values.push(clean(value));
      return ' ';
    },
  );
  if (values.length > 0) return values;
  const numeral = '[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二两三四五六七八九]+[万亿]*)?';
  // 百分之十五 is 15 (percent); 三分之一 is 1/3.
  rest = rest.replace(
    new RegExp(`([零〇一二两三四五六七八九十百千万亿]+)?分之(${numeral})`, 'g'),
    (_, whole?: string, part?: string) => {
      const top = parseChineseNumeral(part ?? '');
      const bottom = whole === undefined ? undefined : parseChineseNumeral(whole);
      if (top !== undefined && bottom !== undefined) values.push(whole === '百' ? top : clean(top / bottom));
      return ' ';
    },
  );
  if (values.length > 0) return values;
  // No Arabic numerals: a Chinese numeral (两批次, 三年, 第二, 十万人, 提升一倍), or 之首 for first place.
  for (const match of rest.matchAll(new RegExp(`(${numeral})(倍)?`, 'g'))) {
    const value = parseChineseNumeral(match[1] ?? '');
    if (value !== undefined) values.push(match[2] === undefined ? value : value * 100);
  }
  if (values.length === 0 && /首/.test(rest)) values.push(1);
  return values;
}

function parseEnglish(text: string): number[] {
  const values: number[] = [];
  let rest = text.replace(/(\d),(?=\d{3}\b)/g, '$1');
  // "in 2013" is a date, not a figure.
  rest = rest.replace(/\bin (1[89]|20)\d{2}\b/g, ' ');
  rest = rest.replace(/(\d+)\/(\d+)/g, (_, a: string, b: string) => {
    values.push(clean(Number(a) / Number(b)));
    return ' ';
  });
  rest = rest.replace(
    /(\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s+(thousand|million|billion)\b)?/g,
    (_, number: string, multiplier?: string) => {
      values.push(clean(Number(number) * (multiplier === undefined ? 1 : (englishMultipliers[multiplier] ?? 1))));
      return ' ';
    },
  );
  if (values.length > 0) return values;
  rest = rest.toLowerCase().replace(/\b([a-z]+)-([a-z]+?)s?\b/g, (whole, top: string, bottom: string) => {
    const numerator = englishWords[top];
    const denominator = englishFractions[bottom];
    if (!cardinals.has(top) || numerator === undefined || denominator === undefined) return whole;
    values.push(clean(numerator / denominator));
    return ' ';
  });
  if (values.length > 0) return values;
  for (const match of rest.matchAll(/[a-z]+/g)) {
    const value = englishWords[match[0]];
    if (value !== undefined) values.push(value);
  }
  return values;
}

/** The numbers a figure's text states, in reading order. */
export function parseQuantities(text: string, script: 'han' | 'latin'): number[] {
  return script === 'han' ? parseChinese(text) : parseEnglish(text);
}

/** Whether two lists of numbers agree (to 9 significant digits). */
export function sameQuantities(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => clean(value) === clean(b[index] ?? Number.NaN));
}
