import { expect, test } from './support/test';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { noteIdOf } from '../src/components/notes/note-ids';
import type { WordFile } from '../src/components/word-help/word-file';
import { articlePages, distFile, fixtureSite, realSite } from './support/site';

/** Issue 22: word help fetches at most 15 KB gzip for the report when it is switched on. */
const wordFileBudget = 15 * 1024;

for (const [name, dist] of [
  ['fixture', fixtureSite],
  ['real', realSite],
] as const) {
  for (const url of articlePages(dist)) {
    const html = readFileSync(distFile(url, dist), 'utf8');
    const chinese = /<html[^>]* lang="zh-/.test(html);
    test(`${name} site ${url}: ${chinese ? 'its words.json fits the budget and matches the page' : 'has no words.json'}`, () => {
      const path = distFile(`${url}words.json`, dist);
      if (!chinese) {
        expect(existsSync(path)).toBe(false);
        return;
      }
      const bytes = readFileSync(path);
      expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(wordFileBudget);
      const file = JSON.parse(bytes.toString('utf8')) as WordFile;
      expect(file.licence).toBe('CC-BY-SA-4.0');
      // Every sentence on the page has its words, and every note the file names is on the page.
      const sentences = [...html.matchAll(/<span[^>]*class="sentence"[^>]*data-align="([^"]+)"/g)].map(
        (match) => match[1],
      );
      expect(sentences.length).toBeGreaterThan(0);
      expect(sentences.filter((id) => id === undefined || file.sentences[id] === undefined)).toEqual([]);
      expect(file.notes.filter((note) => !html.includes(`id="${noteIdOf(note)}"`))).toEqual([]);
    });
  }
}
