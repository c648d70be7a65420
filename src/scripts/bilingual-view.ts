/**
 * <bilingual-view> wraps the side-by-side article, a row (.pair) per pair of twin sentences.
 * Hover and focus highlighting of the twin sentence is CSS (:has, :focus-within); CSS
 * cannot match "the same data-figure-id as the open note's", so this marks, while a note
 * is open, the same figure or term in the twin sentence (class twin-open). Without it the
 * notes still open; only that mark is missing.
 */
const kinds = ['data-figure-id', 'data-term-id'];

class BilingualView extends HTMLElement {
  connectedCallback(): void {
    // toggle does not bubble; capture still passes through ancestors.
    this.addEventListener('toggle', this, { capture: true });
  }

  handleEvent(event: Event): void {
    const note = event.target;
    // The notes' DOM contract: the highlight is the button right before its [popover].
    const highlight = note instanceof HTMLElement && note.popover !== null ? note.previousElementSibling : null;
    const kind = kinds.find((name) => highlight?.hasAttribute(name));
    const sentence = highlight?.closest('.sentence');
    if (kind === undefined || highlight === null || sentence === null || sentence === undefined) return;
    const open = (event as ToggleEvent).newState === 'open';
    for (const twin of sentence.parentElement?.children ?? []) {
      if (twin === sentence) continue;
      for (const match of twin.querySelectorAll(`[${kind}]`)) {
        if (match.getAttribute(kind) === highlight.getAttribute(kind)) match.classList.toggle('twin-open', open);
      }
    }
  }
}

if (customElements.get('bilingual-view') === undefined) customElements.define('bilingual-view', BilingualView);
