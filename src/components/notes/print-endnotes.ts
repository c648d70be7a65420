/**
 * <print-endnotes data-heading="Notes">…article body…</print-endnotes>
 *
 * On paper, every figure and term keeps only its reference number in the text, and its
 * note is printed as a numbered endnote after its section (the lead's before the first
 * section); a figure or term highlighted again refers to its first endnote. The endnotes
 * are built when printing starts, from the notes themselves (the page carries each note
 * once, after its first highlight), so the HTML carries no note twice; they are hidden on screen. Without JavaScript the print
 * stylesheet prints each note inline instead: longer, but nothing is lost.
 */
class PrintEndnotes extends HTMLElement {
  connectedCallback(): void {
    window.addEventListener('beforeprint', this);
    // Print previews and emulated print media announce themselves this way only.
    window.matchMedia('print').addEventListener('change', this);
  }

  handleEvent(): void {
    if (this.dataset.ready !== undefined) return;
    const lists = new Map<Element | null, HTMLOListElement>();
    // A figure or term highlighted again refers to its first endnote: no note prints twice.
    const numbers = new Map<string, string>();
    for (const ref of this.querySelectorAll<HTMLElement>('.note-ref')) {
      const button = ref instanceof HTMLLabelElement ? ref.control : ref;
      const note = document.getElementById(button?.getAttribute('popovertarget') ?? '');
      if (button === null || note === null) continue;
      const key = `${button.dataset.figureId ?? ''}/${button.dataset.termId ?? ''}`;
      const known = numbers.get(key);
      if (known !== undefined) {
        ref.dataset.note = known;
        continue;
      }
      const number = String(numbers.size + 1);
      numbers.set(key, number);
      ref.dataset.note = number;
      const section = ref.closest('section');
      const list = lists.get(section) ?? document.createElement('ol');
      lists.set(section, list);
      const item = document.createElement('li');
      item.value = Number(number);
      for (const child of note.childNodes) item.append(child.cloneNode(true));
      item.querySelectorAll('.note-actions, .note-close, .note-more').forEach((part) => part.remove());
      item.querySelectorAll('[id]').forEach((part) => part.removeAttribute('id'));
      list.append(item);
    }
    for (const [section, list] of lists) {
      const notes = document.createElement('aside');
      notes.className = 'endnotes';
      const heading = document.createElement('p');
      heading.className = 'endnotes-heading';
      heading.textContent = this.dataset.heading ?? '';
      notes.append(heading, list);
      if (section !== null) section.append(notes);
      else (this.querySelector('section') ?? this.lastChild)?.before(notes);
    }
    this.dataset.ready = '';
  }
}

if (customElements.get('print-endnotes') === undefined) customElements.define('print-endnotes', PrintEndnotes);
