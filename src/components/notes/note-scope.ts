import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/languages';
import { highlightId, noteId, type NoteKind } from './note-ids';

/** Where one highlight stands among the page's highlights. */
export interface Occurrence {
  /** The highlight's DOM id: fig-ID for the first, fig-ID-2, fig-ID-3 after it (after any column prefix). */
  anchorId: string;
  /** The DOM id of the note every highlight of this id opens (the first one's). */
  noteId: string;
  /** The note's number on the page (first highlights, in reading order): a repeat prints it. */
  number: number;
  /** Whether an earlier highlight of the same id already carries the note. */
  repeat: boolean;
}

/**
 * The notes of one rendering of an article: its language (on the side-by-side view, the
 * column's, which may differ from the page's), that language's UI strings, the article,
 * the column's id prefix, and the count of each figure's and term's highlights so far.
 *
 * Counting gives the first highlight the shareable id (fig-ID) and later ones fig-ID-2,
 * fig-ID-3, and only the first its note. The count happens in the popover component's
 * render, which runs once per highlight; the MDX component functions may be called more
 * than once per highlight by Astro's MDX renderer.
 */
export class NoteScope {
  readonly #seen = new Map<string, { count: number; number: number }>();

  constructor(
    /** The language the article's text and its notes are shown in. */
    readonly locale: Locale,
    /** The UI strings of that language. */
    readonly t: Translate,
    /** The article, whose reference pages list each note's sources. */
    readonly slug: string,
    /** Before every DOM id, where a page shows the article twice; '' on article pages. */
    readonly idPrefix: string,
  ) {}

  /** The next highlight of `id`. */
  next(kind: NoteKind, id: string): Occurrence {
    const key = `${kind}/${id}`;
    const known = this.#seen.get(key);
    const entry = known ?? { count: 0, number: this.#seen.size + 1 };
    entry.count += 1;
    this.#seen.set(key, entry);
    return {
      anchorId: highlightId(kind, id, entry.count, this.idPrefix),
      noteId: noteId(kind, id, this.idPrefix),
      number: entry.number,
      repeat: known !== undefined,
    };
  }
}
