import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../model/content-problem';
import { minimal, messages } from './fixtures/minimal';
import { checkPublishedSources, checkSourcePublishers, citedSources, readPublishers } from './source-publishers';

const publishersYaml = readFileSync(fileURLToPath(new URL('./fixtures/publishers.yaml', import.meta.url)), 'utf8');
const notesFile = 'content/articles/minimal/notes.yaml';
const publishersFile = 'content/publishers.yaml';

function checkNotesText(notes: string, table = publishersYaml): string {
  const problems: ContentProblem[] = [];
  const publishers = readPublishers(table, publishersFile, problems);
  if (publishers !== undefined)
    problems.push(...checkSourcePublishers(notesFile, citedSources(notesFile, notes), publishers, publishersFile));
  return messages(problems);
}

function edit(text: string, from: string, to: string): string {
  const changed = text.replace(from, to);
  expect(changed, `fixture edit ${from} must change the text`).not.toBe(text);
  return changed;
}

describe('source publisher checks', () => {
  it('accept a source on its publisher’s domain', () => {
    expect(checkNotesText(minimal['notes.yaml'])).toBe('');
  });

  it('accept a subdomain of a publisher’s domain', () => {
    const notes = edit(minimal['notes.yaml'], 'https://example.org/', 'https://english.example.org/');
    expect(checkNotesText(notes)).toBe('');
  });

  it('reject a source on a host that is not its publisher’s, naming file and line', () => {
    const notes = edit(minimal['notes.yaml'], 'https://example.org/', 'https://mirror-of-example.net/');
    expect(checkNotesText(notes)).toContain(
      `${notesFile}:45: source of "four-consciousnesses" is on mirror-of-example.net, which is not a domain of "example-press" (example.org)`,
    );
  });

  it('accept a DOI for any publisher', () => {
    const notes = edit(
      minimal['notes.yaml'],
      'https://example.org/four-consciousnesses',
      'https://doi.org/10.1000/182',
    );
    expect(checkNotesText(notes)).toBe('');
  });

  it('reject a look-alike host that only ends with the domain’s letters', () => {
    const notes = edit(minimal['notes.yaml'], 'https://example.org/', 'https://notexample.org/');
    expect(checkNotesText(notes)).toContain('is on notexample.org, which is not a domain of "example-press"');
  });

  it('reject a source on another publisher’s site', () => {
    const notes = edit(minimal['notes.yaml'], 'publisher: example-press', 'publisher: other-press');
    expect(checkNotesText(notes)).toContain('is on example.org, which is not a domain of "other-press"');
  });

  it('reject an unknown publisher, naming its line', () => {
    const notes = edit(minimal['notes.yaml'], 'publisher: example-press', 'publisher: example-times');
    expect(checkNotesText(notes)).toContain(
      `${notesFile}:47: source of "four-consciousnesses" names publisher "example-times", which ${publishersFile} does not list`,
    );
  });

  it('reject a publisher table entry without domains, naming its line', () => {
    const table = edit(publishersYaml, '  domains:\n    - www.other.example\n', '  domains: []\n');
    expect(checkNotesText(minimal['notes.yaml'], table)).toMatch(/content\/publishers\.yaml:11: 1\.domains is invalid/);
  });

  it('reject a domain written as a URL', () => {
    const table = edit(publishersYaml, '- example.org', '- https://example.org/');
    expect(checkNotesText(minimal['notes.yaml'], table)).toContain('use a lower-case host name');
  });

  it('reject the same domain listed for two publishers', () => {
    const table = edit(publishersYaml, '- www.other.example', '- example.org');
    expect(checkNotesText(minimal['notes.yaml'], table)).toContain(
      'domain example.org is listed for both "example-press" and "other-press"',
    );
  });

  it('reject a duplicate publisher id', () => {
    const table = edit(publishersYaml, 'id: other-press', 'id: example-press');
    expect(checkNotesText(minimal['notes.yaml'], table)).toContain('publisher id "example-press" is used twice');
  });
});

describe('source publisher checks on a content folder', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  function contentFolder(withTable: boolean): string {
    dir = mkdtempSync(join(tmpdir(), 'publishers-'));
    mkdirSync(join(dir, 'content', 'articles', 'minimal'), { recursive: true });
    const notes = edit(minimal['notes.yaml'], 'https://example.org/', 'https://copy.example.net/');
    writeFileSync(join(dir, 'content', 'articles', 'minimal', 'notes.yaml'), notes);
    if (withTable) writeFileSync(join(dir, 'content', 'publishers.yaml'), publishersYaml);
    return dir;
  }

  it('report a wrong host in an article’s notes, relative to the project root', () => {
    const root = contentFolder(true);
    const problems = checkPublishedSources(join(root, 'content', 'articles'), root);
    expect(messages(problems)).toContain(`${notesFile}:45: source of "four-consciousnesses" is on copy.example.net`);
  });

  it('report a missing table of publishers', () => {
    const root = contentFolder(false);
    const problems = checkPublishedSources(join(root, 'content', 'articles'), root);
    expect(messages(problems)).toContain('content/publishers.yaml: the table of publishers is missing');
  });
});
