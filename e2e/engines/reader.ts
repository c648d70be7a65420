/**
 * What a journey can do in a browser, whichever engine runs it: the few acts a reader
 * performs (open an address, click, press a key) and the few things the test reads back
 * (what has focus, an attribute, whether something shows, a script's result). Each engine
 * has one adapter (firefox.ts over WebDriver BiDi, webkit.ts over WebDriver classic), so a
 * journey is written once (journeys.ts) and runs in every engine.
 */

/** An element as a reader finds it: by role and accessible name, or (for what has no name) by CSS. */
export type Target =
  | {
      role: 'button' | 'link' | 'dialog';
      /** The accessible name as the engine computes it, exactly. */
      name: string;
      /** A CSS selector to look inside (a column, a navigation). */
      within?: string;
    }
  | { css: string };

/** Where a journey's page is and what the engine offers: some journeys need a capability. */
export interface Reader {
  readonly engine: 'chromium' | 'firefox' | 'webkit';
  /** Whether the page's scripts run (a reader with JavaScript off gets its own browser). */
  readonly javaScript: boolean;
  /**
   * Whether a key the driver presses activates a focused button, as a reader's does. Firefox's
   * remote agent dispatches keydown, keypress and keyup to the button but no click follows
   * (mozilla/geckodriver#886; typing into a field works): there the journeys open by click
   * and still press Escape and Tab.
   */
  readonly keysActivate: boolean;
  /**
   * Opens a path of the site and waits until its scripts have run (<html
   * data-scripts="ready">, which the loader sets once every module has run without
   * throwing), or, with JavaScript off, until it has loaded.
   */
  open(path: string): Promise<void>;
  /** Waits for the page a click led to, as open() does, once its path is `path`. */
  arrivedAt(path: string): Promise<void>;
  /**
   * Sizes the viewport as near to width × height as the engine allows and returns the size
   * it got (WebKitGTK's MiniBrowser window has a minimum width: docs/browsers.md).
   */
  resize(width: number, height: number): Promise<{ width: number; height: number }>;
  /** A real click at the element's centre (scrolled into view first, as a reader would). */
  click(target: Target): Promise<void>;
  /** A real click at a point of the viewport (a tap outside a note). */
  clickAt(x: number, y: number): Promise<void>;
  /** Moves the mouse pointer to a point of the viewport, without a click. */
  pointAt(x: number, y: number): Promise<void>;
  /** Moves keyboard focus to the element, as Tab would land on it. */
  focus(target: Target): Promise<void>;
  /** Presses a key: 'Enter', 'Escape', 'Tab', ' '. */
  press(key: 'Enter' | 'Escape' | 'Tab' | ' '): Promise<void>;
  /** The id of the element that has focus ('' for none or for one without an id). */
  focusedId(): Promise<string>;
  /** Whether the element exists and is rendered with a box. */
  visible(target: Target): Promise<boolean>;
  /** The element's id (which the journeys then pass to evaluate()). */
  idOf(target: Target): Promise<string>;
  /** Runs a function in the page and returns its (JSON) result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /**
   * Errors the page wrote to the console (uncaught exceptions and CSP violations
   * included) since it was opened; undefined where the driver cannot read the console.
   */
  consoleErrors(): Promise<string[] | undefined>;
  close(): Promise<void>;
}

/** Opens a browser of one engine on the site at `origin`. */
export type OpenReader = (origin: string, options: { javaScript: boolean }) => Promise<Reader>;

/** How a role reads as CSS: the candidates an adapter filters by accessible name. */
export const roleSelector: Record<Extract<Target, { role: string }>['role'], string> = {
  button: 'button, [role="button"]',
  link: 'a[href], [role="link"]',
  dialog: 'dialog, [role="dialog"]',
};

/** How a target reads in a failure message. */
export function describeTarget(target: Target): string {
  return 'css' in target
    ? target.css
    : `${target.role} "${target.name}"${target.within === undefined ? '' : ` in ${target.within}`}`;
}
