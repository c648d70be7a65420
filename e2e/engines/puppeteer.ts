/**
 * The Reader over Puppeteer: Firefox ESR through WebDriver BiDi (Puppeteer talks to
 * Firefox's own remote agent: no geckodriver, nothing downloaded), and Chromium through
 * the DevTools protocol. Roles and names are found by the engine's own accessibility tree
 * (Puppeteer's aria query, over BiDi browsingContext.locateNodes in Firefox).
 */
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { requireExecutable } from './processes';
import { describeTarget, type OpenReader, type Reader, type Target } from './reader';
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

    const find = async (target: Target): Promise<ElementHandle> => {
      const handle = await page.$(selectorOf(target));
      if (handle === null) throw new Error(`${engine}: no ${describeTarget(target)}`);
      return handle;
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
        // At the element's centre, scrolled there first. Not ElementHandle.click(): it waits on
        // a promise in the page, which never settles in a Firefox with JavaScript off.
        const handle = await find(target);
        await handle.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
        const box = await handle.boundingBox();
        if (box === null) throw new Error(`${engine}: ${describeTarget(target)} has no box to click`);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      },
      async focus(target) {
        await (await find(target)).focus();
      },
      async press(key) {
        await page.keyboard.press(key === ' ' ? 'Space' : key);
      },
      focusedId: () => page.evaluate(() => document.activeElement?.id ?? ''),
      async visible(target) {
        const handle = await page.$(selectorOf(target));
        return handle !== null && (await handle.isVisible());
      },
      async idOf(target) {
        return (await find(target)).evaluate((element) => element.id);
      },
      evaluate: (fn, ...args) => page.evaluate(fn, ...args) as never,
      consoleErrors: async () => [...errors],
      close: () => browser.close(),
    };
    return reader;
  };
}
