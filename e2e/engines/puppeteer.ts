/**
 * The Reader over Puppeteer: Firefox ESR through WebDriver BiDi (Puppeteer talks to
 * Firefox's own remote agent: no geckodriver, nothing downloaded), and Chromium through
 * the DevTools protocol. Roles and names are found by the engine's own accessibility tree
 * (Puppeteer's aria query, over BiDi browsingContext.locateNodes in Firefox).
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { requireExecutable } from './processes';
import { describeTarget, roleSelector, type OpenReader, type Reader, type Target } from './reader';
import { scriptsRan, untilArrived } from './waits';

const browsers = {
  firefox: { path: '/usr/bin/firefox-esr', package: 'Debian package firefox-esr' },
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', package: 'Debian package chromium' },
} as const;

/** `::-p-aria` takes the name as a quoted attribute value. */
const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function selectorOf(target: Target): string {
  if ('css' in target) return target.css;
  const aria = `::-p-aria([name=${quoted(target.name)}][role="${target.role}"])`;
  return target.within === undefined ? aria : `${target.within} ${aria}`;
}

type Operation = 'centre' | 'focus' | 'visible' | 'id';
type Outcome<O extends Operation> = O extends 'centre' ? { x: number; y: number } : O extends 'id' ? string : boolean;

/**
 * In the page: the element's centre in the viewport (scrolled into view first, only if it is
 * out of view, as a reader scrolls: a link in the sticky header is not), focus, visibility, id.
 */
function operate(element: Element, operation: Operation): unknown {
  switch (operation) {
    case 'centre': {
      const { top, bottom } = element.getBoundingClientRect();
      if (top < 0 || bottom > window.innerHeight) element.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    case 'focus':
      (element as HTMLElement).focus();
      return true;
    case 'visible':
      return element.checkVisibility();
    case 'id':
      return element.id;
  }
}

export function puppeteerReader(engine: keyof typeof browsers): OpenReader {
  return async (origin, { javaScript }) => {
    const { path, package: from } = browsers[engine];
    requireExecutable(path, from);
    const browser = await puppeteer.launch({
      browser: engine === 'firefox' ? 'firefox' : 'chrome',
      executablePath: path,
      headless: true,
      // Firefox's remote agent has no command to turn scripts off (emulation.setScriptingEnabled
      // is unknown to Firefox ESR 153): its preference does, for this browser alone.
      ...(engine === 'firefox'
        ? { extraPrefsFirefox: javaScript ? {} : { 'javascript.enabled': false } }
        : { args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] }),
    });
    const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.bringToFront();
    if (engine === 'chromium' && !javaScript) await page.setJavaScriptEnabled(false);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));

    /**
     * Finds the target and does one of the few things the Reader does with an element, in
     * the page. With scripts on, by the engine's accessibility tree (Puppeteer's aria query);
     * with them off, Firefox never answers that query (it waits on a promise in the page that
     * never settles), so the name is matched against the element's aria-label or text
     * instead, as the markup gives it.
     */
    const withTarget = async <O extends Operation>(target: Target, operation: O): Promise<Outcome<O> | undefined> => {
      if (javaScript || 'css' in target) {
        const handle = await page.$(selectorOf(target));
        return handle === null ? undefined : ((await handle.evaluate(operate, operation)) as Outcome<O>);
      }
      const css = roleSelector[target.role]
        .split(', ')
        .map((part) => (target.within === undefined ? part : `${target.within} ${part}`))
        .join(', ');
      // One expression with operate() written in: a page function takes no function argument.
      const find = (selector: string, name: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].find((candidate) =>
          [candidate.getAttribute('aria-label'), candidate.textContent?.trim()].includes(name),
        );
      const [selector, name, op] = [css, target.name, operation].map((value) => JSON.stringify(value));
      return page.evaluate(
        `(() => { const element = (${find.toString()})(${selector}, ${name}); return element === undefined ? undefined : (${operate.toString()})(element, ${op}); })()`,
      ) as Promise<Outcome<O> | undefined>;
    };
    const must = async <O extends Operation>(target: Target, operation: O): Promise<Outcome<O>> => {
      const outcome = await withTarget(target, operation);
      if (outcome === undefined) throw new Error(`${engine}: no ${describeTarget(target)}`);
      return outcome;
    };

    const reader: Reader = {
      engine,
      javaScript,
      keysActivate: engine !== 'firefox',
      async open(path) {
        errors.length = 0;
        await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
        if (javaScript) await scriptsRan(reader);
      },
      async arrivedAt(path) {
        await untilArrived(reader, path);
      },
      async resize(width, height) {
        await page.setViewport({ width, height });
        return page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
      },
      async click(target) {
        // At the element's centre, scrolled there first, only if it is out of view (as a reader
        // scrolls: a link in the sticky header is not). Not ElementHandle.click(): it waits on
        // a promise in the page, which never settles in a Firefox with JavaScript off.
        const { x, y } = await must(target, 'centre');
        await page.mouse.click(x, y);
      },
      async clickAt(x, y) {
        await page.mouse.click(x, y);
      },
      async pointAt(x, y) {
        await page.mouse.move(x, y);
      },
      async focus(target) {
        await must(target, 'focus');
      },
      async press(key) {
        await page.keyboard.press(key === ' ' ? 'Space' : key);
      },
      focusedId: () => page.evaluate(() => document.activeElement?.id ?? ''),
      async visible(target) {
        return (await withTarget(target, 'visible')) === true;
      },
      idOf: (target) => must(target, 'id'),
      evaluate: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => unknown, ...args) as never,
      consoleErrors: async () => [...errors],
      close: () => browser.close(),
    };
    return reader;
  };
}
