import { z } from 'astro/zod';
import { alignmentId } from '../../schemas/ids.ts';

/**
 * An editor's corrections to word help (`content/articles/<slug>/readings.yaml`,
 * optional): where the pinyin library or the dictionary reads a word wrongly in this
 * article, the reading it should have; where the dictionary's first sense is not the
 * sense the article uses, the gloss.
 */
export const readingCorrectionSchema = z
  .strictObject({
    word: z
      .string()
      .trim()
      .min(1)
      .describe('The word as word help cuts it, in Simplified characters, exactly as the original writes it: 率先.'),
    pinyin: z
      .string()
      .trim()
      .regex(
        /^[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ]+(?: [a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ]+)*$/,
        'write pinyin with tone marks, one syllable per character, separated by spaces: shuài xiān',
      )
      .optional()
      .describe('Its reading: pinyin with tone marks, one syllable per character, separated by spaces: shuài xiān.'),
    gloss: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .optional()
      .describe(
        "Its short English gloss in this article, where the dictionary's first sense is not it: province (省).",
      ),
    sentence: z
      .string()
      .regex(alignmentId, 'use the id of a sentence of the original, e.g. lead-1-1')
      .optional()
      .describe('Only in this sentence (its alignment id); without it, wherever the word stands alone.'),
    why: z.string().trim().min(1).optional().describe('Why it is corrected, for the next editor.'),
  })
  .refine((correction) => correction.pinyin !== undefined || correction.gloss !== undefined, {
    message: 'give the corrected pinyin, gloss or both',
  });

export const readingsSchema = z
  .array(readingCorrectionSchema)
  .describe('Corrections to word help, one per word (and sentence).');

export type ReadingCorrection = z.infer<typeof readingCorrectionSchema>;
