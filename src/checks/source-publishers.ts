import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { besideArticles, publishersFileName } from '../model/layout.ts';
import { notesSchema, type Source } from '../schemas/notes.ts';
import { hostIsOn, publishersSchema, type Publisher } from '../schemas/publishers.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { lineOfYamlPath, readYamlData } from './yaml-data.ts';

/** The DOI resolver: a DOI names its work wherever it is hosted, so it may stand for any publisher. */
const doiHost = 'doi.org';

/** Reads and validates the publisher table; undefined (with problems) when it is unusable. */
export function readPublishers(
  source: string,
  file: string,
  problems: ContentProblem[],
): ReadonlyMap<string, Publisher> | undefined {
  const data = readYamlData(source, file, publishersSchema, 'src/schemas/publishers.ts', problems);
  if (data === undefined) return undefined;
  const publishers = new Map<string, Publisher>();
  const owners = new Map<string, string>();
  data.forEach((publisher, index) => {
    if (publishers.has(publisher.id)) {
      problems.push({
        file,
        line: lineOfYamlPath(source, [index]),
        message: `publisher id "${publisher.id}" is used twice`,
        fix: 'give every publisher one entry, listing all its domains',
      });
    }
    publishers.set(publisher.id, publisher);
    for (const domain of publisher.domains) {
      const owner = owners.get(domain);
      if (owner !== undefined && owner !== publisher.id) {
        problems.push({
          file,
          line: lineOfYamlPath(source, [index, 'domains']),
          message: `domain ${domain} is listed for both "${owner}" and "${publisher.id}"`,
          fix: 'a domain belongs to one publisher: keep it on the one that runs the site',
        });
      }
      owners.set(domain, publisher.id);
    }
    publisher.pagePaths?.forEach((page, pageIndex) => {
      if (hostIsOn(page.host, publisher.domains)) return;
      problems.push({
        file,
        line: lineOfYamlPath(source, [index, 'pagePaths', pageIndex, 'host']),
        message: `page shape for ${page.host} is listed under "${publisher.id}", whose domains (${publisher.domains.join(', ')}) do not cover it`,
        fix: 'give the shape of a host the publisher publishes on, or add that host to its domains',
      });
    });
  });
  return publishers;
}

/** One source of a notes file, with the id of its note and the line of any of its keys. */
export interface CitedSource {
  noteId: string;
  source: Source;
  lineOf: (key: keyof Source) => number | undefined;
}

/**
 * Every source cited in one notes.yaml. Notes that do not validate give none: the notes
 * checks report them.
 */
export function citedSources(notesFile: string, notesSource: string): CitedSource[] {
  const notes = readYamlData(notesSource, notesFile, notesSchema, 'src/schemas/notes.ts', []);
  if (notes === undefined) return [];
  return (['figures', 'terms'] as const).flatMap((list) =>
    notes[list].flatMap((entry, index) =>
      entry.sources.map((source, sourceIndex) => ({
        noteId: entry.id,
        source,
        lineOf: (key: keyof Source) => lineOfYamlPath(notesSource, [list, index, 'sources', sourceIndex, key]),
      })),
    ),
  );
}

/** A check of the sources one notes.yaml cites, against the publisher table. */
export type SourcesCheck = (
  notesFile: string,
  sources: readonly CitedSource[],
  publishers: ReadonlyMap<string, Publisher>,
  publishersFile: string,
) => ContentProblem[];

/** Every source of one notes.yaml names a known publisher and lies on one of its domains. */
export const checkSourcePublishers: SourcesCheck = (notesFile, sources, publishers, publishersFile) => {
  const problems: ContentProblem[] = [];
  for (const { noteId, source, lineOf } of sources) {
    const publisher = publishers.get(source.publisher);
    if (publisher === undefined) {
      problems.push({
        file: notesFile,
        line: lineOf('publisher'),
        message: `source of "${noteId}" names publisher "${source.publisher}", which ${publishersFile} does not list`,
        fix: `fix the id, or add the publisher (its names and domains) to ${publishersFile}`,
      });
      continue;
    }
    const host = new URL(source.url).hostname;
    if (host !== doiHost && !hostIsOn(host, publisher.domains)) {
      problems.push({
        file: notesFile,
        line: lineOf('url'),
        message: `source of "${noteId}" is on ${host}, which is not a domain of "${publisher.id}" (${publisher.domains.join(', ')})`,
        fix: "cite the page on its publisher's own site (a copy usually keeps the original's path), or name the right publisher",
      });
    }
  }
  return problems;
};

/**
 * Runs `checks` (by default the publisher check) on the sources of every article under
 * `articlesDir`, against content/publishers.yaml: the table and each notes.yaml are read
 * once for all of them.
 */
export function checkPublishedSources(
  articlesDir: string,
  root: string,
  checks: readonly SourcesCheck[] = [checkSourcePublishers],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const publishersPath = besideArticles(articlesDir, publishersFileName);
  const publishersFile = relative(root, publishersPath);
  if (!existsSync(publishersPath)) {
    return [{ file: publishersFile, message: 'the table of publishers is missing', fix: `add ${publishersFile}` }];
  }
  const publishers = readPublishers(readFileSync(publishersPath, 'utf8'), publishersFile, problems);
  if (publishers === undefined) return problems;
  for (const entry of readdirSync(articlesDir).sort()) {
    const notesPath = join(articlesDir, entry, 'notes.yaml');
    if (!statSync(join(articlesDir, entry)).isDirectory() || !existsSync(notesPath)) continue;
    const notesFile = relative(root, notesPath);
    const sources = citedSources(notesFile, readFileSync(notesPath, 'utf8'));
    for (const check of checks) problems.push(...check(notesFile, sources, publishers, publishersFile));
  }
  return problems;
}
