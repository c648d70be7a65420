import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articlesDir, editionPattern, notesPattern, publishersFile, termGroupsFile } from './model/layout';
import { articleSchema } from './schemas/article';
import { notesSchema } from './schemas/notes';
import { publisherSchema } from './schemas/publishers';
import { termGroupSchema } from './schemas/term-groups';

export const collections = {
  /** One entry per article and language: content/articles/<slug>/<locale>.mdx. */
  articles: defineCollection({
    loader: glob({ pattern: editionPattern, base: articlesDir }),
    schema: articleSchema,
  }),
  /** The figures and terms each article highlights: content/articles/<slug>/notes.yaml. */
  notes: defineCollection({
    loader: glob({ pattern: notesPattern, base: articlesDir }),
    schema: notesSchema,
  }),
  /** Who publishes the sources the notes cite: content/publishers.yaml. */
  publishers: defineCollection({
    loader: file(publishersFile),
    schema: publisherSchema,
  }),
  /** The groups of every key-terms page, which terms name: content/term-groups.yaml. */
  termGroups: defineCollection({
    loader: file(termGroupsFile),
    schema: termGroupSchema,
  }),
};
