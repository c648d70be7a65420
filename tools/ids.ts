/**
 * npm run ids -- <article folder or slug>
 *
 * Writes the alignment ids an article's editions lack: the original's from their text,
 * each translation's from the original's element at the same place (tools/alignment-ids.ts).
 * Existing ids are never changed. Prints each id written; exits 1 when an edition's ids
 * could not all be written.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isContentLocale, sourceLocale } from '../src/i18n/languages.ts';
import { articlesDir, editionFileName } from '../src/model/layout.ts';
import { idsForOriginal, idsForTranslation } from './alignment-ids.ts';

const target = process.argv[2];
if (target === undefined) {
  console.error('usage: npm run ids -- <slug | article folder>');
  process.exit(2);
}
const folder = existsSync(target) ? target : join(articlesDir, target);
const originalFile = join(folder, editionFileName(sourceLocale));
if (!existsSync(originalFile)) {
  console.error(`${originalFile}: no original here; give a slug under ${articlesDir}/ or an article folder`);
  process.exit(2);
}

let failed = false;
const report = (file: string, result: ReturnType<typeof idsForOriginal>) => {
  for (const { line, tag, id } of result.written) console.log(`${file}:${line}: <${tag}> id="${id}"`);
  for (const problem of result.problems) console.error(`${file}: ${problem}`);
  if (result.problems.length > 0) failed = true;
  if (result.written.length > 0) writeFileSync(file, result.text);
};

const original = idsForOriginal(readFileSync(originalFile, 'utf8'));
report(originalFile, original);
for (const name of readdirSync(folder).sort()) {
  const locale = name.replace(/\.mdx$/, '');
  if (!name.endsWith('.mdx') || !isContentLocale(locale) || locale === sourceLocale) continue;
  const file = join(folder, name);
  report(file, idsForTranslation(readFileSync(file, 'utf8'), original.text));
}
process.exit(failed ? 1 : 0);
