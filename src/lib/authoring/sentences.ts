/**
 * What a Chinese sentence is, for the scaffolder (which splits the original's lines into
 * <S> elements) and for the content check (which says an <S> of the original holds
 * exactly one): one splitter, so what one tool writes the other accepts.
 *
 * A sentence ends at 。！？ or the half-width ! ? that copied texts use; closing quotes
 * or brackets after the mark stay with it (……抓得很好”。 is one sentence). In a list
 * point a semicolon (； or ;) ends the point's sentence too; in a paragraph it does not
 * (上升25%和20%;川制冰毒… is one sentence). The last sentence of a paragraph may end at a
 * colon instead: a salutation (…常务委员会：), an addressee line (各乡镇人民政府：) or a
 * line that introduces a list (现将有关事项通知如下：) is a sentence of its own.
 */
const closers = '”’」』）)';
const stops = '。！？!?';
const semicolons = '；;';

/** Splits one line of text into its sentences, in order; nothing is dropped but blank runs. */
export function splitSentences(text: string, options: { semicolons?: boolean } = {}): string[] {
  const ends = options.semicolons === true ? stops + semicolons : stops;
  const pattern = new RegExp(`[^${ends}]*(?:[${ends}]+[${closers}]*|$)`, 'gu');
  return (text.match(pattern) ?? []).filter((sentence) => sentence.trim() !== '');
}

const fullStop = new RegExp(`[${stops}][${closers}]*$`, 'u');
const colonEnd = new RegExp(`[：:][${closers}]*$`, 'u');

/**
 * Why `text`, the `index`-th of `count` sentences of a block, is not one sentence as
 * `splitSentences` reads it; undefined when it is. A list point may end without a mark
 * (or at a semicolon); a paragraph's sentence ends at 。！？, its last one at a colon too.
 */
export function sentenceProblem(
  text: string,
  block: { kind: 'paragraph' | 'item'; last: boolean },
): 'two sentences' | 'no end' | undefined {
  const parts = splitSentences(text.trim(), { semicolons: block.kind === 'item' });
  if (parts.length > 1) return 'two sentences';
  if (block.kind === 'item') return undefined;
  if (fullStop.test(text.trim())) return undefined;
  if (block.last && colonEnd.test(text.trim())) return undefined;
  return 'no end';
}
