import { z } from 'astro/zod';
import { kebabId } from './ids.ts';
import { siteText } from './notes.ts';

/**
 * The groups of the key-terms page (`content/term-groups.yaml`), shared by every article:
 * each term in notes.yaml names one (`group: <id>`), so how terms are grouped is data.
 */
export const termGroupSchema = z.strictObject({
  id: z
    .string()
    .regex(kebabId, 'use a kebab-case ASCII id, e.g. political-formulas')
    .describe('Stable kebab-case id that terms name in notes.yaml (group: ID); also the heading id on the page.'),
  order: z.int().positive().describe('Where the group comes on the key-terms page: 1 first.'),
  label: siteText.describe('The heading of the group on the key-terms page.'),
  description: siteText.describe('One sentence under the heading: what kind of term the group holds.'),
});

export const termGroupsSchema = z
  .array(termGroupSchema)
  .min(1)
  .describe('Every term group, each with its own id and its own order.');

export type TermGroup = z.infer<typeof termGroupSchema>;
