import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { besideArticles, publishersFileName } from '../model/layout.ts';
import { notesSchema } from '../schemas/notes.ts';
import type { Publisher } from '../schemas/publishers.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { readPublishers } from './source-publishers.ts';
import { lineOfYamlPath, readYamlData } from './yaml-data.ts';

/**
 * Every cited URL on a host whose page addresses have a known shape
 * (content/publishers.yaml, `pagePaths`) has a path of that shape, so a slip in copying
 * an address — `.html` for `.htm`, `2017-07-07` for `2017-07/07` — fails the build with
 * the file, the line and a well-formed example, instead of sending readers to a dead page.
 * Hosts with no known shape are not checked. Unknown publishers, hosts off a publisher's
 * domains and a malformed table are the publisher check's to report (source-publishers.ts).
 */
export function checkSourceUrlShapes(
  notesFile: string,
  notesSource: string,
  publishers: ReadonlyMap<string, Publisher>,
  publishersFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const notes = readYamlData(notesSource, notesFile, notesSchema, 'src/schemas/notes.ts', []);
  if (notes === undefined) return problems;
  for (const list of ['figures', 'terms'] as const) {
    notes[list].forEach((entry, index) => {
      entry.sources.forEach((source, sourceIndex) => {
        const url = new URL(source.url);
        const host = url.hostname.toLowerCase();
        const shape = publishers.get(source.publisher)?.pagePaths?.find((page) => page.host === host);
        if (shape === undefined || new RegExp(shape.pattern, 'u').test(url.pathname)) return;
        problems.push({
          file: notesFile,
          line: lineOfYamlPath(notesSource, [list, index, 'sources', sourceIndex, 'url']),
          message: `source of "${entry.id}" has a malformed address: ${host} pages are ${shape.shape}, and ${url.pathname} is not`,
          fix: `check the address on the publisher's site; a well-formed one reads ${url.protocol}//${host}${shape.example} (the shape is in ${publishersFile}, pagePaths)`,
        });
      });
    });
  }
  return problems;
}

/** Checks the source URLs of every article under `articlesDir` against the known page shapes. */
export function checkPublishedUrlShapes(articlesDir: string, root: string): ContentProblem[] {
  const publishersPath = besideArticles(articlesDir, publishersFileName);
  if (!existsSync(publishersPath)) return [];
  const publishersFile = relative(root, publishersPath);
  // The table's own problems are reported once, by checkPublishedSources.
  const publishers = readPublishers(readFileSync(publishersPath, 'utf8'), publishersFile, []);
  if (publishers === undefined) return [];
  const problems: ContentProblem[] = [];
  for (const entry of readdirSync(articlesDir).sort()) {
    const notesPath = join(articlesDir, entry, 'notes.yaml');
    if (!statSync(join(articlesDir, entry)).isDirectory() || !existsSync(notesPath)) continue;
    problems.push(
      ...checkSourceUrlShapes(relative(root, notesPath), readFileSync(notesPath, 'utf8'), publishers, publishersFile),
    );
  }
  return problems;
}
