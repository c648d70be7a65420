/**
 * Waiting in any engine: polling the page through the Reader, through navigations (a
 * script asked while a page unloads fails; the next try asks the new page).
 */
import type { Reader } from './reader';

/** Polls `check` until it returns true, or fails saying `what` after `timeoutMs`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `waited ${timeoutMs / 1000} s for ${what}${last === undefined ? '' : ` (last error: ${String(last)})`}`,
  );
}

/**
 * Until the page's after-paint scripts have run: the loader marks <html
 * data-scripts="ready"> once every module it imports has run without throwing; a page
 * without the loader has nothing to wait for.
 */
export function scriptsRan(reader: Reader): Promise<void> {
  return until(`${reader.engine}: the page's scripts to run`, () =>
    reader.evaluate(
      () =>
        document.readyState === 'complete' &&
        (document.documentElement.dataset.scripts === 'ready' ||
          document.querySelector('script[type="module"]:not([src])') === null),
    ),
  );
}

/** Until a click's navigation has led to `path` and that page is ready. */
export async function untilArrived(reader: Reader, path: string): Promise<void> {
  await until(`${reader.engine}: arriving at ${path}`, () =>
    reader.evaluate((expected) => window.location.pathname === expected && document.readyState === 'complete', path),
  );
  if (reader.javaScript) await scriptsRan(reader);
}
