import type { Locale } from '../i18n/languages';

/** Date conventions per locale: the English follows the translation's day-month-year style. */
const dateLocale: Record<Locale, string> = { zh: 'zh-Hans-CN', 'zh-hant': 'zh-Hant-TW', en: 'en-GB' };

/**
 * Formats a publication time as the source printed it: local time in China (UTC+8),
 * whatever the time zone of the machine that builds the site.
 */
export function formatPublished(iso: string, locale: Locale): string {
  const formatter = new Intl.DateTimeFormat(dateLocale[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  });
  const formatted = formatter.format(new Date(iso));
  return locale === 'en' ? `${formatted} (UTC+8)` : formatted;
}

/** The date alone, for lists. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(dateLocale[locale], { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(
    new Date(iso),
  );
}
