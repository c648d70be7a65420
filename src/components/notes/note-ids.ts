/**
 * The DOM ids of figure and term highlights and of their notes: one scheme for the
 * components that write them, the client scripts that follow them and the exports and
 * tests that link to them.
 *
 * - A figure's or term's first highlight on a page is `fig-ID` / `term-ID`, the address
 *   readers share; later ones are `fig-ID-2`, `fig-ID-3`.
 * - Its note is `note-` and the first highlight's id.
 * - The side-by-side view shows an article twice, so each column puts its language before
 *   every id (`zh-fig-ID`, `note-en-term-ID`).
 */

export type NoteKind = 'figure' | 'term';

const kindPart: Record<NoteKind, string> = { figure: 'fig', term: 'term' };

/** What a side-by-side column puts before its ids: its language (`zh-`, `en-`). */
export function columnPrefix(language: string): string {
  return `${language}-`;
}

/** The id of a highlight: the `occurrence`th of this figure or term on the page (from 1). */
export function highlightId(kind: NoteKind, id: string, occurrence = 1, prefix = ''): string {
  const base = `${kindPart[kind]}-${id}`;
  return `${prefix}${occurrence === 1 ? base : `${base}-${occurrence}`}`;
}

/** The id of the note every highlight of this figure or term opens. */
export function noteId(kind: NoteKind, id: string, prefix = ''): string {
  return noteIdOf(highlightId(kind, id, 1, prefix));
}

/** The note a first highlight carries. */
export function noteIdOf(firstHighlightId: string): string {
  return `note-${firstHighlightId}`;
}

/** The first highlight a note belongs to: what a link to the note names (#fig-ID). */
export function firstHighlightIdOf(noteElementId: string): string {
  return noteElementId.replace(/^note-/, '');
}

/**
 * A first highlight's id, with or without a column prefix, and nothing else: how a script
 * tells a #fragment or a note id it may act on from anything a URL could carry.
 */
export const firstHighlightIdPattern = /^(?:[a-z]{2,3}-)?(?:fig|term)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A highlight's id without the side-by-side column's prefix, as an article page has it. */
export function withoutColumnPrefix(id: string): string {
  return id.replace(/^[a-z]{2,3}-(?=(?:fig|term)-)/, '');
}
