import { canCopy, canShare, copyLink, shareLink } from './share-actions';

/**
 * <copy-link><a href="#fig-x">…</a><button hidden>Share</button><span role="status"></span></copy-link>
 *
 * Without JavaScript (or without a clipboard) it is a plain link to the fragment. With
 * them, a click copies the link's absolute URL and says so in the status span. Where the
 * Web Share API exists (phones), the share button appears and opens the system share sheet.
 */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const share = this.querySelector('button');
    if (share !== null && canShare()) share.hidden = false;
    this.addEventListener('click', this);
  }

  handleEvent(event: Event): void {
    const link = this.querySelector('a');
    if (link === null || !(event.target instanceof Node)) return;
    const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
    if (this.querySelector('button')?.contains(event.target) === true) {
      // The note's headline names what is shared (the figure's value, the term).
      shareLink(this.closest('[popover]')?.querySelector('.note-title')?.textContent ?? document.title, url);
      return;
    }
    if (!link.contains(event.target) || !canCopy()) return;
    event.preventDefault();
    copyLink(url, this.querySelector('[role="status"]'));
  }
}

if (customElements.get('copy-link') === undefined) customElements.define('copy-link', CopyLink);
