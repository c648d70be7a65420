import {
  columnPrefix,
  firstHighlightIdOf,
  firstHighlightIdPattern,
  noteIdOf,
  withoutColumnPrefix,
} from './notes/note-ids';
import { isInColumn, sentenceNamedBy, twinSentenceId } from './quote/sentence-ids';

/**
 * <language-switch> wraps the language links. The links work without JavaScript and
 * land at the top of the other page; with it, the reader lands on the same sentence at
 * the same height on screen, with the same note open. Every article sentence carries a
 * language-neutral alignment id (data-align) shared by all versions.
 *
 * Using the switcher also records the reader's choice, which the root page honours. Its
 * link between an article and its side-by-side view (a[data-keep-place]) keeps the place too.
 *
 * A linked sentence (#lead-1-1, which the page marks) stays linked: each link carries the
 * id of the same sentence on the page it leads to, so that page marks the twin. The
 * fragment is used only once it names a sentence of this page (quote/sentence-ids.ts).
 */
const positionKey = 'language-switch:position';
export const choiceKey = 'language-switch:choice';
const alignId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The reading line: a quarter of the way down the viewport. */
const readingLine = () => window.innerHeight * 0.25;

interface Position {
  path: string;
  sentence: string;
  /** How far through the sentence the reading line was, 0–1. */
  fraction: number;
  /** Where the reading line was, as a share of the viewport height. */
  line: number;
  /** The highlight whose note was open. */
  highlight?: string;
}

function extent(element: Element): { top: number; bottom: number } | undefined {
  const rects = [...element.getClientRects()];
  const first = rects[0];
  const last = rects.at(-1);
  return first === undefined || last === undefined ? undefined : { top: first.top, bottom: last.bottom };
}

/**
 * The sentence at the reading line: of those the line passes through, the one that began
 * last (sentences share lines); in a gap between paragraphs, the next sentence below.
 */
function openHighlight(): string | undefined {
  const open = document.querySelector(':popover-open');
  if (open === null) return undefined;
  const id = firstHighlightIdOf(open.id);
  return id !== open.id && firstHighlightIdPattern.test(id) ? id : undefined;
}

function currentPosition(path: string, highlight: string | undefined): Position | undefined {
  const line = readingLine();
  let found: { sentence: HTMLElement; top: number; bottom: number } | undefined;
  for (const sentence of document.querySelectorAll<HTMLElement>('.sentence[data-align]')) {
    const box = extent(sentence);
    if (box === undefined || box.bottom < line) continue;
    if (box.top > line && found !== undefined) break;
    found = { sentence, ...box };
    if (box.top > line) break;
  }
  if (found === undefined) return undefined;
  const fraction = Math.min(1, Math.max(0, (line - found.top) / Math.max(1, found.bottom - found.top)));
  return {
    path,
    sentence: found.sentence.dataset.align ?? '',
    fraction,
    line: line / window.innerHeight,
    ...(highlight === undefined ? {} : { highlight }),
  };
}

/**
 * The highlight with this id, or its counterpart across views: the side-by-side page
 * prefixes ids by column (en-fig-…), an article page does not. Into the side-by-side
 * view, the note opens in the column of the page's language.
 */
function findHighlight(id: string): HTMLButtonElement | undefined {
  const bare = withoutColumnPrefix(id);
  // A column is named by its language without its script (zh for zh-Hant).
  const column = columnPrefix(document.documentElement.lang.split('-')[0] ?? '');
  return [id, bare, `${column}${bare}`]
    .map((candidate) => document.getElementById(candidate))
    .find((element): element is HTMLButtonElement => element instanceof HTMLButtonElement);
}

