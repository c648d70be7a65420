import type { CitationFile } from '../../model/urls';
import type { Citation, PersonName } from './citation';

/**
 * A citation in the three formats reference managers import: BibTeX (biblatex), RIS and
 * CSL-JSON. Each is a static download beside the article, parsed by real parsers in the tests.
 */

/** A BibTeX field value: TeX's special characters escaped, braces balanced. */
function bibtexText(value: string): string {
  const escapes: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return value.replace(/[\\{}~^]/g, (char) => escapes[char] ?? char).replace(/[%&$#_]/g, (char) => `\\${char}`);
}

/** A name as BibTeX reads it: "Family, Given", or in braces kept whole. */
function bibtexName(name: PersonName): string {
  return 'literal' in name ? `{${bibtexText(name.literal)}}` : `${bibtexText(name.family)}, ${bibtexText(name.given)}`;
}

/**
 * biblatex's @article with `entrysubtype = {newspaper}`, its documented form for a
 * newspaper article; a translation adds `translator` and `origtitle`. `url` is verbatim
 * in biblatex: the site's addresses hold no character it would need escaped.
 */
export function bibtex(citation: Citation): string {
  const { translation } = citation;
  const fields: [string, string | undefined][] = [
    ['author', citation.author === undefined ? undefined : bibtexName(citation.author)],
    ['title', bibtexText(citation.title)],
    ['origtitle', translation === undefined ? undefined : bibtexText(translation.originalTitle)],
    ['translator', translation === undefined ? undefined : `{${bibtexText(translation.translator)}}`],
    ['journaltitle', bibtexText(citation.newspaper)],
    ['entrysubtype', 'newspaper'],
    ['date', citation.date],
    ['url', citation.url],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@article{${citation.key},\n${body}\n}\n`;
}

/** A name as RIS writes it: "Family, Given", or whole. */
function risName(name: PersonName): string {
  return 'literal' in name ? name.literal : `${name.family}, ${name.given}`;
}

/**
 * RIS, type NEWS: T2 is the newspaper, DA the date (YYYY/MM/DD/), A4 the translator (as
 * Zotero and EndNote read it), OP the original's title. Lines end in CR LF, as the format asks.
 */
export function ris(citation: Citation): string {
  const { translation } = citation;
  const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
  const tags: [string, string | undefined][] = [
    ['TY', 'NEWS'],
    ['TI', citation.title],
    ['AU', citation.author === undefined ? undefined : risName(citation.author)],
    ['A4', translation?.translator],
    ['T2', citation.newspaper],
    ['SE', citation.section],
    ['PY', citation.date.slice(0, 4)],
    ['DA', `${citation.date.replace(/-/g, '/')}/`],
    ['LA', citation.language],
    ['OP', translation?.originalTitle],
    ['UR', citation.url],
    ['ID', citation.key],
  ];
  const lines = tags
    .filter((tag): tag is [string, string] => tag[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  return `${[...lines, 'ER  - '].join('\r\n')}\r\n`;
}

/** A name as CSL-JSON writes it. */
function cslName(name: PersonName): { family: string; given: string } | { literal: string } {
  return 'literal' in name ? { literal: name.literal } : { family: name.family, given: name.given };
}

/** CSL-JSON (the citeproc input format), type article-newspaper; a list of one item. */
export function cslJson(citation: Citation): string {
  const { translation } = citation;
  const [year, month, day] = citation.date.split('-').map(Number);
  const item = {
    id: citation.key,
    type: 'article-newspaper',
    title: citation.title,
    ...(citation.author === undefined ? {} : { author: [cslName(citation.author)] }),
    ...(translation === undefined
      ? {}
      : { translator: [{ literal: translation.translator }], 'original-title': translation.originalTitle }),
    'container-title': citation.newspaper,
    ...(citation.section === undefined ? {} : { section: citation.section }),
    issued: { 'date-parts': [[year, month, day]] },
    language: citation.language,
    URL: citation.url,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** Each download beside an article: its media type and how to write it. */
export const citationFormats: Record<CitationFile, { type: string; write: (citation: Citation) => string }> = {
  'citation.bib': { type: 'application/x-bibtex; charset=utf-8', write: bibtex },
  'citation.ris': { type: 'application/x-research-info-systems; charset=utf-8', write: ris },
  'citation.json': { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: cslJson },
};
