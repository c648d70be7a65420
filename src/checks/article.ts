import { contentLocales, isContentLocale, type ContentLocale } from '../i18n/languages.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { checkReadings } from '../components/word-help/readings.ts';
import { editionFileName, notesFileName, readingsFileName } from '../model/layout.ts';
import { parseEdition } from '../model/parse-once.ts';
import { kebabId } from '../schemas/ids.ts';
import { checkAlignment } from './alignment.ts';
import type { ArticleCheck, ArticleVersion } from './article-version.ts';
import { checkEditions } from './editions.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkNotes } from './notes-integrity.ts';
import { findPlaceholders } from './placeholders.ts';
import { checkSourceSentences } from './source-sentences.ts';
import { checkTermWording } from './term-wording.ts';

/** The checks of each language version on its own, in the order their problems are listed. */
const versionChecks: ReadonlyArray<(version: ArticleVersion) => ContentProblem[]> = [
  checkFrontmatter,
  checkSourceSentences,
];

/** The checks across an article's versions and notes, once every version is read. */
const articleChecks: readonly ArticleCheck[] = [
  checkEditions,
  checkAlignment,
  checkNotes,
  checkTermWording,
  checkReadings,
];

/**
 * Checks one article folder: every language present and valid, and every translation
 * aligned with the original, and its highlights matching its notes. `files` maps file
 * names (zh.mdx, notes.yaml) to their text; `termGroups` are the ids terms may name
 * (undefined when the groups file is itself broken: that is reported on its own).
 */
export function checkArticle(
  folder: string,
  files: ReadonlyMap<string, string>,
  termGroups: ReadonlySet<string> | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const versions = new Map<ContentLocale, ArticleVersion>();
  const slug = folder.split('/').at(-1) ?? folder;

  if (!kebabId.test(slug)) {
    problems.push({
      file: folder,
      message: `article folder "${slug}" is not a kebab-case ASCII name`,
      fix: 'rename the folder: it is the article URL, e.g. sichuan-police-2019',
    });
  }
  for (const [name, source] of files) problems.push(...findPlaceholders(`${folder}/${name}`, source));
  for (const [name, source] of files) {
    if (name === notesFileName || name === readingsFileName) continue;
    const file = `${folder}/${name}`;
    const locale = name.replace(/\.mdx$/, '');
    if (!name.endsWith('.mdx') || !isContentLocale(locale)) {
      problems.push({
        file,
        message: `"${name}" is not a language file`,
        fix: `name article files after their language: ${contentLocales.map(editionFileName).join(', ')}`,
      });
      continue;
    }
    const { structure, problems: found } = parseEdition(source, file);
    problems.push(...found);
    if (structure === undefined) continue;
    const version = { locale, file, source, structure };
    versions.set(locale, version);
    // Frontmatter that is not YAML is one problem, not one per field it would have held.
    const unreadFrontmatter = found.some((problem) => problem.message.startsWith('frontmatter is not valid YAML'));
    for (const check of versionChecks) {
      if (!(unreadFrontmatter && check === checkFrontmatter)) problems.push(...check(version));
    }
  }
  const article = { folder, files, versions, notesSource: files.get(notesFileName), termGroups };
  for (const check of articleChecks) problems.push(...check(article));
  return problems;
}
