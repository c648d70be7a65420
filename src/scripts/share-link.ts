/**
 * <share-link data-url="…" data-title="…">
 *   <button data-action="copy" hidden>…</button> <button data-action="share" hidden>…</button>
 *   <span role="status"></span>
 * </share-link>
 *
 * Shows its buttons once it can act: copy (where the Clipboard API exists) writes the
 * link and says so; share (where the Web Share API exists, i.e. phones) opens the
 * system share sheet. Without JavaScript the buttons stay hidden; the table of contents
 * still links every section.
 */
class ShareLink extends HTMLElement {
  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      const action = button.dataset.action;
      if (action === 'copy' && navigator.clipboard !== undefined) button.hidden = false;
      if (action === 'share' && typeof navigator.share === 'function') button.hidden = false;
    }
    this.addEventListener('click', this);
  }

  handleEvent(event: Event): void {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!(button instanceof HTMLButtonElement)) return;
    const url = new URL(this.dataset.url ?? '', window.location.href).href;
    const status = this.querySelector('[role="status"]');
    const say = (text: string | undefined) => {
      if (status !== null) status.textContent = text ?? '';
    };
    if (button.dataset.action === 'copy') {
      navigator.clipboard.writeText(url).then(
        () => say(document.body.dataset.copied),
        () => say(document.body.dataset.copyFailed),
      );
    } else if (button.dataset.action === 'share') {
      navigator.share({ title: this.dataset.title ?? document.title, url }).catch(() => {
        // The reader closed the share sheet: nothing to say.
      });
    }
  }
}

if (customElements.get('share-link') === undefined) customElements.define('share-link', ShareLink);
