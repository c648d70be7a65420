import { z } from 'astro/zod';
import { notesSchema } from './notes.ts';

/**
 * The notes schema as JSON Schema (content/notes.schema.json), which each notes.yaml names
 * on its first line so editors complete and validate it as they type. Generated from the
 * zod schema with zod's own converter, descriptions included. The input side (`io:
 * 'input'`): what the YAML may hold, before zod's transforms. Draft-07, the draft YAML
 * language servers support best. Cross-field rules (a pair has two values) and the
 * content checks are not expressible here: `npm run check:content` runs those.
 */
export function notesJsonSchema(): string {
  const schema = z.toJSONSchema(notesSchema, { io: 'input', target: 'draft-7' });
  const { $schema, ...rest } = schema;
  const published = {
    $schema,
    title: 'notes.yaml',
    description:
      'The explanatory notes of one article: every figure and term its MDX highlights. Generated from src/schemas/notes.ts by `npm run schema`; do not edit.',
    ...rest,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
