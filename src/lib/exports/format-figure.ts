import { profileOf, textLocale, type Locale } from '../../i18n/languages';
import type { Figure } from '../../schemas/notes';

/** A number as a reader of the locale writes it: 175,000 / 130 million; 17.5万 / 1.3亿. */
export function formatNumber(value: number, locale: Locale): string {
  const { intl, numbers } = profileOf(locale);
  const large = Math.abs(value) >= numbers.compactFrom;
  return new Intl.NumberFormat(intl, {
    maximumFractionDigits: 4,
    // Chinese writes 2505, not 2,505.
    useGrouping: numbers.grouping,
    ...(large ? { notation: 'compact', compactDisplay: 'long' } : {}),
  }).format(value);
}

/** The registry value of a figure with its unit, e.g. "5,611 people", "2,505 → 502 个派出所", "3–5 年", "87.6%". */
export function formatFigureValue(figure: Figure, locale: Locale): string {
  const unit = figure.unit[textLocale(locale)];
  const numbers = figure.values.map((value) =>
    figure.kind === 'ratio' && value > 0 && value < 1 && Number.isInteger(1 / value)
      ? `1/${1 / value}`
      : formatNumber(value, locale),
  );
  // A pair is before → after; a range is low–high (3–5 years).
  const joined = numbers.join(figure.kind === 'range' ? '–' : ' → ');
  if (unit === '%' || unit === 'percent') return `${joined}%`;
  return `${joined}${profileOf(locale).numbers.unitSeparator}${unit}`;
}
