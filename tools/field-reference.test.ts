import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { articleSchema } from '../src/schemas/article';
import { notesSchema } from '../src/schemas/notes';
import { publisherSchema } from '../src/schemas/publishers';
import { termGroupSchema } from '../src/schemas/term-groups';
import { documentedFiles, fieldReference, fieldReferenceFile, fieldRows } from './field-reference';

describe('the field reference (docs/fields.md)', () => {
  it('is the one npm run fields writes from the schemas (run it after changing a schema)', async () => {
    expect(readFileSync(fieldReferenceFile, 'utf8')).toBe(await fieldReference());
  });

  // Each file's own fields, read from its zod object (an entry's, for a list): none left out,
  // none marked required that the schema lets go, or the other way round.
  const entryObjects: Record<string, z.ZodObject> = {
    'src/schemas/article.ts': articleSchema,
    'src/schemas/notes.ts': notesSchema,
    'src/schemas/publishers.ts': publisherSchema,
    'src/schemas/term-groups.ts': termGroupSchema,
  };
  it.each(documentedFiles)('lists every field of $file, required exactly when the schema requires it', (file) => {
    const rows = fieldRows(file.schema);
    const object = entryObjects[file.source];
    expect(object).toBeDefined();
    for (const [name, field] of Object.entries(object?.shape ?? {})) {
      const row = rows.find((candidate) => candidate.path === name);
      expect(row, name).toBeDefined();
      expect(row?.required, name).toBe(!field.safeParse(undefined).success);
    }
  });

  it('describes every field, and goes down into nested objects and lists', () => {
    const rows = documentedFiles.flatMap(({ schema }) => fieldRows(schema));
    expect(rows.filter((row) => row.description === '').map((row) => row.path)).toEqual([]);
    const paths = rows.map((row) => row.path);
    expect(paths).toEqual(
      expect.arrayContaining(['source.retrievedFrom.url', 'figures[].sources[].publisher', 'name.en']),
    );
  });
});
