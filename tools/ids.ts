/**
 * npm run ids -- <article folder or slug>
 *
 * Writes the alignment ids an article's editions lack: the original's from their text,
 * each translation's from the original's element at the same place (tools/alignment-ids.ts).
 * Existing ids are never changed. Prints each id written; exits 1 when an edition's ids
 * could not all be written.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isContentLocale, sourceLocale } from '../src/i18n/languages.ts';
import { articlesDir, editionFileName } from '../src/model/layout.ts';
import { readTextFile } from '../src/checks/text-file.ts';
import { idsForOriginal, idsForTranslation, type IdResult } from './alignment-ids.ts';

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
/** The edition's text, or undefined (and a file:line problem printed) when it is not text. */
const read = (file: string): string | undefined => {
  const result = readTextFile(file);
  const problem =
    'problem' in result
      ? result.problem
      : result.text.trim() === ''
        ? { line: 1, message: 'the file is empty', fix: 'write the edition (frontmatter, then the body) first' }
        : undefined;
  if (problem === undefined && 'text' in result) return result.text;
  if (problem !== undefined) console.error(`${file}:${problem.line}: ${problem.message} — ${problem.fix}`);
  failed = true;
  return undefined;
};
const report = (file: string, source: string, result: IdResult) => {
  for (const { line, tag, id } of result.written) console.log(`${file}:${line}: <${tag}> id="${id}"`);
  for (const problem of result.problems) console.error(`${file}:${problem.line}: ${problem.message} — ${problem.fix}`);
  if (result.problems.length > 0) failed = true;
  // Written as read but for the ids: a byte-order mark or CRLF line ends are not kept.
  if (result.written.length > 0 && result.text !== source) writeFileSync(file, result.text);
};

const originalText = read(originalFile);
if (originalText !== undefined) {
  const original = idsForOriginal(originalText);
  report(originalFile, originalText, original);
  for (const name of readdirSync(folder).sort()) {
    const locale = name.replace(/\.mdx$/, '');
    if (!name.endsWith('.mdx') || !isContentLocale(locale) || locale === sourceLocale) continue;
    const file = join(folder, name);
    const text = read(file);
    if (text !== undefined && original.problems.length === 0)
      report(file, text, idsForTranslation(text, original.text));
  }
}
process.exit(failed ? 1 : 0);
