/**
 * What every copy and share control does, whichever element holds it: copy a link and
 * say so in its status span (in the words the page gives once on <body data-copied
 * data-copy-failed>), or hand a link to the system share sheet.
 */

/** Whether the browser can copy to the clipboard. */
export const canCopy = (): boolean => navigator.clipboard !== undefined;

/** Whether the browser has a share sheet (phones). */
export const canShare = (): boolean => typeof navigator.share === 'function';

/** Copies `url` and announces the outcome in `status`. */
export function copyLink(url: string, status: Element | null): void {
  const say = (text: string | undefined) => {
    if (status !== null) status.textContent = text ?? '';
  };
  navigator.clipboard.writeText(url).then(
    () => say(document.body.dataset.copied),
    () => say(document.body.dataset.copyFailed),
  );
}

/** Opens the share sheet for `url`, named `title`. */
export function shareLink(title: string, url: string): void {
  navigator.share({ title, url }).catch(() => {
    // The reader closed the share sheet: nothing to say.
  });
}
