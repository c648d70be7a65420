/**
 * npm run scaffold:hit-rate [-- <slug>]
 *
 * Runs the scaffolder (npm run new-article) on an article's original.txt into a temporary
 * folder and compares the figures it wraps with the hand-made edition's (default: the
 * Sichuan report). docs/authoring.md quotes its output.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articlesDir } from '../src/model/layout.ts';
import { formatHitRate, hitRate } from './scaffold/hit-rate.ts';
import { readOriginal } from './scaffold/read-original.ts';
import { scaffold } from './scaffold/render.ts';

const slug = process.argv[2] ?? 'sichuan-police-2019';
const folder = join(articlesDir, slug);
const originalFile = join(folder, 'original.txt');
const draft = scaffold(readOriginal(readFileSync(originalFile, 'utf8'), originalFile), {
  notesFile: join(folder, 'notes.yaml'),
  schemaFile: 'content/notes.schema.json',
});
const temp = mkdtempSync(join(tmpdir(), 'hit-rate-'));
try {
  mkdirSync(join(temp, slug));
  for (const [name, text] of Object.entries(draft.files)) writeFileSync(join(temp, slug, name), text);
  const scaffolded = readFileSync(join(temp, slug, 'zh.mdx'), 'utf8');
  console.log(`${originalFile}, scaffolded, against ${join(folder, 'zh.mdx')}:`);
  console.log(formatHitRate(hitRate(scaffolded, readFileSync(join(folder, 'zh.mdx'), 'utf8'))));
} finally {
  rmSync(temp, { recursive: true });
}
