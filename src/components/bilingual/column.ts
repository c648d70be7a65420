import { jsx } from 'astro/jsx-runtime';
import type { Locale } from '../../i18n/languages';
import type { Notes } from '../../schemas/notes';
import { articleComponents } from '../mdx/article-components';
import CollectSentence from './CollectSentence.astro';
import PassThrough from './PassThrough.astro';

interface ChildrenProps {
  children?: unknown;
}

interface SentenceProps extends ChildrenProps {
  id: string;
}

/** Each column's language (a BCP 47 tag) and the prefix of its DOM ids (zh-, en-). */
export interface PairColumns {
  original: { lang: string; idPrefix: string };
  translation: { lang: string; idPrefix: string };
}

/**
 * One language of the side-by-side view. Its `components` render the article's MDX into
 * `sentences` (alignment id → HTML) rather than onto the page: MDX renders a whole body at
 * once, and the view needs each sentence on its own to pair it with its twin. Figures and
 * terms render as on the article page, with `idPrefix` keeping the two columns' ids apart.
 */
export class ArticleColumn {
  readonly sentences = new Map<string, string>();
  readonly components: Record<string, unknown>;

  constructor(
    locale: Locale,
    slug: string,
    notes: Notes | undefined,
    /** Before every DOM id of this column: its highlights', notes', sentences' and headings'. */
    readonly idPrefix: string,
  ) {
    const sentences = this.sentences;
    this.components = {
      ...articleComponents(locale, slug, notes, { idPrefix }),
      Section: ({ children }: ChildrenProps) => jsx(PassThrough, { children }),
      P: ({ children }: ChildrenProps) => jsx(PassThrough, { children }),
      List: ({ children }: ChildrenProps) => jsx(PassThrough, { children }),
      Item: ({ children }: ChildrenProps) => jsx(PassThrough, { children }),
      S: ({ id, children }: SentenceProps) => jsx(CollectSentence, { id, sentences, children }),
      // A sub-heading's text is aligned like a sentence, under the heading's id.
      Subheading: ({ id, children }: SentenceProps) => jsx(CollectSentence, { id, sentences, children }),
    };
  }
}
