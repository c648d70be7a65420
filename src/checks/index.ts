import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../model/content-problem.ts';
import { besideArticles, notesFileName, readingsFileName, termGroupsFileName } from '../model/layout.ts';
import { checkArticle } from './article.ts';
import { checkSchemaReference } from './schema-reference.ts';
import { checkPublishedSources, checkSourcePublishers } from './source-publishers.ts';
import { checkSourceUrlShapes } from './source-url-shapes.ts';
import { readTermGroups } from './term-groups.ts';
import { readTextFile } from './text-file.ts';

/**
 * Checks every article under `articlesDir`, and the term groups beside it; paths in
 * problems are relative to `root`.
 */
export function checkArticles(articlesDir: string, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const groupsPath = besideArticles(articlesDir, termGroupsFileName);
  const groupsFile = relative(root, groupsPath);
  let groups: ReadonlySet<string> | undefined;
  try {
    const read = readTermGroups(readFileSync(groupsPath, 'utf8'), groupsFile, problems);
    groups = read === undefined ? undefined : new Set(read.map((group) => group.id));
  } catch {
    problems.push({
      file: groupsFile,
      message: 'the term groups are missing',
      fix: 'add content/term-groups.yaml: the groups of the key-terms page (src/schemas/term-groups.ts)',
    });
  }
  for (const entry of readdirSync(articlesDir).sort()) {
    const path = join(articlesDir, entry);
    const folder = relative(root, path);
    if (!statSync(path).isDirectory()) {
      problems.push({
        file: folder,
        message: 'a file outside any article folder',
        fix: 'move it into content/articles/<slug>/',
      });
      continue;
    }
    const files = new Map<string, string>();
    const unreadable: ContentProblem[] = [];
    for (const name of readdirSync(path).sort()) {
      if (!name.endsWith('.mdx') && name !== notesFileName && name !== readingsFileName) continue;
      // Too large, binary, not UTF-8 or empty: said once, with its line, and the file left unread.
      const read = readTextFile(join(path, name));
      if ('problem' in read) unreadable.push({ file: join(folder, name), ...read.problem });
      else if (read.text.trim() === '')
        unreadable.push({
          file: join(folder, name),
          line: 1,
          message: 'the file is empty',
          fix:
            name === notesFileName
              ? 'write its figures and terms (see an existing notes.yaml), or remove the file'
              : 'write the edition (frontmatter, then the body), or remove the file',
        });
      else files.set(name, read.text);
    }
    // The article's other checks would only repeat that a file is missing.
    if (unreadable.length > 0) {
      problems.push(...unreadable);
      continue;
    }
    const notes = files.get(notesFileName);
    if (notes !== undefined) {
      problems.push(...checkSchemaReference(join(folder, notesFileName), join(path, notesFileName), notes, root));
    }
    problems.push(...checkArticle(folder, files, groups));
  }
  problems.push(...checkPublishedSources(articlesDir, root, [checkSourcePublishers, checkSourceUrlShapes]));
  return problems;
}
