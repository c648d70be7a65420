/**
 * npm run scaffold:counts [-- --write | --check]
 *
 * Scaffolds each invented original (e2e/fixtures/originals/) and the Sichuan report's
 * original.txt, with the terms written under content/, and prints the counts
 * (tools/scaffold/counts.ts). --write puts them in docs/authoring-counts.md, between its
 * two counts markers, formatted as Prettier formats the file; --check exits 1 when that
 * file does not hold them.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { countsOf, formatCounts } from './scaffold/counts.ts';

const countsDoc = 'docs/authoring-counts.md';
const marker = '<!-- counts: written by npm run scaffold:counts -- --write -->';
const fixtures = 'e2e/fixtures/originals';
const sichuan = 'content/articles/sichuan-police-2019';

const table = formatCounts([
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => countsOf(join(fixtures, name), 'content')),
  countsOf(join(sichuan, 'original.txt'), 'content', join(sichuan, 'zh.mdx')),
]);
const write = process.argv.includes('--write');
if (write || process.argv.includes('--check')) {
  const doc = readFileSync(countsDoc, 'utf8');
  const [before, , after] = doc.split(marker);
  if (before === undefined || after === undefined) {
    console.error(`${countsDoc}: the two "${marker}" lines are missing — put them where the counts go`);
    process.exit(1);
  }
  const updated = await format(`${before}${marker}\n\n${table}\n\n${marker}${after}`, { parser: 'markdown' });
  if (write) {
    writeFileSync(countsDoc, updated);
    console.log(`wrote the counts into ${countsDoc}`);
  } else if (updated !== doc) {
    console.error(`${countsDoc}: the counts are stale — run npm run scaffold:counts -- --write`);
    process.exit(1);
  } else console.log(`${countsDoc}: the counts are current`);
} else console.log(table);
