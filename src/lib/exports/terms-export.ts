import { highlightId } from '../../components/notes/note-ids';
import { defaultLocale, sourceLocale, textLocale, type ContentLocale, type Locale } from '../../i18n/languages';
import { forLocale } from '../../i18n/traditional';
import { blockSentences, type ArticleStructure } from '../../model/structure';
import type { Notes, Term } from '../../schemas/notes';
import type { TermGroup } from '../../schemas/term-groups';
import { csvField } from './figures-export';

/** One place a term is highlighted in the article. */
export interface TermOccurrence {
  /** The highlight's id on the article page: term-ID, then term-ID-2… in reading order. */
  anchorId: string;
  /** Alignment id of the sentence it stands in. */
  sentenceId: string;
  /** The section it stands in; undefined in the lead. */
  section: { id: string; title: string } | undefined;
  /** The highlighted wording in this language. */
  wording: string;
}

/** A term with its group and every place the article highlights it, in one language. */
export interface TermRow {
  term: Term;
  group: TermGroup;
  occurrences: TermOccurrence[];
}

/** The other written language of a term's name: a translation's reader sees the original, and vice versa. */
export function otherNameLocale(locale: Locale): ContentLocale {
  return textLocale(locale) === sourceLocale ? defaultLocale : sourceLocale;
}

/**
 * The terms of an article in reading order (of their first highlight), each with its
 * group. Occurrences are numbered as the article page numbers its highlights.
 */
export function termRows(notes: Notes, structure: ArticleStructure, groups: readonly TermGroup[]): TermRow[] {
  const groupOf = new Map(groups.map((group) => [group.id, group]));
  const occurrences = new Map<string, TermOccurrence[]>();
  const parts = [
    { section: undefined, blocks: structure.lead },
    ...structure.sections.map((section) => ({
      section: { id: section.id, title: section.title },
      blocks: section.blocks,
    })),
  ];
  for (const { section, blocks } of parts) {
    for (const sentence of blocks.flatMap(blockSentences)) {
      for (const annotation of sentence.annotations) {
        if (annotation.kind !== 'term') continue;
        const list = occurrences.get(annotation.id) ?? [];
        const anchorId = highlightId('term', annotation.id, list.length + 1);
        list.push({ anchorId, sentenceId: sentence.id, section, wording: annotation.text });
        occurrences.set(annotation.id, list);
      }
    }
  }
  const order = [...occurrences.keys()];
  return notes.terms
    .map((term) => {
      const group = groupOf.get(term.group);
      // The content checks reject unknown groups before any page renders.
      if (group === undefined)
        throw new Error(`term "${term.id}": no group "${term.group}" in content/term-groups.yaml`);
      return { term, group, occurrences: occurrences.get(term.id) ?? [] };
    })
    .sort((a, b) => order.indexOf(a.term.id) - order.indexOf(b.term.id));
}

/** The groups in their order, each with its terms; groups without terms are left out. */
export function groupedTermRows(rows: readonly TermRow[], groups: readonly TermGroup[]) {
  return [...groups]
    .sort((a, b) => a.order - b.order)
    .map((group) => ({ group, rows: rows.filter((row) => row.group.id === group.id) }))
    .filter(({ rows: inGroup }) => inGroup.length > 0);
}

const csvColumns = [
  'id',
  'group',
  'group_label',
  'name',
  'other_name',
  'rendering',
  'explanation',
  'not_stated',
  'sources',
  'links',
] as const;

/** The terms as CSV in one language (Traditional Chinese converted); `articleUrl` makes the links absolute. */
export function termsCsv(rows: readonly TermRow[], locale: Locale, articleUrl: string): string {
  const text = textLocale(locale);
  const other = otherNameLocale(locale);
  const lines = rows.map(({ term, group, occurrences }) =>
    [
      term.id,
      group.id,
      group.label[text],
      term.name[text],
      term.name[other],
      term.rendering,
      term.explanation[text],
      term.notStated?.[text],
      term.sources.map((source) => source.url).join(' '),
      occurrences.map(({ anchorId }) => `${articleUrl}#${anchorId}`).join(' '),
    ]
      .map(csvField)
      .join(','),
  );
  // As the figures' CSV: CRLF and a byte-order mark, for spreadsheet programs.
  return forLocale(locale, `\uFEFF${[csvColumns.join(','), ...lines].join('\r\n')}\r\n`);
}

/** The terms as JSON: every field of the registry, plus the group and the links per language. */
export function termsJson(rows: readonly TermRow[], locale: Locale, articleUrl: string): string {
  const text = textLocale(locale);
  return forLocale(
    locale,
    `${JSON.stringify(
      {
        article: articleUrl,
        language: locale,
        terms: rows.map(({ term, group, occurrences }) => ({
          ...term,
          groupLabel: group.label[text],
          occurrences: occurrences.map(({ anchorId, sentenceId, wording }) => ({
            wording,
            sentence: sentenceId,
            link: `${articleUrl}#${anchorId}`,
          })),
        })),
      },
      null,
      2,
    )}\n`,
  );
}
