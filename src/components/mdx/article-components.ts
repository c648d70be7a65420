import { Fragment, jsx } from 'astro/jsx-runtime';
import { profileOf, type Locale } from '../../i18n/languages';
import type { Notes } from '../../schemas/notes';
import FigurePopover from '../notes/FigurePopover.astro';
import TermPopover from '../notes/TermPopover.astro';
import Item from './Item.astro';
import List from './List.astro';
import P from './P.astro';
import S from './S.astro';
import Section from './Section.astro';
import Subheading from './Subheading.astro';

interface HighlightProps {
  id: string;
  children?: unknown;
}

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
 * Counts each id's highlights as they render, which gives the first highlight the
 * shareable id (fig-ID) and later ones fig-ID-2, fig-ID-3, and only the first its note.
 * The count happens in the popover component's render, which runs once per highlight;
 * the functions below may be called more than once per highlight by Astro's MDX renderer.
 */
export class OccurrenceCounter {
  readonly #seen = new Map<string, { count: number; number: number }>();

  /** The next highlight of `id`. */
  next(kind: 'fig' | 'term', id: string, prefix = ''): Occurrence {
    const base = `${kind}-${id}`;
    const known = this.#seen.get(base);
    const entry = known ?? { count: 0, number: this.#seen.size + 1 };
    entry.count += 1;
    this.#seen.set(base, entry);
    return {
      anchorId: `${prefix}${entry.count === 1 ? base : `${base}-${entry.count}`}`,
      noteId: `note-${prefix}${base}`,
      number: entry.number,
      repeat: known !== undefined,
    };
  }
}

interface SentenceProps {
  id: string;
  children?: unknown;
}

interface SectionProps {
  id: string;
  title: string;
  children?: unknown;
}

export interface ArticleComponentOptions {
  /**
   * Put before every highlight's DOM id (fig-ID → zh-fig-ID), for pages that show an
   * article twice; article pages keep the bare ids that shared links point to.
   */
  idPrefix?: string;
  /**
   * Render highlights as their plain wording, with no button and no note: the bench's
   * control page (the same text without annotations), never a published page.
   */
  plain?: boolean;
}

/**
 * The components an article's MDX uses (Section, P, S, Subheading, List, Item, Fig,
 * Term), bound to one page's language, article and notes.
 */
export function articleComponents(
  locale: Locale,
  slug: string,
  notes: Notes | undefined,
  { idPrefix = '', plain = false }: ArticleComponentOptions = {},
) {
  const figures = new Map(notes?.figures.map((figure) => [figure.id, figure]));
  const terms = new Map(notes?.terms.map((term) => [term.id, term]));
  const counter = new OccurrenceCounter();
  return {
    Section: ({ id, title, children }: SectionProps) => jsx(Section, { id, title, locale, slug, children }),
    P,
    Subheading,
    List,
    Item,
    // Chinese sentences follow each other directly; English ones are separated by a space.
    S: ({ id, children }: SentenceProps) => jsx(S, { id, separator: profileOf(locale).sentenceSeparator, children }),
    Fig: ({ id, children }: HighlightProps) => {
      if (plain) return jsx(Fragment, { children });
      const figure = figures.get(id);
      // The content checks reject unknown ids before any page renders.
      if (figure === undefined) throw new Error(`<Fig id="${id}">: no such figure in notes.yaml`);
      return jsx(FigurePopover, { id, locale, figure, slug, counter, idPrefix, children });
    },
    Term: ({ id, children }: HighlightProps) => {
      if (plain) return jsx(Fragment, { children });
      const term = terms.get(id);
      if (term === undefined) throw new Error(`<Term id="${id}">: no such term in notes.yaml`);
      return jsx(TermPopover, { id, locale, term, slug, counter, idPrefix, children });
    },
  };
}
