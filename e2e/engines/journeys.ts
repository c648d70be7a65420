/**
 * The core reader journeys, written once against the Reader (reader.ts) and run in every
 * engine: each engine's file (firefox.journeys.ts, webkit.journeys.ts) calls
 * readerJourneys() with its adapter. They run on the fixture site (e2e/support/fixtures.ts)
 * and assert what a reader sees. Where an engine lacks a feature the site uses, the
 * journey proves the baseline the site falls back to (docs/browsers.md lists them).
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { report } from '../support/fixtures';
import type { OpenReader, Reader, Target } from './reader';
import { until } from './waits';

const { slug } = report;
const article = (lang: string) => `/${lang}/${slug}/`;

/** The fixture's highlights and notes, by the names a reader hears. */
const figure = { id: `fig-${report.figure}`, button: '86 (explain this figure)', note: '86 people' };
const term = { id: `term-${report.repeatedTerm}`, button: 'Safe Qingxi (explain this term)', note: 'Safe Qingxi' };
const button = (name: string, within?: string): Target =>
  within === undefined ? { role: 'button', name } : { role: 'button', name, within };
const dialog = (name: string): Target => ({ role: 'dialog', name });

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

/** The element's box in the viewport, and the viewport's size. */
function boxOf(reader: Reader, id: string): Promise<{ box: Box; viewport: { width: number; height: number } }> {
  return reader.evaluate((elementId) => {
    const rect = document.getElementById(elementId)?.getBoundingClientRect();
    const box = rect === undefined ? { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 } : rect.toJSON();
    // The viewport without scrollbars (Firefox's and WebKitGTK's take room; a phone's do not).
    const root = document.documentElement;
    return { box, viewport: { width: root.clientWidth, height: root.clientHeight } };
  }, id);
}

async function expectInsideViewport(reader: Reader, id: string): Promise<Box> {
  const { box, viewport } = await boxOf(reader, id);
  expect(box.width, `${id} has a box`).toBeGreaterThan(0);
  expect(box.left, `${id} left edge`).toBeGreaterThanOrEqual(0);
  expect(box.top, `${id} top edge`).toBeGreaterThanOrEqual(0);
  expect(box.right, `${id} right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.bottom, `${id} bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5);
  return box;
}

/** The vertical gap between two boxes (0 where they overlap). */
const gap = (a: Box, b: Box) => Math.max(0, a.top - b.bottom, b.top - a.bottom);

/** Whether the engine places a note beside its highlight (CSS anchor positioning) or in the middle. */
const anchorsNotes = (reader: Reader) => reader.evaluate(() => CSS.supports('position-area: bottom'));

const shows = (reader: Reader, target: Target, what: string) =>
  until(`${reader.engine}: ${what} to show`, () => reader.visible(target));
const hides = (reader: Reader, target: Target, what: string) =>
  until(`${reader.engine}: ${what} to hide`, async () => !(await reader.visible(target)));

/**
 * Where a note sits: beside the highlight that opened it where the engine anchors notes
 * (every engine of docs/browsers.md today), else anywhere inside the viewport (the
 * baseline: the UA centres a popover).
 */
async function expectPlaced(reader: Reader, noteId: string, opener: string): Promise<void> {
  const note = await expectInsideViewport(reader, noteId);
  if (await anchorsNotes(reader)) {
    const { box } = await boxOf(reader, opener);
    expect(gap(note, box), `${noteId} sits beside ${opener}`).toBeLessThan(24);
  }
}

export function readerJourneys(openReader: OpenReader): void {
  // One browser for the journeys with JavaScript, then one without: WebKitWebDriver drives one at a time.
  describe('with JavaScript', () => javaScriptJourneys(openReader));
  describe('with JavaScript off', () => noJavaScriptJourneys(openReader));
}

