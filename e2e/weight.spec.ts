import { expect, test } from './support/test';
import { readdirSync, readFileSync } from 'node:fs';
import { elementCount } from '../tools/bench/dom-size';
import { weighPage } from '../tools/bench/page-weight';
import { articlePages, builtPages, distFile, fixtureSite, realSite } from './support/site';

/**
 * Byte budgets on the built files (gzip -9). Benchmarks measure; this only enforces.
 *
 * An article page may load (HTML + CSS + JS) at most a fixed per-page cost plus 1.5 × the
 * gzip size of its own text (words and cited addresses). The fixed part is the shell every
 * page carries whatever its length (today about 9 KB: inline CSS 3.3, scripts 3.4, head,
 * header and footer 2.5): without it a three-paragraph notice could never pass, and with it
 * the long report's budget is still tighter than the former flat 2.0 × its text.
 */
const fixedCost = 12 * 1024;
const textRatio = 1.5;

/**
 * An article page carries the article's and the notes' CSS, not the rules of the
 * side-by-side and reference pages (src/styles/: each of those files is imported by the
 * component that draws its page). All of it was 4.5 KB gzip; the article's own, 3.3 KB.
 */
const articleCss = 3.5 * 1024;

/**
 * The real report's article pages also against their own text alone (no fixed part):
 * issue 14 aims at 1.5 ×; one note per figure or term and the leaner note markup brought
 * them from 1.90 to 1.84 (zh) and from 1.85 to 1.80 (en). Moving the sources lists to the
 * reference pages took 5.9 KB off the zh page but also its densest text (titles and
 * addresses), so the ratio rose to 2.00 (zh) and 1.93 (en) while the words-only ratio
 * barely moved (2.01 to 2.00 zh, 1.93 en). Leaving the other pages' CSS out took 1.2 KB
 * more: 1.94 (zh) and 1.88 (en); the page's inline script loader brought them to 1.96 and
 * 1.90. Sentence ids (every sentence's address) and the citation tags reference managers
 * read (issue 21, within its +1 KB budget) added 0.4 KB: 2.02 (zh). This ceiling holds the
 * page near that, with room for an editor's fix to the text;
 * lower it as the ratio falls. (One test per page: weighing a page takes seconds.)
 */
const realArticleRatio = 2.03;

for (const [name, dist, alone] of [
  ['fixture', fixtureSite, undefined],
  ['real', realSite, realArticleRatio],
] as const) {
  for (const url of articlePages(dist)) {
    const also = alone === undefined ? '' : `, and at most ${alone} × it alone`;
    test(`${name} site ${url} loads at most 12 KB + 1.5 × the gzip size of its own text${also}, CSS at most 3.5 KB`, () => {
      const weight = weighPage(`${dist}/`, distFile(url, dist).slice(dist.length + 1));
      const loaded = weight.html.gzip + weight.css.gzip + weight.js.gzip;
      test.info().annotations.push({ type: 'text ratio', description: weight.ratio.toFixed(2) });
      test.info().annotations.push({ type: 'words-only ratio', description: weight.wordsRatio.toFixed(2) });
      expect(loaded).toBeLessThanOrEqual(fixedCost + textRatio * weight.text.gzip);
      expect(loaded).toBeLessThanOrEqual((alone ?? Infinity) * weight.text.gzip);
      expect(weight.inlineCss.gzip).toBeLessThanOrEqual(articleCss);
    });
  }
}

/**
 * DOM ceilings (Lighthouse's DOM size, from the built files): an article page at most
 * 1,200 elements, its side-by-side view, which shows the article twice, at most 2,400.
 * The long report's hundred notes are most of them: each note is once on the page and
 * costs an element only where it must (NotePopover.astro).
 */
const domCeilings = [
  { view: 'article', pattern: /^\/[a-z-]+\/[a-z0-9-]+\/$/, most: 1200 },
  { view: 'side-by-side view', pattern: /^\/[a-z-]+\/[a-z0-9-]+\/bilingual\/$/, most: 2400 },
];

for (const [name, site] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  for (const { view, pattern, most } of domCeilings) {
    const urls = builtPages(site).filter((url) => pattern.test(url));
    test(`${name} site: every ${view} page has at most ${most} elements`, () => {
      expect(urls.length).toBeGreaterThan(0);
      const sizes = urls.map((url) => ({ url, elements: elementCount(readFileSync(distFile(url, site), 'utf8')) }));
      test
        .info()
        .annotations.push({ type: 'elements', description: sizes.map((s) => `${s.url} ${s.elements}`).join(', ') });
      expect(sizes.filter((size) => size.elements > most)).toEqual([]);
    });
  }
}

const dist = `${fixtureSite}/`;
for (const url of builtPages()) {
  test(`${url}: JS ≤ 4 KB gzip, no web fonts, no render-blocking stylesheet`, () => {
    const weight = weighPage(dist, distFile(url).slice(dist.length));
    expect(weight.js.gzip).toBeLessThanOrEqual(4096);
    expect(weight.fontFaces).toBe(0);
    // The site CSS is inlined: a stylesheet file would hold rendering back for a request.
    expect(weight.stylesheets).toEqual([]);
    const head = /<head>([\s\S]*?)<\/head>/.exec(readFileSync(distFile(url), 'utf8'))?.[1] ?? '';
    // Classic scripts in the head would block rendering; module scripts are deferred.
    expect(head.match(/<script(?![^>]*type="module")[^>]*src=/g) ?? []).toEqual([]);
  });
}

test('neither site ships font files', () => {
  for (const site of [fixtureSite, realSite]) {
    const files = readdirSync(site, { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/i.test(file))).toEqual([]);
  }
});
