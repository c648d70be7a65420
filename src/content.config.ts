import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';

export const collections = {
  /** One entry per article and language: content/articles/<slug>/<locale>.mdx. */
  articles: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './content/articles' }),
    schema: articleSchema,
  }),
};
