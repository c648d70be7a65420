/**
 * <copy-link><a href="#fig-x">…</a><button hidden>Share</button><span role="status"></span></copy-link>
 *
 * Without JavaScript (or without a clipboard) it is a plain link to the fragment. With
 * them, a click copies the link's absolute URL and says so in the status span, in the
 * words the page gives once on <body data-copied data-copy-failed>. Where the Web Share
 * API exists (phones), the share button appears and opens the system share sheet.
 */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const share = this.querySelector('button');
    if (share !== null && typeof navigator.share === 'function') share.hidden = false;
    this.addEventListener('click', this);
  }

  handleEvent(event: Event): void {
    const link = this.querySelector('a');
    if (link === null || !(event.target instanceof Node)) return;
    const url = new URL(link.getAttribute('href') ?? '', window.location.href);
    const share = this.querySelector('button');
    if (share?.contains(event.target) === true) {
      // The note's headline names what is shared (the figure's value, the term).
      const title = this.closest('[popover]')?.querySelector('.note-title')?.textContent ?? document.title;
      navigator.share({ title, url: url.href }).catch(() => {
        // The reader closed the share sheet: nothing to say.
      });
      return;
    }
    if (!link.contains(event.target) || navigator.clipboard === undefined) return;
    event.preventDefault();
    const status = this.querySelector('[role="status"]');
    const say = (text: string | undefined) => {
      if (status !== null) status.textContent = text ?? '';
    };
    navigator.clipboard.writeText(url.href).then(
      () => say(document.body.dataset.copied),
      () => say(document.body.dataset.copyFailed),
    );
  }
}

if (customElements.get('copy-link') === undefined) customElements.define('copy-link', CopyLink);
