/**
 * npm run new-article -- <slug> <original.txt>
 *
 * Writes <CONTENT_ROOT or content>/articles/<slug>/ (zh.mdx, en.mdx, notes.yaml) from a
 * plain-text Chinese original: the header lines placed (tools/scaffold/read-original.ts),
 * the text split into sections, paragraphs and sentences, every quantity a figure with a
 * draft id and a notes stub, every term the site already explains a <Term> with its note,
 * every slogan-like quoted phrase a term stub, the English a placeholder per sentence.
 * Never overwrites: an existing folder is an error. Prints where each line went, and
 * each guess with its line. Exits 1 with file:line and what to fix when the original
 * cannot be read.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesDir, contentRoot, notesFileName, termGroupsFile } from '../src/model/layout.ts';
import { kebabId } from '../src/schemas/ids.ts';
import { knownTerms } from './scaffold/known-terms.ts';
import { OriginalError, readOriginal } from './scaffold/read-original.ts';
import { readText, TextFileError } from './scaffold/read-text.ts';
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

/** The first group of the site's term groups, where a slogan stub starts. */
function firstTermGroup(): string | undefined {
  if (!existsSync(termGroupsFile)) return undefined;
  return /^\s*-\s*id:\s*([a-z0-9-]+)/m.exec(readFileSync(termGroupsFile, 'utf8'))?.[1];
}

const stubGroup = firstTermGroup();
let result;
let original;
try {
  original = readOriginal(readText(originalFile), originalFile);
  const known = knownTerms(contentRoot);
  for (const warning of known.warnings) console.warn(`warning: ${warning}`);
  result = scaffold(original, {
    notesFile: join(folder, notesFileName),
    schemaFile: 'content/notes.schema.json',
    knownTerms: known.terms,
    ...(stubGroup === undefined ? {} : { stubGroup }),
  });
} catch (error) {
  if (error instanceof OriginalError || error instanceof TextFileError) fail(error.message);
  throw error;
}
for (const placement of original.placements) {
  const line = `${originalFile}:${placement.line}: ${placement.role} → ${placement.into}`;
  console.log(placement.guess === true ? `${line} (a guess: check it)` : line);
}
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(result.files)) {
  writeFileSync(join(folder, name), text);
  console.log(`wrote ${join(folder, name)}`);
}
const guesses = original.placements.filter((placement) => placement.guess === true).length;
const known = [...new Set(result.terms.filter((term) => term.known !== undefined).map((term) => term.id))];
const stubs = [...new Set(result.terms.filter((term) => term.known === undefined).map((term) => `“${term.text}”`))];
console.log(
  `${original.placements.length} lines placed (${guesses} guessed); ${result.figures.length} figures wrapped: ${result.figures.map((figure) => figure.text).join(' ')}`,
);
console.log(`${known.length} known terms proposed, with their notes: ${known.join(' ')}`);
console.log(`${stubs.length} slogan stubs to confirm: ${stubs.join(' ')}`);
console.log(
  'next: fill in every [[TODO: …]], rename the draft figure and term ids, confirm the stubs; `npm run check:content` lists what is left.',
);
