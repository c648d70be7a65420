import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../model/content-problem';
import { messages } from './fixtures/minimal';
import { checkPublishedSources, citedSources, readPublishers } from './source-publishers';
import { checkSourceUrlShapes } from './source-url-shapes';

const fixtures = fileURLToPath(new URL('./fixtures/url-shapes/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const publishersYaml = readFileSync(`${fixtures}publishers.yaml`, 'utf8');
const notesYaml = readFileSync(`${fixtures}articles/legalinfo/notes.yaml`, 'utf8');
const notesFile = 'content/articles/x/notes.yaml';

function check(notes: string, table = publishersYaml): { problems: ContentProblem[]; tableProblems: string } {
  const tableProblems: ContentProblem[] = [];
  const publishers = readPublishers(table, 'content/publishers.yaml', tableProblems);
  if (publishers === undefined) return { problems: [], tableProblems: messages(tableProblems) };
  return {
    problems: checkSourceUrlShapes(notesFile, citedSources(notesFile, notes), publishers, 'content/publishers.yaml'),
    tableProblems: messages(tableProblems),
  };
}

describe('source URL shapes', () => {
  it('fail the build on the fixture’s miscopied legalinfo address, with file, line and the fix', () => {
    const problems = checkPublishedSources(`${fixtures}articles`, root, [checkSourceUrlShapes]);
    expect(messages(problems)).toBe(
      'src/checks/fixtures/url-shapes/articles/legalinfo/notes.yaml:36: source of "diversified-dispute-resolution" has a malformed address: english.legalinfo.gov.cn pages are /YYYY-MM/DD/content_N.htm, and /2017-07-07/content_30036093.htm is not — check the address on the publisher\'s site; a well-formed one reads http://english.legalinfo.gov.cn/2017-07/07/content_30036093.htm (the shape is in src/checks/fixtures/url-shapes/publishers.yaml, pagePaths)',
    );
  });

  it('accept the same address well-formed', () => {
    const fixed = notesYaml.replace('2017-07-07/content', '2017-07/07/content');
    expect(fixed).not.toBe(notesYaml);
    expect(check(fixed).problems).toEqual([]);
  });

  it('reject .html where the host serves .htm', () => {
    const notes = notesYaml.replace('2017-07-07/content_30036093.htm', '2017-07/07/content_30036093.html');
    expect(messages(check(notes).problems)).toContain('and /2017-07/07/content_30036093.html is not');
  });

  it('leave hosts with no known shape alone', () => {
    const notes = notesYaml.replaceAll('http://english.legalinfo.gov.cn/', 'http://www.legalinfo.gov.cn/');
    expect(check(notes).problems).toEqual([]);
  });

  it('reject a table whose example does not match its own pattern', () => {
    const table = publishersYaml.replace('example: /2017-07/07/content_30036093.htm', 'example: /2017-07-07/x.htm');
    expect(check(notesYaml, table).tableProblems).toContain('the example does not match the pattern');
  });

  it('reject a pattern that is not a regular expression', () => {
    const table = publishersYaml.replace(String.raw`'^/\d{4}`, String.raw`'^/(\d{4}`);
    expect(check(notesYaml, table).tableProblems).toContain('write a JavaScript regular expression that compiles');
  });

  it('reject a shape for a host off the publisher’s domains', () => {
    const table = publishersYaml.replace('host: english.legalinfo.gov.cn', 'host: english.example.org');
    expect(check(notesYaml, table).tableProblems).toContain(
      'page shape for english.example.org is listed under "ministry-of-justice", whose domains (legalinfo.gov.cn) do not cover it',
    );
  });
});
