import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { notesSchema } from './schemas/notes';
import { termGroupSchema } from './schemas/term-groups';

export const collections = {
  /** One entry per article and language: content/articles/<slug>/<locale>.mdx. */
  articles: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './content/articles' }),
    schema: articleSchema,
  }),
  /** The figures and terms each article highlights: content/articles/<slug>/notes.yaml. */
  notes: defineCollection({
    loader: glob({ pattern: '*/notes.yaml', base: './content/articles' }),
    schema: notesSchema,
  }),
  /** The groups of every key-terms page, which terms name: content/term-groups.yaml. */
  termGroups: defineCollection({
    loader: file('content/term-groups.yaml'),
    schema: termGroupSchema,
  }),
};
