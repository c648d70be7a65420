import { getCollection } from 'astro:content';
import { textLocale, type Locale } from '../i18n/languages';
import type { Publisher } from '../schemas/publishers';

/** Publisher names by id, in one language; the build checks that every source's id is listed. */
export type PublisherNames = ReadonlyMap<string, string>;

/** Every publisher in content/publishers.yaml, by id. */
export async function getPublishers(): Promise<ReadonlyMap<string, Publisher>> {
  const entries = await getCollection('publishers');
  return new Map(entries.map((entry) => [entry.data.id, entry.data]));
}

/** The publishers' names in the language a page shows (Traditional pages convert the Simplified name). */
export async function getPublisherNames(locale: Locale): Promise<PublisherNames> {
  const text = textLocale(locale);
  return new Map([...(await getPublishers())].map(([id, publisher]) => [id, publisher.name[text]]));
}
