import type { Locale } from '../i18n/languages';

/** What ordering needs of an edition (no astro:content here, so it is unit-tested on its own). */
interface Dated {
  locale: Locale;
  data: { published: string };
}

/** One locale's editions, newest first by the date each shows: the article list and the feed. */
export function newestFirst<E extends Dated>(editions: readonly E[], locale: Locale): E[] {
  return editions
    .filter((edition) => edition.locale === locale)
    .sort((a, b) => Date.parse(b.data.published) - Date.parse(a.data.published));
}
