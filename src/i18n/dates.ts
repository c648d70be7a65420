import { profileOf, type Locale } from './languages';

/**
 * Formats a publication time as the source printed it: local time in China (UTC+8),
 * whatever the time zone of the machine that builds the site.
 */
export function formatPublished(iso: string, locale: Locale): string {
  const { intl, namesTimeZone } = profileOf(locale);
  const formatter = new Intl.DateTimeFormat(intl, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  });
  const formatted = formatter.format(new Date(iso));
  return namesTimeZone ? `${formatted} (UTC+8)` : formatted;
}

/** The date alone, for lists. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(profileOf(locale).intl, { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(
    new Date(iso),
  );
}
