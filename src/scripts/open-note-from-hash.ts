/**
 * A link to #fig-ID or #term-ID opens that note, not just scrolls to it. The fragment is
 * matched against a strict pattern and only ever used as an element id: a hostile
 * fragment matches nothing and changes nothing.
 */
// With the side-by-side view's column prefix (#zh-fig-…, #en-term-…) or without.
const notePattern = /^#((?:(?:zh|en)-)?(?:fig|term)-[a-z0-9]+(?:-[a-z0-9]+)*)$/;

function openNoteFromHash(): void {
  const id = notePattern.exec(window.location.hash)?.[1];
  if (id === undefined) return;
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
