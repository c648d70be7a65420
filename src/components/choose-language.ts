/**
 * The root page: sends the reader to the language they chose before with the switcher,
 * or else to the best match for their browser's languages. Without JavaScript the page
 * simply shows the choices. Prefixed URLs are never redirected: only `/` runs this.
 */
import { localeFor, type LocaleChoice } from './locale-negotiation';

/**
 * Where language-switch.ts stores the reader's choice. Not imported from it: that would make
 * the switch a chunk of its own, one more module on every page (e2e/find-a-language.spec.ts
 * checks that the root honours the stored choice).
 */
const choiceKey = 'language-switch:choice';

// Each choice carries its profile's rule and rank (src/pages/index.astro).
const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-locale]')];
const choices: LocaleChoice[] = links
  .map((link) => ({
    locale: link.dataset.locale ?? '',
    accepts: new RegExp(link.dataset.accepts ?? '(?!)'),
    rank: Number(link.dataset.rank),
  }))
  .filter(({ locale }) => locale !== '')
  .sort((a, b) => a.rank - b.rank);
const available = choices.map(({ locale }) => locale);
const fallback = document.querySelector<HTMLElement>('[data-fallback]')?.dataset.fallback ?? available[0] ?? '';

function storedChoice(): string | null {
  try {
    return localStorage.getItem(choiceKey);
  } catch {
    return null; // Storage can be unavailable (private modes).
  }
}

const stored = storedChoice();
const locale =
  stored !== null && available.includes(stored) ? stored : localeFor(navigator.languages, choices, fallback);
if (available.includes(locale)) window.location.replace(`/${locale}/`);
