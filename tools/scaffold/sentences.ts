/**
 * Splits a Chinese paragraph into sentences: each ends at 。！？ or the half-width ! ? that
 * copied texts use, and closing quotes or brackets after the mark stay with it
 * (……抓得很好”。 is one sentence). In a list point a semicolon (； or ;) ends the point's
 * sentence too; in a paragraph it does not (the content check and the hand-made edition
 * keep 上升25%和20%;川制冰毒… as one sentence).
 */
const closers = '”’」』）)';

export function splitSentences(text: string, options: { semicolons?: boolean } = {}): string[] {
  const ends = options.semicolons === true ? '。！？!?；;' : '。！？!?';
  const pattern = new RegExp(`[^${ends}]*(?:[${ends}]+[${closers}]*|$)`, 'gu');
  return (text.match(pattern) ?? []).filter((sentence) => sentence.trim() !== '');
}
