import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hitRate } from './hit-rate';
import { readOriginal } from './read-original';
import { scaffold } from './render';

const folder = fileURLToPath(new URL('../../content/articles/sichuan-police-2019/', import.meta.url));
const read = (name: string) => readFileSync(`${folder}${name}`, 'utf8');

describe('the scaffolder on the Sichuan report, against the hand-made edition', () => {
  const draft = scaffold(readOriginal(read('original.txt'), 'original.txt'), {
    notesFile: `${folder}notes.yaml`,
    schemaFile: 'content/notes.schema.json',
  });
  const rate = hitRate(draft.files['zh.mdx'], read('zh.mdx'));

  // docs/authoring.md quotes these (npm run scaffold:hit-rate); a change here is a change there.
  it('misses no figure the hand-made edition highlights', () => {
    expect(rate.missed).toEqual([]);
    expect(rate.exact.length + rate.otherSpan.length).toBe(rate.handMade);
  });

  it('draws other bounds only where the hand-made edition words a figure more widely', () => {
    expect(rate.otherSpan).toEqual([
      { handMade: '11个市', found: ['11个'] },
      { handMade: '从2013年的2505个下降至502个', found: ['2505个', '502个'] },
    ]);
  });

  it('over-finds only the anniversary inside a term', () => {
    expect(rate.overFound).toEqual([
      { text: '70周年', inTerm: 'prc-70th-anniversary-security' },
      { text: '70周年', inTerm: 'prc-70th-anniversary-security' },
    ]);
  });
});
