/**
 * The Reader over WebDriver classic: WebKitGTK's MiniBrowser, driven by its WebKitWebDriver
 * (Debian's webkit2gtk-driver) through Selenium's client, in the window of an Xvfb display
 * (global-setup.ts starts both). Names come from WebKit's own accessibility tree
 * (WebDriver's computed label), among the elements of the role (reader.ts).
 */
import { Builder, By, Key, Origin, type WebDriver, type WebElement } from 'selenium-webdriver';
import { requireExecutable } from './processes';
import { describeTarget, roleSelector, type OpenReader, type Reader, type Target } from './reader';
import { scriptsRan, untilArrived } from './waits';

export const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const keys = { Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB, ' ': Key.SPACE } as const;

/** The reader over the WebKitWebDriver listening at `driverUrl`. */
export function webkitReader(driverUrl: string): OpenReader {
  return async (origin, { javaScript }) => {
    requireExecutable(miniBrowser, 'Debian package webkit2gtk-driver (with libwebkit2gtk-4.1)');
    const driver: WebDriver = await new Builder()
      .usingServer(driverUrl)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: miniBrowser,
          // A WebKitSettings property as MiniBrowser takes it: scripts off for this browser alone.
          args: ['--automation', ...(javaScript ? [] : ['--enable-javascript=false'])],
        },
      })
      .build();

    /**
     * The elements of a role whose computed name is the target's. The candidates most
     * likely to match (by their label or text) are asked first: each question is a round trip.
     */
    const matches = async (target: Target, firstOnly: boolean): Promise<WebElement[]> => {
      if ('css' in target) return driver.findElements(By.css(target.css));
      const css = roleSelector[target.role]
        .split(', ')
        .map((part) => (target.within === undefined ? part : `${target.within} ${part}`))
        .join(', ');
      const candidates = await driver.findElements(By.css(css));
      // Elements go as arguments of their own: WebKitWebDriver does not resolve them inside an array.
      const hints = (await driver.executeScript(
        (name: string, ...elements: Element[]) =>
          elements.map((element) =>
            [element.getAttribute('aria-label'), element.textContent?.trim()].some((text) => text === name),
          ),
        target.name,
        ...candidates,
      )) as boolean[];
      const ordered = [...candidates.filter((_, i) => hints[i]), ...candidates.filter((_, i) => !hints[i])];
      const found: WebElement[] = [];
      for (const element of ordered) {
        if ((await element.getAccessibleName()) === target.name) {
          found.push(element);
          if (firstOnly) break;
        }
      }
      return found;
    };
    const find = async (target: Target): Promise<WebElement> => {
      const [element] = await matches(target, true);
      if (element === undefined) throw new Error(`webkit: no ${describeTarget(target)}`);
      return element;
    };

    const reader: Reader = {
      engine: 'webkit',
      javaScript,
      keysActivate: true,
      async open(path) {
        await driver.get(new URL(path, origin).href);
        if (javaScript) await scriptsRan(reader);
      },
      async arrivedAt(path) {
        await untilArrived(reader, path);
      },
      async resize(width, height) {
        // The window is the viewport plus MiniBrowser's toolbar: size it by the difference.
        const frame = driver.manage().window();
        const [inner, rect] = await Promise.all([
          driver.executeScript(() => [window.innerWidth, window.innerHeight]) as Promise<[number, number]>,
          frame.getRect(),
        ]);
        await frame.setRect({ width: width + rect.width - inner[0], height: height + rect.height - inner[1] });
        return reader.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
      },
      async click(target) {
        await (await find(target)).click();
      },
      async clickAt(x, y) {
        await driver
          .actions()
          .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
          .click()
          .perform();
      },
      async pointAt(x, y) {
        await driver
          .actions()
          .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
          .perform();
      },
      async focus(target) {
        await driver.executeScript((element: HTMLElement) => element.focus(), await find(target));
      },
      async press(key) {
        await driver.actions().sendKeys(keys[key]).perform();
      },
      focusedId: () => reader.evaluate(() => document.activeElement?.id ?? ''),
      async visible(target) {
        for (const element of await matches(target, false)) if (await element.isDisplayed()) return true;
        return false;
      },
      async idOf(target) {
        return (await (await find(target)).getAttribute('id')) ?? '';
      },
      evaluate: (fn, ...args) => driver.executeScript(fn, ...args) as never,
      // WebDriver classic has no console log, and MiniBrowser under automation writes none
      // (docs/browsers.md): the journeys then rely on the scripts' ready mark instead.
      consoleErrors: async () => undefined,
      close: () => driver.quit(),
    };
    return reader;
  };
}
