import { canCopy, canShare, copyLink, shareLink } from './share-actions';

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
      if ((action === 'copy' && canCopy()) || (action === 'share' && canShare())) button.hidden = false;
    }
    this.addEventListener('click', this);
  }

  handleEvent(event: Event): void {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!(button instanceof HTMLButtonElement)) return;
    const url = new URL(this.dataset.url ?? '', window.location.href).href;
    if (button.dataset.action === 'copy') copyLink(url, this.querySelector('[role="status"]'));
    else if (button.dataset.action === 'share') shareLink(this.dataset.title ?? document.title, url);
  }
}

if (customElements.get('share-link') === undefined) customElements.define('share-link', ShareLink);
