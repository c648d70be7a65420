import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messages } from './fixtures/minimal';
import { checkSchemaReference } from './schema-reference';

const root = fileURLToPath(new URL('../../', import.meta.url));
const real = 'content/articles/sichuan-police-2019/notes.yaml';
const fixture = 'e2e/fixtures/content/articles/holiday-notice/notes.yaml';
const check = (file: string, source: string) => messages(checkSchemaReference(file, `${root}${file}`, source, root));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');

describe("a notes.yaml's JSON Schema reference", () => {
  it('is accepted where it leads to content/notes.schema.json, in the real content and the fixtures', () => {
    expect(check(real, read(real))).toBe('');
    expect(check(fixture, read(fixture))).toBe('');
  });

  it('is required on the first line, and the fix gives the line to write', () => {
    const without = read(real).split('\n').slice(1).join('\n');
    expect(check(real, without)).toBe(
      `${real}:1: notes.yaml does not start with its JSON Schema reference — make its first line: # yaml-language-server: $schema=../../notes.schema.json`,
    );
    expect(check(fixture, `# a comment\n${read(fixture)}`)).toContain(
      '$schema=../../../../../content/notes.schema.json',
    );
  });

  it('must lead to the schema: a path that leads nowhere fails', () => {
    const wrong = read(fixture).replace('$schema=../../../../../content/', '$schema=../../../../content/');
    expect(check(fixture, wrong)).toBe(
      `${fixture}:1: the JSON Schema reference points at ../../../../content/notes.schema.json, which is not content/notes.schema.json — make the first line: # yaml-language-server: $schema=../../../../../content/notes.schema.json`,
    );
  });
});
