import { z } from 'astro/zod';
import { contentLocales, languageTag, sourceLocale, type ContentLocale } from '../i18n/languages.ts';
import { kebabId } from './ids.ts';

/**
 * The explanatory notes of one article (`content/articles/<slug>/notes.yaml`): every
 * figure and every term the article's MDX highlights with <Fig id> and <Term id>.
 */

const noteId = z
  .string()
  .regex(kebabId, 'use a kebab-case ASCII id, e.g. fugitives-caught')
  .describe('Stable kebab-case id; the MDX refers to it and readers share it as #fig-ID / #term-ID.');

const localizedShape = Object.fromEntries(
  contentLocales.map((locale) => {
    const text = z.string().trim().min(1).describe(`${languageTag[locale]}.`);
    return [locale, locale === sourceLocale ? text : text.optional()];
  }),
) as { [L in ContentLocale]: z.ZodOptional<z.ZodString> };

/** Site-wide text (term groups): every written language required, keyed by locale. */
export const siteText = z
  .strictObject(
    Object.fromEntries(
      contentLocales.map((locale) => [locale, z.string().trim().min(1).describe(`${languageTag[locale]}.`)]),
    ) as { [L in ContentLocale]: z.ZodString },
  )
  .describe('Text in every language the site is written in, keyed by locale: zh, en.');

/**
 * The same text in each written language, keyed by locale (zh, en). The original's
 * language is required; a translation's is required only of articles published in it
 * (a content check says which are missing), so a new language can be rolled out one
 * article at a time. Pages only read the languages their article has.
 */
export const localizedText = z
  .strictObject(localizedShape)
  .transform((text) => text as Record<ContentLocale, string>)
  .describe('Text in each language the article is written in, keyed by locale: zh, en.');

/** Where a fact from outside the article comes from. */
export const sourceSchema = z.strictObject({
  url: z
    .url({ protocol: /^https?$/ })
    .describe(
      "Address of the page that states the fact, on its publisher's own site; a DOI (https://doi.org/…) for academic work.",
    ),
  title: z.string().min(1).describe('Title of that page, as it names itself.'),
  publisher: z
    .string()
    .regex(kebabId, 'use the kebab-case id of a publisher in content/publishers.yaml')
    .describe(
      'Id of who published the page, from content/publishers.yaml; the URL must be on one of its domains (no mirrors or reposts).',
    ),
  supports: z.string().min(1).describe('Which fact of the note this source supports.'),
});

const noteFields = {
  id: noteId,
  explanation: localizedText.describe('For a newcomer, 1–4 sentences: what it is and why it matters.'),
  notStated: localizedText
    .optional()
    .describe('What the article does not say that a reader would want to know; never guessed.'),
  sources: z
    .array(sourceSchema)
    .describe('Every fact from outside the article, with its source; empty when the note uses the article alone.'),
};

export const figureKinds = [
  'count',
  'percent',
  'change',
  'money',
  'ratio',
  'duration',
  'rank',
  'pair',
  'range',
  'multiple',
] as const;