function javaScriptJourneys(openReader: OpenReader): void {
  let reader: Reader;

  beforeAll(async () => {
    reader = await openReader(inject('origin'), { javaScript: true });
  });
  afterAll(async () => {
    await reader?.close();
  });
  // No journey may leave an error in the console (where the engine's driver can read it; in
  // every engine the page's scripts must have run: open() waits for their ready mark).
  afterEach(async () => {
    const errors = await reader.consoleErrors();
    if (errors !== undefined) expect(errors, `${reader.engine}: console errors`).toEqual([]);
  });

  describe('a figure or term note', () => {
    test('opens by click beside its figure, closes by Escape, and focus goes back to the figure', async () => {
      await reader.resize(1280, 800);
      await reader.open(article('en'));
      await reader.click(button(figure.button));
      await shows(reader, dialog(figure.note), 'the figure note');
      await expectPlaced(reader, `note-${figure.id}`, figure.id);
      await reader.press('Escape');
      await hides(reader, dialog(figure.note), 'the figure note');
      expect(await reader.focusedId()).toBe(figure.id);
    });

    test('opens by keyboard (Enter, Space), Tab enters it, Escape and its close button give focus back', async () => {
      await reader.resize(1280, 800);
      await reader.open(article('en'));
      const note = dialog(term.note);
      const noteId = `note-${term.id}`;
      // Where the driver's keys cannot activate a button (Reader.keysActivate), a click opens it.
      const activate = async (key: 'Enter' | ' ') => {
        if (reader.keysActivate) await reader.press(key);
        else await reader.click(button(term.button));
      };
      await reader.focus(button(term.button));
      await activate('Enter');
      await shows(reader, note, 'the term note');
      await reader.press('Escape');
      await hides(reader, note, 'the term note');
      expect(await reader.focusedId()).toBe(term.id);
      await activate(' ');
      await shows(reader, note, 'the term note');
      // The note follows its term in reading and tab order.
      await reader.press('Tab');
      const focusIn = (id: string) =>
        reader.evaluate((inside) => document.activeElement?.closest(`#${inside}`) !== null, id);
      expect(await focusIn(noteId), 'Tab moves into the note').toBe(true);
      await reader.click(button('Close', `#${noteId}`));
      await hides(reader, note, 'the term note');
      expect(await reader.focusedId()).toBe(term.id);
    });

    test("a repeat opens its first highlight's note, beside the repeat, and marks the repeat as the open one", async () => {
      await reader.resize(1280, 800);
      await reader.open(article('en'));
      const repeat = `${term.id}-2`;
      const noteId = `note-${term.id}`;
      expect(await reader.evaluate((id) => document.getElementById(id)?.getAttribute('aria-details'), repeat)).toBe(
        noteId,
      );
      await reader.click({ css: `#${repeat}` });
      await shows(reader, dialog(term.note), 'the note of the repeat');
      await expectPlaced(reader, noteId, repeat);
      // The pointer leaves it, so that what lights it is the open note, not the hover.
      await reader.pointAt(1, 1);
      const tint = (id: string) =>
        reader.evaluate((element) => getComputedStyle(document.getElementById(element) as Element).backgroundColor, id);
      expect(await tint(repeat), 'the repeat is lit, not the first').not.toBe(await tint(term.id));
      await reader.press('Escape');
      await hides(reader, dialog(term.note), 'the note of the repeat');
      expect(await reader.focusedId()).toBe(repeat);
    });

    test('a #fig- link opens its note with the figure in view, and so does a #term- link', async () => {
      await reader.resize(1280, 800);
      for (const [id, name] of [
        [`fig-${report.money}`, '120 million yuan'],
        [`term-${report.longTerm}`, report.longTermEnglish.replace('’', "'")],
      ] as const) {
        await reader.open(`${article('en')}#${id}`);
        await shows(reader, dialog(name), `the note of #${id}`);
        await expectInsideViewport(reader, id);
        await expectInsideViewport(reader, `note-${id}`);
      }
    });

    test('on a phone-sized viewport a note opens as a bottom sheet, and a tap outside closes it', async () => {
      const size = await reader.resize(375, 740);
      // WebKitGTK's window is no narrower than its toolbar (about 450 px): still a phone's layout.
      expect(size.width, 'a phone-sized viewport').toBeLessThanOrEqual(600);
      await reader.open(article('en'));
      await reader.click(button(figure.button));
      await shows(reader, dialog(figure.note), 'the bottom sheet');
      const sheet = await expectInsideViewport(reader, `note-${figure.id}`);
      const { viewport } = await boxOf(reader, `note-${figure.id}`);
      expect(Math.abs(sheet.width - viewport.width), 'full width').toBeLessThanOrEqual(1);
      expect(Math.abs(sheet.bottom - viewport.height), 'at the bottom').toBeLessThanOrEqual(1);
      // A tap above the sheet, on words that are no link or highlight.
      const outside = await reader.evaluate((sheetTop) => {
        for (let y = Math.round(sheetTop) - 20; y > 0; y -= 10) {
          const x = Math.round(window.innerWidth / 2);
          const hit = document.elementFromPoint(x, y);
          if (hit?.closest('p') !== null && hit?.closest('a, button, label, [popover]') === null) return { x, y };
        }
        return undefined;
      }, sheet.top);
      expect(outside, 'a plain word above the sheet').toBeDefined();
      await reader.clickAt(outside?.x ?? 0, outside?.y ?? 0);
      await hides(reader, dialog(figure.note), 'the bottom sheet');
    });
  });

  test('switching language keeps the sentence at the reading line', async () => {
    await reader.resize(1280, 800);
    await reader.open(article('en'));
    // The reading line is a quarter down the viewport: put 60 % of the way through a sentence there.
    const place = (id: string, fraction: number, scroll: boolean) =>
      reader.evaluate(
        (align, at, move) => {
          const rects = [...(document.querySelector(`.sentence[data-align="${align}"]`)?.getClientRects() ?? [])];
          const top = rects[0]?.top ?? Number.NaN;
          const bottom = rects.at(-1)?.bottom ?? Number.NaN;
          const offset = top + at * (bottom - top) - window.innerHeight * 0.25;
          if (move) window.scrollTo({ top: window.scrollY + offset, behavior: 'instant' });
          return offset;
        },
        id,
        fraction,
        scroll,
      );
    const ids = await reader.evaluate(() =>
      [...document.querySelectorAll('.sentence[data-align]')].map(
        (element) => element.getAttribute('data-align') ?? '',
      ),
    );
    const sentence = ids[Math.floor(ids.length / 2) + 1] ?? '';
    await place(sentence, 0.6, true);
    expect(Math.abs(await place(sentence, 0.6, false)), 'setup').toBeLessThan(2);
    await reader.click({ role: 'link', name: '简体中文', within: 'nav[aria-label="Languages"]' });
    await reader.arrivedAt(article('zh'));
    expect(await reader.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    const offset = await place(sentence, 0.6, false);
    expect(Math.abs(offset), `${sentence} lands ${offset.toFixed(0)} px from the reading line`).toBeLessThan(60);
  });

  test('the side-by-side view pairs each sentence with its twin, and a note marks its twin', async () => {
    await reader.resize(1280, 800);
    await reader.open(`/en/${slug}/bilingual/`);
    const pairs = await reader.evaluate(() =>
      [...document.querySelectorAll('main [data-align][lang^="zh"]')].slice(0, 6).map((zh) => {
        const en = document.querySelector(`main [data-align="${zh.getAttribute('data-align') ?? ''}"][lang="en"]`);
        const [a, b] = [zh.getBoundingClientRect(), en?.getBoundingClientRect()];
        return { zhTop: a.top, zhRight: a.right, enTop: b?.top ?? Number.NaN, enLeft: b?.left ?? Number.NaN };
      }),
    );
    expect(pairs.length).toBeGreaterThan(5);
    for (const { zhTop, zhRight, enTop, enLeft } of pairs) {
      expect(Math.abs(enTop - zhTop), 'twins start at the same height').toBeLessThanOrEqual(2);
      expect(enLeft, 'the English is right of the Chinese').toBeGreaterThanOrEqual(zhRight);
    }
    const english = '[data-align][lang="en"]';
    const twinId = await reader.idOf(button('86名（数字说明）', '[data-align][lang="zh-Hans"]'));
    const marked = () => reader.evaluate((id) => document.getElementById(id)?.classList.contains('twin-open'), twinId);
    expect(await marked()).toBe(false);
    await reader.click(button(figure.button, english));
    await shows(reader, dialog(figure.note), 'the figure note');
    await until(`${reader.engine}: the Chinese twin to be marked`, async () => (await marked()) === true);
    await reader.press('Escape');
    await until(`${reader.engine}: the Chinese twin to be unmarked`, async () => (await marked()) === false);
  });

  test("a section's copy button copies its link and says so", async () => {
    await reader.resize(1280, 800);
    await reader.open(article('en'));
    const copy = button('Copy link to section: Building a Disciplined Force');
    await reader.click(copy);
    await until(`${reader.engine}: the status to say the link was copied`, async () => {
      const said = await reader.evaluate(
        () =>
          document.querySelector('#team-building')?.closest('section')?.querySelector('[role="status"]')?.textContent,
      );
      return said === 'Link copied';
    });
  });
}

function noJavaScriptJourneys(openReader: OpenReader): void {
  let plain: Reader;
  beforeAll(async () => {
    plain = await openReader(inject('origin'), { javaScript: false });
  });
  afterAll(async () => {
    await plain?.close();
  });

  test('a note opens by click and closes by Escape and by its close button', async () => {
    await plain.resize(1280, 800);
    await plain.open(article('zh'));
    expect(await plain.evaluate(() => document.documentElement.dataset.scripts ?? 'none'), 'no script ran').toBe(
      'none',
    );
    const note = dialog('86名');
    await plain.click(button('86名（数字说明）'));
    await shows(plain, note, 'the figure note');
    await plain.press('Escape');
    await hides(plain, note, 'the figure note');
    await plain.click(button('86名（数字说明）'));
    await shows(plain, note, 'the figure note');
    await plain.click(button('关闭', `#note-${figure.id}`));
    await hides(plain, note, 'the figure note');
  });
}
