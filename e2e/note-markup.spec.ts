import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import { builtPages, distFile, fixtureSite, realSite } from './support/site';

/**
 * Each figure and term has its note once on a page, after its first highlight; every
 * later highlight opens that note, names it for screen readers (aria-details) and, on
 * paper, refers to its number. Read from the built files of both sites.
 */
const attributes = (tag: string): Map<string, string> =>
  new Map([...tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map((match) => [match[1] ?? '', match[2] ?? '']));

for (const [name, site] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  const pages = builtPages(site).filter((url) => /^\/[a-z-]+\/[a-z0-9-]+\/(bilingual\/)?$/.test(url));

  for (const url of pages) {
    test(`${name} site ${url}: one note per figure or term, which every highlight of it opens`, () => {
      const html = readFileSync(distFile(url, site), 'utf8');
      const notes = [...html.matchAll(/<span popover[^>]*>/g)].map((match) => attributes(match[0]).get('id') ?? '');
      const firsts = new Map<string, { note: string; number: number }>();
      const perColumn = new Map<string, number>();
      const problems: string[] = [];
      for (const match of html.matchAll(/<button[^>]*data-(?:figure|term)-id="[^"]*"[^>]*>/g)) {
        const button = attributes(match[0]);
        const id = button.get('id') ?? '';
        const kind = button.has('data-figure-id') ? 'figure' : 'term';
        // The side-by-side view has a set of notes per column: the column is the id's prefix.
        const column = /^(?:[a-z]+-)?(?=fig-|term-)/.exec(id)?.[0] ?? '';
        const key = `${column}${kind}/${button.get(`data-${kind}-id`) ?? ''}`;
        const target = button.get('popovertarget') ?? '';
        const first = firsts.get(key);
        if (first === undefined) {
          // Numbered in reading order, per column.
          const number = (perColumn.get(column) ?? 0) + 1;
          perColumn.set(column, number);
          firsts.set(key, { note: target, number });
          const after = html.slice((match.index ?? 0) + match[0].length);
          if (!new RegExp(`^[^<]*</button><span popover[^>]*\\sid="${target}"`).test(after))
            problems.push(`${id}: the note after it is not the one it opens (${target})`);
          if (button.has('aria-details')) problems.push(`${id}: a first highlight needs no aria-details`);
          continue;
        }
        if (target !== first.note) problems.push(`${id}: opens ${target}, not ${first.note}`);
        if (button.get('aria-details') !== first.note) problems.push(`${id}: aria-details does not name ${first.note}`);
        // The repeat's reference mark: on its label where the wording is one, else on the button.
        const label = new RegExp(`<label for="${id}"[^>]*>`).exec(html)?.[0];
        const mark = attributes(label ?? match[0]).get('data-note');
        if (mark !== String(first.number)) problems.push(`${id}: prints [${mark}], not [${first.number}]`);
      }
      expect(firsts.size).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      expect([...notes].sort()).toEqual([...new Set([...firsts.values()].map((first) => first.note))].sort());
    });
  }
}
