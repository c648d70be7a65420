/**
 * npm run new-article -- <slug> <original.txt>
 *
 * Writes <CONTENT_ROOT or content>/articles/<slug>/ (zh.mdx, en.mdx, notes.yaml) from a
 * plain-text Chinese original: the text split into sections, paragraphs and sentences,
 * every quantity a figure with a draft id and a notes stub, the English a placeholder per
 * sentence (tools/scaffold/). Never overwrites: an existing folder is an error. Exits 1
 * with file:line and what to fix when the original cannot be read.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesDir, notesFileName } from '../src/model/layout.ts';
import { kebabId } from '../src/schemas/ids.ts';
import { OriginalError, readOriginal } from './scaffold/read-original.ts';
import { scaffold } from './scaffold/render.ts';

const [slug, originalFile] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (slug === undefined || originalFile === undefined) {
  console.error('usage: npm run new-article -- <slug> <original.txt>');
  process.exit(2);
}
if (!kebabId.test(slug))
  fail(`"${slug}" is not a slug: use kebab-case ASCII (lower-case letters, digits, hyphens), e.g. county-report-2020`);
if (!existsSync(originalFile)) fail(`${originalFile}: no such file; give the plain-text original`);
const folder = join(articlesDir, slug);
if (existsSync(folder))
  fail(`${folder} already exists: new-article never overwrites; choose another slug or remove the folder`);

let result;
try {
  const original = readOriginal(readFileSync(originalFile, 'utf8'), originalFile);
  // What was read as metadata, so the editor can check each guess.
  const read = {
    title: original.title,
    date: original.date,
    time: original.time,
    source: original.sourceName,
    column: original.column,
    reporter: original.reporter && Object.values(original.reporter).join(' '),
    'photo caption': original.photoCaption,
  };
  const optional = new Set(['column', 'reporter', 'photo caption']);
  for (const [field, value] of Object.entries(read)) {
    const missing = optional.has(field) ? '(none in the text: left out)' : '(not in the text: a placeholder)';
    console.log(`${field}: ${value ?? missing}`);
  }
  result = scaffold(original, {
    notesFile: join(folder, notesFileName),
    schemaFile: 'content/notes.schema.json',
  });
} catch (error) {
  if (error instanceof OriginalError) fail(error.message);
  throw error;
}
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(result.files)) {
  writeFileSync(join(folder, name), text);
  console.log(`wrote ${join(folder, name)}`);
}
console.log(`${result.figures.length} figures wrapped: ${result.figures.map((figure) => figure.text).join(' ')}`);
console.log(
  'next: fill in every [[TODO: …]], rename the draft figure ids, add the terms; `npm run check:content` lists what is left.',
);
