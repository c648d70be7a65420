/**
 * <copy-link><a href="#fig-x">…</a><span role="status"></span></copy-link>
 *
 * Without JavaScript (or without a clipboard) it is a plain link to the fragment. With
 * them, a click copies the link's absolute URL and says so in the status span, in the
 * words the page gives once on <body data-copied data-copy-failed>.
 */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', this);
  }

  handleEvent(event: Event): void {
    const link = this.querySelector('a');
    if (link === null || !(event.target instanceof Node) || !link.contains(event.target)) return;
    if (navigator.clipboard === undefined) return;
    event.preventDefault();
    const url = new URL(link.getAttribute('href') ?? '', window.location.href);
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
