import { firstHighlightIdPattern } from './note-ids';

/**
 * A link to #fig-ID or #term-ID opens that note, not just scrolls to it. The fragment is
 * matched against a strict pattern and only ever used as an element id: a hostile
 * fragment matches nothing and changes nothing.
 */

function openNoteFromHash(): void {
  // With the side-by-side view's column prefix (#zh-fig-…, #en-term-…) or without.
  const id = window.location.hash.slice(1);
  if (!firstHighlightIdPattern.test(id)) return;
  const button = document.getElementById(id);
  if (!(button instanceof HTMLButtonElement)) return;
  const popover = document.getElementById(button.getAttribute('popovertarget') ?? '');
  if (popover === null || typeof popover.showPopover !== 'function') return;
  button.scrollIntoView({ block: 'center' });
  button.focus({ preventScroll: true });
  try {
    // `source` anchors the note to its figure, as a click would.
    popover.showPopover({ source: button });
  } catch {
    if (!popover.matches(':popover-open')) popover.showPopover();
  }
}

openNoteFromHash();
window.addEventListener('hashchange', openNoteFromHash);