function restorePosition(): void {
  const saved = sessionStorage.getItem(positionKey);
  if (saved === null) return;
  sessionStorage.removeItem(positionKey);
  let position: Partial<Position>;
  try {
    position = JSON.parse(saved) as Partial<Position>;
  } catch {
    return;
  }
  // A fragment other than a linked sentence's is a place of its own (a section, a note).
  const { hash } = window.location;
  if (position.path !== window.location.pathname || (hash !== '' && sentenceNamedBy(hash) === undefined)) return;
  if (typeof position.sentence !== 'string' || !alignId.test(position.sentence)) return;
  const sentence = document.querySelector(`.sentence[data-align="${position.sentence}"]`);
  const box = sentence === null ? undefined : extent(sentence);
  if (box === undefined) return;
  const fraction = Number(position.fraction) || 0;
  const line = (Number(position.line) || 0.25) * window.innerHeight;
  window.scrollTo({ top: window.scrollY + box.top + fraction * (box.bottom - box.top) - line, behavior: 'instant' });
  const highlight = position.highlight === undefined ? undefined : findHighlight(position.highlight);
  if (highlight !== undefined && firstHighlightIdPattern.test(highlight.id)) {
    // The open figure is what the reader was looking at: if the sentence's place left it
    // out of view (it sits elsewhere in a long translated sentence), bring it into view.
    const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    const { top: figureTop, bottom: figureBottom } = highlight.getBoundingClientRect();
    if (figureTop < top || figureBottom > window.innerHeight) {
      highlight.scrollIntoView({ block: 'center', behavior: 'instant' });
    }
    document.getElementById(noteIdOf(highlight.id))?.showPopover({ source: highlight });
    highlight.focus({ preventScroll: true });
  }
}

/** The switcher's links: languages, and the other view of the article. */
const switchLinks = 'a[hreflang],a[data-keep-place]';

/**
 * Points each link at the twin of the sentence the address names, or at no sentence:
 * into the side-by-side view that is the column of the page's language.
 */
function carryLinkedSentence(links: NodeListOf<HTMLAnchorElement>): void {
  const sentence = sentenceNamedBy(window.location.hash);
  const sideBySide = sentence !== undefined && isInColumn(sentence);
  const { lang } = document.documentElement;
  for (const link of links) {
    const url = new URL(link.href);
    if (sentence?.dataset.align === undefined) url.hash = '';
    else {
      const otherView = link.hasAttribute('data-keep-place');
      url.hash = twinSentenceId(sentence.dataset.align, {
        sideBySide: sideBySide !== otherView,
        language: otherView ? lang : link.hreflang || lang,
      });
    }
    link.setAttribute('href', `${url.pathname}${url.search}${url.hash}`);
  }
}

class LanguageSwitch extends HTMLElement {
  /** The note open when the pointer went down: a tap outside a note closes it before the click. */
  #noteAtPointerDown: string | undefined;

  connectedCallback(): void {
    this.addEventListener('pointerdown', this, { capture: true });
    this.addEventListener('click', this);
    window.addEventListener('hashchange', this);
    this.handleEvent(new Event('hashchange'));
    restorePosition();
  }

  handleEvent(event: Event): void {
    if (event.type === 'hashchange') return carryLinkedSentence(this.querySelectorAll<HTMLAnchorElement>(switchLinks));
    if (event.type === 'pointerdown') {
      this.#noteAtPointerDown = openHighlight();
      return;
    }
    const highlight = this.#noteAtPointerDown ?? openHighlight();
    this.#noteAtPointerDown = undefined;
    if (!(event instanceof MouseEvent) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    // Language links, and the link between an article and its side-by-side view.
    const link = event.target instanceof Element ? event.target.closest(switchLinks) : null;
    if (!(link instanceof HTMLAnchorElement) || link.getAttribute('aria-current') === 'page') return;
    const target = new URL(link.href);
    const locale = target.pathname.split('/')[1];
    try {
      if (locale !== undefined) localStorage.setItem(choiceKey, locale);
      const position = currentPosition(target.pathname, highlight);
      if (position !== undefined) sessionStorage.setItem(positionKey, JSON.stringify(position));
    } catch {
      // Storage can be unavailable (private modes); the link still works.
    }
  }
}

if (customElements.get('language-switch') === undefined) customElements.define('language-switch', LanguageSwitch);
