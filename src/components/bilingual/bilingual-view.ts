/**
 * <bilingual-view> wraps the side-by-side article, a row (.pair) per pair of twin sentences.
 * Hover and focus highlighting of the twin sentence is CSS (:has, :focus-within); CSS
 * cannot match "the same data-figure-id as the open note's", so this marks, while a note
 * is open, the same figure or term in the twin sentence (class twin-open). Without it the
 * notes still open; only that mark is missing.
 */
const kinds = ['data-figure-id', 'data-term-id'];

class BilingualView extends HTMLElement {
  /** The highlight each open note was opened from, so closing unmarks the same twin. */
  readonly #openedFrom = new WeakMap<Element, Element>();

  connectedCallback(): void {
    // toggle does not bubble; capture still passes through ancestors.
    this.addEventListener('toggle', this, { capture: true });
  }

  handleEvent(event: Event): void {
    const note = event.target;
    if (!(note instanceof HTMLElement) || note.popover === null) return;
    // The highlight that opened it (a repeat opens the note after the first highlight);
    // else the notes' DOM contract: the first highlight is the button right before its [popover].
    const source = (event as ToggleEvent & { source?: Element | null }).source;
    const open = (event as ToggleEvent).newState === 'open';
    const highlight = open
      ? source instanceof Element
        ? source
        : note.previousElementSibling
      : (this.#openedFrom.get(note) ?? note.previousElementSibling);
    if (open && highlight !== null) this.#openedFrom.set(note, highlight);
    const kind = kinds.find((name) => highlight?.hasAttribute(name));
    const sentence = highlight?.closest('.sentence');
    if (kind === undefined || highlight === null || sentence === null || sentence === undefined) return;
    for (const twin of sentence.parentElement?.children ?? []) {
      if (twin === sentence) continue;
      for (const match of twin.querySelectorAll(`[${kind}]`)) {
        if (match.getAttribute(kind) === highlight.getAttribute(kind)) match.classList.toggle('twin-open', open);
      }
    }
  }
}

if (customElements.get('bilingual-view') === undefined) customElements.define('bilingual-view', BilingualView);
