import { canCopy, canShare, copyLink, shareLink } from '../share/share-actions';
import { firstHighlightIdOf } from './note-ids';

/**
 * The actions of every figure and term note, for the whole page: one pair of listeners
 * instead of a control set in each of a hundred notes. When a note opens for the first
 * time it gets its actions row: a link to its figure or term (#fig-ID, which opens the
 * note on arrival), which copies itself where a clipboard exists, a share button where
 * the Web Share API exists (phones), a status line that says what happened, and the
 * note's own close button moved beside them. The words come once, on <body data-link-
 * figure data-link-term data-share>. Without JavaScript a note still opens and closes.
 *
 * It also marks the highlight that opened the note (.is-open): a repeat of a figure opens
 * the note that sits after its first highlight, where CSS alone would light the first.
 */
const noteSelector = '.note[popover]';
const openedBy = new WeakMap<Element, Element>();

function addActions(note: HTMLElement): void {
  if (note.querySelector('.note-actions') !== null) return;
  const words = document.body.dataset;
  const actions = document.createElement('span');
  actions.className = 'note-actions';
  const link = document.createElement('a');
  link.className = 'note-link';
  link.href = `#${firstHighlightIdOf(note.id)}`;
  link.textContent = (note.classList.contains('note-figure') ? words.linkFigure : words.linkTerm) ?? '';
  actions.append(link);
  if (canShare()) {
    const share = document.createElement('button');
    share.type = 'button';
    share.className = 'note-share';
    share.textContent = words.share ?? '';
    actions.append(share);
  }
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  actions.append(status);
  const close = note.querySelector('.note-close');
  if (close !== null) actions.append(close);
  note.append(actions);
}

/** The highlight's visible part: the wording's label where the button is only its marker. */
const shownPart = (button: Element): Element => {
  const before = button.previousElementSibling;
  return before instanceof HTMLLabelElement && before.htmlFor === button.id ? before : button;
};

/**
 * The button a click last went to, where it names a popover: the opener, in engines whose
 * toggle events do not name it (WebKit has no ToggleEvent.source). A click's listeners run
 * before the button's popover toggles.
 */
let clicked: Element | null = null;
document.addEventListener(
  'click',
  (event) => {
    clicked = event.target instanceof Element ? event.target.closest('[popovertarget]') : null;
  },
  { capture: true },
);

// beforetoggle fires before the note shows, so the row is there for the first Tab.
document.addEventListener(
  'beforetoggle',
  (event) => {
    const note = event.target;
    if (!(note instanceof HTMLElement) || !note.matches(noteSelector)) return;
    const toggle = event as ToggleEvent & { source?: Element | null };
    const opener = toggle.source ?? (clicked?.getAttribute('popovertarget') === note.id ? clicked : null);
    clicked = null;
    openedBy.get(note)?.classList.remove('is-open');
    openedBy.delete(note);
    if (toggle.newState !== 'open') return;
    addActions(note);
    if (opener instanceof Element) {
      const shown = shownPart(opener);
      shown.classList.add('is-open');
      openedBy.set(note, shown);
    }
  },
  { capture: true },
);

// From here on the marks follow the opener, not the place of the note (see global.css).
document.body.dataset.marksOpen = '';

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const control = target?.closest('.note-link, .note-share');
  const note = control?.closest(noteSelector);
  if (control === null || control === undefined || note === null || note === undefined) return;
  const url = new URL(`#${firstHighlightIdOf(note.id)}`, window.location.href).href;
  if (control.matches('.note-share')) {
    // The note's headline names what is shared (the figure's value, the term).
    shareLink(note.querySelector('.note-title')?.textContent ?? document.title, url);
    return;
  }
  if (!canCopy()) return;
  event.preventDefault();
  copyLink(url, note.querySelector('[role="status"]'));
});
