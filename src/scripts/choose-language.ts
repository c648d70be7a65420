/**
 * The root page: sends the reader to the language they chose before with the switcher,
 * or else to the best match for their browser's languages. Without JavaScript the page
 * simply shows the choices. Prefixed URLs are never redirected: only `/` runs this.
 */
import { choiceKey } from './language-switch';
import { localeFor } from './locale-negotiation';

const available = [...document.querySelectorAll<HTMLAnchorElement>('a[data-locale]')]
  .map((link) => link.dataset.locale ?? '')
  .filter((locale) => locale !== '');

function storedChoice(): string | null {
  try {
    return localStorage.getItem(choiceKey);
  } catch {
    return null; // Storage can be unavailable (private modes).
  }
}

const stored = storedChoice();
const locale = stored !== null && available.includes(stored) ? stored : localeFor(navigator.languages, available);
if (available.includes(locale)) window.location.replace(`/${locale}/`);
