import { Fragment, jsx } from 'astro/jsx-runtime';
import { translations } from '../../i18n';
import { profileOf, type Locale } from '../../i18n/languages';
import type { Notes } from '../../schemas/notes';
import FigurePopover from '../notes/FigurePopover.astro';
import { NoteScope } from '../notes/note-scope';
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
  const scope = new NoteScope(locale, translations[locale], slug, idPrefix);
  return {
    Section: ({ id, title, children }: SectionProps) => jsx(Section, { id, title, children }),
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
      return jsx(FigurePopover, { id, figure, scope, children });
    },
    Term: ({ id, children }: HighlightProps) => {
      if (plain) return jsx(Fragment, { children });
      const term = terms.get(id);
      if (term === undefined) throw new Error(`<Term id="${id}">: no such term in notes.yaml`);
      return jsx(TermPopover, { id, term, scope, children });
    },
  };
}
