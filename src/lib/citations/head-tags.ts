import type { Citation, PersonName } from './citation';

/**
 * The <meta> tags reference managers read from an article page, from the same citation
 * as the downloads. Written for Zotero's "Embedded Metadata" translator (zotero/translators,
 * Embedded Metadata.js, and RDF.js for the DC and PRISM tags), which Mendeley and
 * others follow:
 *
 * - Highwire Press `citation_*`: title, author ("Family, Given" so it is not inverted),
 *   publication date, language, public URL. Not `citation_journal_title`: that tag makes
 *   Zotero file the page as a journal article whatever else it says.
 * - Dublin Core `DC.*` (the DC-HTML convention, with its schema link): type, title,
 *   creator, publisher, date, language, identifier; for a translation the translator as
 *   contributor and the original as source. `DC.type` "News Item" is the value Zotero
 *   files as a newspaper article.
 * - PRISM `prism.publicationName`: the newspaper, which Zotero reads as the publication.
 */
export interface MetaTag {
  name: string;
  content: string;
}

function highwireName(name: PersonName): string {
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

export function headTags(citation: Citation): MetaTag[] {
  const { translation, author } = citation;
  const tags: [string, string | undefined][] = [
    ['citation_title', citation.title],
    ['citation_author', author === undefined ? undefined : highwireName(author)],
    ['citation_publication_date', citation.date.replace(/-/g, '/')],
    ['citation_language', citation.language],
    ['citation_public_url', citation.url],
    ['DC.type', 'News Item'],
    ['DC.title', citation.title],
    ['DC.creator', author === undefined ? undefined : highwireName(author)],
    ['DC.contributor', translation?.translator],
    ['DC.publisher', citation.newspaper],
    ['DC.date', citation.date],
    ['DC.language', citation.language],
    ['DC.identifier', citation.url],
    ['DC.source', translation?.originalUrl],
    ['prism.publicationName', citation.newspaper],
  ];
  return tags
    .filter((tag): tag is [string, string] => tag[1] !== undefined)
    .map(([name, content]) => ({ name, content }));
}

/** The namespace the DC.* tags are in (DC-HTML: <link rel="schema.DC">). */
export const dublinCoreSchema = 'http://purl.org/dc/elements/1.1/';
