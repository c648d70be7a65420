/**
 * npm run schema
 *
 * Writes content/notes.schema.json from the zod schema (src/schemas/notes.ts). Run it
 * after changing the schema: a unit test fails while the checked-in file is stale.
 */
import { writeFileSync } from 'node:fs';
import { notesJsonSchemaFile } from '../src/model/layout.ts';
import { notesJsonSchema } from '../src/schemas/notes-json-schema.ts';

writeFileSync(notesJsonSchemaFile, notesJsonSchema());
console.log(`wrote ${notesJsonSchemaFile}`);