/** A quantity the article states. */
export const figureSchema = z
  .strictObject({
    ...noteFields,
    kind: z
      .enum(figureKinds)
      .describe(
        'count, percent (a share), change (year on year), money, ratio (1/8), duration, rank (2nd), pair (before → after), range (3至5年: low, high), multiple (提升1倍 = +100%).',
      ),
    values: z
      .array(z.number())
      .min(1)
      .describe(
        'The normalized number(s) the highlighted text states, in reading order: 17.5万 → 175000, 1.3亿 → 130000000, 87.6% → 87.6, 1/8 → 0.125, 1倍 → 100 (percent increase), 第二 → 2; a pair and a range (3至5年 → 3, 5) have two.',
      ),
    label: localizedText.describe('A short name for tables and charts: 抓获在逃人员 / Fugitives caught.'),
    unit: localizedText.describe('What the number is in: 人 / people, 元 / yuan, % …'),
    qualifier: z
      .enum(['more-than', 'at-most'])
      .optional()
      .describe('When the article gives a bound rather than an exact number (8500余 → more-than, 5人以下 → at-most).'),
    direction: z.enum(['up', 'down']).optional().describe('For changes and pairs: whether the quantity rose or fell.'),
    counts: localizedText.describe('What is counted: who, what, where, when, strictly as the article says.'),
    context: localizedText
      .optional()
      .describe(
        'Arithmetic that follows from the article (2505 → 502 is −80%; 1/8 = 12.5%), or sourced outside facts.',
      ),
    labels: localizedText
      .array()
      .optional()
      .describe('For pairs: what each value is (2013年 / in 2013, 报道时 / at the time of reporting).'),
  })
  .superRefine((figure, ctx) => {
    if (figure.kind === 'pair' && figure.values.length !== 2) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'a pair has exactly two values (before, after)' });
    }
    if (figure.kind === 'range' && (figure.values.length !== 2 || (figure.values[0] ?? 0) > (figure.values[1] ?? 0))) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'a range has exactly two values, low then high' });
    }
    if (figure.kind !== 'pair' && figure.kind !== 'range' && figure.values.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: `a ${figure.kind} has exactly one value` });
    }
    if (figure.kind === 'pair' && figure.labels?.length !== 2) {
      ctx.addIssue({ code: 'custom', path: ['labels'], message: 'a pair labels both of its values' });
    }
    if (figure.kind === 'change' && figure.direction === undefined) {
      ctx.addIssue({ code: 'custom', path: ['direction'], message: 'a change says whether it is up or down' });
    }
  });

/** English shown in a lang="en" span: Chinese in it would be read in the wrong voice. */
const englishOnly = z
  .string()
  .trim()
  .min(1)
  .regex(/^\P{Script=Han}*$/u, 'write it in English: the Chinese name is name.zh');

/** A wording of a term in the translation that is not its English name, and why. */
export const articleWordingSchema = z.strictObject({
  text: z.string().trim().min(1).describe('The highlighted English wording exactly as en.mdx writes it.'),
  reason: z
    .string()
    .trim()
    .min(1)
    .describe('Why the article words the term differently from name.en (for editors; not shown to readers).'),
});

/** A slogan, campaign or institution a newcomer cannot decode. */
export const termSchema = z.strictObject({
  ...noteFields,
  group: z
    .string({ error: 'every term names its group, one of the ids in content/term-groups.yaml' })
    .regex(kebabId, 'use the kebab-case id of a group in content/term-groups.yaml')
    .describe('The id of its group on the key-terms page (content/term-groups.yaml): how a reader looks it up.'),
  name: localizedText.describe(
    'The term as the article writes it (zh) and its English rendering (en), which the English article uses word for word; a term with several parts the article highlights separately lists them separated by "; " (公安部、省公安厅 / Ministry of Public Security; Sichuan Provincial Public Security Department).',
  ),
  literal: englishOnly
    .optional()
    .describe('A word-for-word English gloss of the Chinese name, where name.en departs from it; shown to readers.'),
  alsoRendered: z
    .array(englishOnly)
    .min(1)
    .optional()
    .describe(
      'Other English renderings a reader may meet elsewhere (e.g. in Xinhua); shown to readers, never used in the article.',
    ),
  articleWording: z
    .array(articleWordingSchema)
    .min(1)
    .optional()
    .describe(
      'English wordings of the term in the article that differ from name.en, each with its reason; the build accepts no other.',
    ),
  rendering: z
    .enum(['standard', 'literal'])
    .describe('standard: the English rendering official media use (see sources); literal: our translation.'),
});

export const notesSchema = z.strictObject({
  figures: z.array(figureSchema).describe('Every figure the article highlights, in reading order.'),
  terms: z.array(termSchema).describe('Every term the article highlights.'),
});

export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Term = z.infer<typeof termSchema>;
export type Notes = z.infer<typeof notesSchema>;
