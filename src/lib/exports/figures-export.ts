import { highlightId } from '../../components/notes/note-ids';
import { textLocale, type Locale } from '../../i18n/languages';
import { forLocale } from '../../i18n/traditional';
import { allSentences, type ArticleStructure } from '../../model/structure';
import type { Figure, Notes } from '../../schemas/notes';
import type { PublisherNames } from '../../model/publishers';

/** A figure with where and how the article states it in one language. */
export interface FigureRow {
  figure: Figure;
  /** The highlighted wording in this language (first occurrence). */
  wording: string;
  /** The id of its first highlight on the article page: fig-ID. */
  anchorId: string;
  /** Alignment id of the sentence it stands in. */
  sentenceId: string;
}

export function figureRows(notes: Notes, structure: ArticleStructure): FigureRow[] {
  const sentences = allSentences(structure);
  return notes.figures.map((figure) => {
    const sentence = sentences.find((s) => s.annotations.some((a) => a.kind === 'figure' && a.id === figure.id));
    const wording = sentence?.annotations.find((a) => a.kind === 'figure' && a.id === figure.id)?.text ?? '';
    return { figure, wording, anchorId: highlightId('figure', figure.id), sentenceId: sentence?.id ?? '' };
  });
}

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvColumns = [
  'id',
  'kind',
  'label',
  'wording',
  'values',
  'unit',
  'qualifier',
  'direction',
  'counts',
  'explanation',
  'context',
  'not_stated',
  'sources',
  'link',
] as const;

/** The figures as CSV in one language (Traditional Chinese converted); `articleUrl` makes the links absolute. */
export function figuresCsv(
  rows: readonly FigureRow[],
  locale: Locale,
  articleUrl: string,
  publishers: PublisherNames,
): string {
  const text = textLocale(locale);
  const lines = rows.map(({ figure, wording, anchorId }) =>
    [
      figure.id,
      figure.kind,
      figure.label[text],
      wording,
      figure.values.join(' '),
      figure.unit[text],
      figure.qualifier,
      figure.direction,
      figure.counts[text],
      figure.explanation[text],
      figure.context?.[text],
      figure.notStated?.[text],
      figure.sources
        .map((source) => `${publishers.get(source.publisher) ?? source.publisher} ${source.url}`)
        .join('; '),
      `${articleUrl}#${anchorId}`,
    ]
      .map(csvField)
      .join(','),
  );
  // CRLF and a byte-order mark: what spreadsheet programs expect of UTF-8 CSV with Chinese text.
  return forLocale(locale, `\uFEFF${[csvColumns.join(','), ...lines].join('\r\n')}\r\n`);
}

/** The figures as JSON: every field of the registry, plus the wording, link and source publishers' names per language. */
export function figuresJson(
  rows: readonly FigureRow[],
  locale: Locale,
  articleUrl: string,
  publishers: PublisherNames,
): string {
  return forLocale(
    locale,
    `${JSON.stringify(
      {
        article: articleUrl,
        language: locale,
        figures: rows.map(({ figure, wording, anchorId, sentenceId }) => ({
          ...figure,
          sources: figure.sources.map((source) => ({
            ...source,
            publisherName: publishers.get(source.publisher) ?? source.publisher,
          })),
          wording,
          sentence: sentenceId,
          link: `${articleUrl}#${anchorId}`,
        })),
      },
      null,
      2,
    )}\n`,
  );
}
