import { z } from 'astro/zod';
import { alignmentId } from '../../schemas/ids.ts';

/**
 * An editor's corrections to the readings word help gives
 * (`content/articles/<slug>/readings.yaml`, optional): where the dictionary or the
 * pinyin library reads a word wrongly in this article, the reading it should have.
 */
export const readingCorrectionSchema = z.strictObject({
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
    .describe('Its reading: pinyin with tone marks, one syllable per character, separated by spaces: shuài xiān.'),
  sentence: z
    .string()
    .regex(alignmentId, 'use the id of a sentence of the original, e.g. lead-1-1')
    .optional()
    .describe('Only in this sentence (its alignment id); without it, wherever the word stands alone.'),
  why: z.string().trim().min(1).optional().describe('Why the reading is corrected, for the next editor.'),
});

export const readingsSchema = z
  .array(readingCorrectionSchema)
  .describe('Corrections to word-help readings, one per word (and sentence).');

export type ReadingCorrection = z.infer<typeof readingCorrectionSchema>;
