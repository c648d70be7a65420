import { z } from 'astro/zod';
import { contentLanguages, locales } from '../i18n/languages.ts';

/**
 * A date-time with an explicit UTC offset, e.g. `2020-03-25T10:29:48+08:00`.
 * Publication times are local times in China; without the offset the reader
 * (and search engines) would see the wrong moment.
 */
export const offsetDateTime = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date-time in quotes, e.g. "2020-03-25T10:29:48+08:00": unquoted YAML dates lose their offset'
        : 'expected a date-time string such as "2020-03-25T10:29:48+08:00"',
  })
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/,
    'expected a date-time with its UTC offset, e.g. "2020-03-25T10:29:48+08:00"',
  )
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date-time');

/** Who wrote the original report, as credited in the byline. */
export const reporterSchema = z.strictObject({
  name: z.string().min(1).describe('Full name as printed, in this language (张磊 / Zhang Lei).'),
  role: z.string().min(1).describe('Role before the name in the byline (记者 / Reporter).'),
  credit: z
    .string()
    .min(1)
    .optional()
    .describe('What the person contributed, as credited (文/图 / text and photos); a bracketed byline names none.'),
  correspondents: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe('Correspondents (通讯员) the byline credits after the reporter, each name as printed (刘峰 / Liu Feng).'),
});

/** Who delivered a report or speech, as its speaker line prints them. */
export const speakerSchema = z.strictObject({
  name: z.string().min(1).describe('The speaker’s name as printed (林远 / Lin Yuan).'),
  office: z
    .string()
    .min(1)
    .describe(
      'The office(s) the speaker line names, as printed (市公安局局长 / Director of the Municipal Public Security Bureau).',
    ),
});

/** When, where and at what a report or speech was delivered, each line as printed. */
export const deliveredSchema = z.strictObject({
  dateAndPlace: z
    .string()
    .min(1)
    .optional()
    .describe('The date-and-place line (2021年4月20日于清溪市 / Qingxi, 20 April 2021).'),
  occasion: z
    .string()
    .min(1)
    .optional()
    .describe('The occasion line, brackets and all (（在…会议上） / (At the … session of …)).'),
});

/** The closing of a notice: who issues it and when, as printed under the text. */
export const signatureSchema = z.strictObject({
  issuer: z
    .string()
    .min(1)
    .optional()
    .describe('The issuing body as signed (清溪县教育局 / Qingxi County Education Bureau).'),
  date: z.string().min(1).describe('The date under the signature, as printed (2021年6月28日 / 28 June 2021).'),
});

/** The publication the article first appeared in. */
export const sourceSchema = z.strictObject({
  name: z.string().min(1).describe('Publication name in this language (四川法治报 / Sichuan Legal Daily).'),
  column: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Column or channel of the source site the article ran in (高层声音), if it names one; metadata, not body text.',
    ),
  retrievedFrom: z
    .strictObject({
      url: z.url({ protocol: /^https?$/ }).describe('Address of the page this text was copied from.'),
      site: z
        .string()
        .min(1)
        .optional()
        .describe('The site as that page names itself; left out when it could not be confirmed (the host is shown).'),
    })
    .optional()
    .describe(
      "Where this edition's text was taken from when that is a repost, not the publication's own page; the repost is never cited as a source.",
    ),
});

/** A photo the original carried. This edition has only the caption, never an invented image. */
export const photoSchema = z.strictObject({
  caption: z.string().min(1).describe('The caption exactly as the source printed it (or its translation).'),
});

/** For a translation: what it translates and who did it. */
export const translationSchema = z.strictObject({
  of: z
    .enum(contentLanguages)
    .describe('Language of the original this text translates; the original lives beside it in the same folder.'),
  translator: z.string().min(1).describe('Who made the translation, as shown to readers.'),
});

/**
 * Frontmatter of one language version of an article (`content/articles/<slug>/<lang>.mdx`).
 * Strict: an unknown field is an error, so a typo never silently drops data.
 */
export const articleSchema = z.strictObject({
  title: z.string().min(1).describe('Headline in this language.'),
  summary: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'missing: add `summary:`, one sentence on what the article reports'
          : 'expected text: one sentence on what the article reports',
    })
    .trim()
    .min(1, 'write a one-sentence summary of the article in this language')
    .regex(/^[^\n]*$/, 'write the summary on one line: the article list and the feeds show it as one')
    .describe(
      'One sentence on what the article reports, in this language, from the article alone: the article list and the feed show it under the title.',
    ),
  lang: z.enum(contentLanguages).describe('BCP 47 tag of this text (zh-Hans, en); must match the file name.'),
  published: offsetDateTime.describe('When the source published the article, with its UTC offset.'),
  source: sourceSchema.describe('Where the article first appeared.'),
  reporter: reporterSchema.optional().describe('The byline of the original, if it has one (a notice has none).'),
  photo: photoSchema.optional().describe('A photo the original carried, of which this edition keeps the caption.'),
  dateline: z
    .string()
    .min(1)
    .optional()
    .describe(
      'The dateline a newspaper report opens with (本报讯, 清溪讯（记者 周敏）), exactly as the first sentence begins: it stays in the text, and this names it; the check fails when the first sentence does not begin with it.',
    ),
  speaker: speakerSchema.optional().describe('For a report or speech: its speaker line.'),
  delivered: deliveredSchema.optional().describe('For a report or speech: its date-and-place and occasion lines.'),
  documentNumber: z
    .string()
    .min(1)
    .optional()
    .describe('For an official document: its number as printed (清教发〔2021〕12号); the same in every language.'),
  attachments: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe('For an official document: the attachment lines after the text, each as printed (附件：1.…).'),
  signature: signatureSchema.optional().describe('For an official document: its closing signature and date.'),
  translation: translationSchema.optional().describe('Present on translations only; absent on the original.'),
  editions: z
    .array(z.enum(locales))
    .min(1)
    .optional()
    .describe(
      'On the original only: the locales the article is published in (zh, zh-hant, en). Each needs its text: a <locale>.mdx beside this file, or the file it is converted from.',
    ),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
