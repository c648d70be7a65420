import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notesJsonSchema } from './notes-json-schema';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');
const published = read('content/notes.schema.json');
// The one format the schema uses, checked as browsers parse addresses (no ajv-formats needed).
const formats = { uri: (value: string) => URL.canParse(value) };
const validate = new Ajv({ allErrors: true, strict: true, formats }).compile(JSON.parse(published));
const notesFiles = [
  'content/articles/sichuan-police-2019/notes.yaml',
  'e2e/fixtures/content/articles/county-report/notes.yaml',
  'e2e/fixtures/content/articles/holiday-notice/notes.yaml',
];
const errorsOf = (data: unknown) =>
  validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);

describe('the notes JSON Schema (content/notes.schema.json)', () => {
  it('is the one npm run schema writes from src/schemas/notes.ts (run it after changing the schema)', () => {
    expect(published).toBe(notesJsonSchema());
  });

  it.each(notesFiles)('accepts %s', (file) => {
    expect(errorsOf(yaml.load(read(file)))).toEqual([]);
  });

  it('rejects what the build rejects: an unknown field, a wrong kind, a missing language, a non-kebab id', () => {
    const notes = yaml.load(read(notesFiles[1] ?? '')) as { figures: Record<string, unknown>[] };
    const first = notes.figures[0] ?? {};
    const broken = {
      ...notes,
      figures: [{ ...first, id: 'Cases_Solved', kind: 'tally', colour: 'red', label: { en: 'Cases' } }],
    };
    expect(errorsOf(broken)).toEqual(
      expect.arrayContaining([
        '/figures/0 must NOT have additional properties',
        '/figures/0/id must match pattern "^[a-z0-9]+(?:-[a-z0-9]+)*$"',
        '/figures/0/kind must be equal to one of the allowed values',
        "/figures/0/label must have required property 'zh'",
      ]),
    );
  });

  it('describes every field, as an editor sees it on hover', () => {
    const undescribed: string[] = [];
    let fields = 0;
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const { properties, ...rest } = node as { properties?: Record<string, { description?: string }> };
      for (const [key, field] of Object.entries(properties ?? {})) {
        fields += 1;
        if (typeof field.description !== 'string' || field.description === '') undescribed.push(`${path}.${key}`);
        walk(field, `${path}.${key}`);
      }
      for (const [key, child] of Object.entries(rest)) walk(child, `${path}/${key}`);
    };
    walk(JSON.parse(published), '');
    expect(fields).toBeGreaterThan(40);
    expect(undescribed).toEqual([]);
  });
});
