/**
 * npm run check:content
 *
 * Runs every content check the build runs (src/checks/: frontmatter and notes schemas,
 * structure and alignment, notes, term groups and wording, publishers, placeholders, the
 * notes' schema reference) on CONTENT_ROOT (default content/), without building. Prints
 * one `file:line: problem — fix` per line and exits 1, or prints one OK line and exits 0.
 */
import { existsSync, readdirSync } from 'node:fs';
import { checkArticles } from '../src/checks/index.ts';
import { formatProblem } from '../src/model/content-problem.ts';
import { articlesDir, contentRoot } from '../src/model/layout.ts';

if (!existsSync(articlesDir)) {
  console.log(
    `${articlesDir}: no articles folder here — set CONTENT_ROOT to a content folder, one that holds articles/`,
  );
  process.exit(1);
}
const problems = checkArticles(articlesDir, process.cwd());
if (problems.length > 0) {
  for (const problem of problems) console.log(formatProblem(problem));
  console.error(`${problems.length === 1 ? '1 problem' : `${problems.length} problems`} in ${contentRoot}/`);
  process.exit(1);
}
const articles = readdirSync(articlesDir).length;
console.log(`${contentRoot}/: ${articles === 1 ? '1 article' : `${articles} articles`} checked, no problems`);
