/**
 * npm run scaffold:counts [-- --write]
 *
 * Scaffolds each invented original (e2e/fixtures/originals/) and the Sichuan report's
 * original.txt, with the terms written under content/, and prints the counts
 * (tools/scaffold/counts.ts); --write puts them in docs/authoring-counts.md.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
if (process.argv.includes('--write')) {
  const doc = readFileSync(countsDoc, 'utf8');
  const [before, , after] = doc.split(marker);
  if (after === undefined) throw new Error(`${countsDoc}: the two "${marker}" lines are missing`);
  writeFileSync(countsDoc, `${before}${marker}\n${table}\n${marker}${after}`);
  console.log(`wrote the counts into ${countsDoc}`);
} else console.log(table);
