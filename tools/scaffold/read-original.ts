/**
 * Reads a plain-text Chinese original (as copied from a news site) into its metadata and
 * body. What the text says is kept verbatim; what it does not say is left undefined, for
 * the scaffolder to mark as a placeholder. The shapes it knows:
 *
 *   您的位置:首页 > 高层声音                    breadcrumb: the last crumb is the column
 *   标题                                        the first other line is the title
 *   2020-03-25 10:29:48 来源:四川法治报          date (and time), source
 *   (a long line without final punctuation)      photo caption, right after the header
 *   一、工作要求 / 以政治建设为统领…             section headings (numbered or not)
 *   （一）加强组织领导 / (一)…                   sub-headings
 *   1.严查… / 1、严查…                          points of an ordered list
 *   记者 张磊 文/图                              byline, as the last line
 */

/** A problem with the original, with its line. */
export interface OriginalProblem {
  line: number;
  message: string;
  fix: string;
}

export class OriginalError extends Error {
  readonly problems: readonly OriginalProblem[];
  constructor(file: string, problems: readonly OriginalProblem[]) {
    super(problems.map((problem) => `${file}:${problem.line}: ${problem.message}\n    fix: ${problem.fix}`).join('\n'));
    this.name = 'OriginalError';
    this.problems = problems;
  }
}

export type BodyLine =
  | { kind: 'section'; line: number; title: string }
  | { kind: 'subheading'; line: number; text: string }
  | { kind: 'item'; line: number; text: string }
  | { kind: 'paragraph'; line: number; text: string };

export interface Original {
  title: string;
  /** ISO date (2020-03-25), when the text gives one. */
  date?: string;
  /** hh:mm:ss, when the text gives a time. */
  time?: string;
  sourceName?: string;
  column?: string;
  reporter?: { role: string; name: string; credit?: string };
  photoCaption?: string;
  body: BodyLine[];
}

const sentenceEnd = /[。！？!?；;：:…][”’」』）)]*$/;
const cnNumber = '[一二三四五六七八九十]+';
const sectionNumber = new RegExp(`^${cnNumber}、`);
const subheadingNumber = new RegExp(`^[(（](?:${cnNumber})[)）]`);
const pointNumber = /^\d{1,2}[.．、](?!\d)/;
const dateLine = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;
const sourceLabel = /来源\s*[:：]\s*(\S+)/;
const byline =
  /^(本报记者|记者|通讯员|本报通讯员)\s*([\p{Script=Han}·]{2,5}(?:\s+[\p{Script=Han}·]{2,5})*?)(?:\s+(文\/图|文\/摄|文|图|摄影?))?$/u;
/** An unnumbered heading is short and has no final punctuation. */
const maxHeading = 40;

const pad = (value: string) => value.padStart(2, '0');

export function readOriginal(text: string, file: string): Original {
  const problems: OriginalProblem[] = [];
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, index) => ({ line: index + 1, text: raw.trim() }))
    .filter((line) => line.text !== '');
  if (lines.length === 0)
    throw new OriginalError(file, [
      { line: 1, message: 'the file is empty', fix: 'give the text of the original, title first' },
    ]);

  let at = 0;
  let column: string | undefined;
  const crumbs = /^您的位置|>|＞/.exec(lines[0]?.text ?? '') === null ? undefined : lines[0]?.text;
  if (crumbs !== undefined) {
    column = crumbs
      .split(/\s*[>＞]\s*/)
      .at(-1)
      ?.trim();
    if (column === '' || column === crumbs) column = undefined;
    at += 1;
  }
  const titleLine = lines[at];
  if (titleLine === undefined)
    throw new OriginalError(file, [{ line: 1, message: 'no title', fix: 'put the title on the first line' }]);
  const original: Original = { title: titleLine.text, body: [] };
  if (column !== undefined) original.column = column;
  at += 1;

  const next = lines[at];
  const date = next === undefined ? null : dateLine.exec(next.text);
  if (next !== undefined && date !== null && next.text.length <= 60 && !sentenceEnd.test(next.text)) {
    const [, year, month, day, hour, minute, second] = date;
    original.date = `${year ?? ''}-${pad(month ?? '')}-${pad(day ?? '')}`;
    if (hour !== undefined && minute !== undefined) original.time = `${pad(hour)}:${minute}:${second ?? '00'}`;
    const source = sourceLabel.exec(next.text)?.[1];
    if (source !== undefined) original.sourceName = source;
    at += 1;
  }

  const caption = lines[at];
  if (caption !== undefined && !sentenceEnd.test(caption.text) && caption.text.length > maxHeading) {
    original.photoCaption = caption.text;
    at += 1;
  }

  let end = lines.length;
  const last = lines.at(-1);
  const credit = last === undefined ? null : byline.exec(last.text);
  if (credit !== null && end - 1 >= at) {
    const [, role, name, contribution] = credit;
    original.reporter = { role: role ?? '', name: name ?? '' };
    if (contribution !== undefined) original.reporter.credit = contribution;
    end -= 1;
  }

  let inSection = false;
  for (const { line, text: content } of lines.slice(at, end)) {
    if (sectionNumber.test(content) && !sentenceEnd.test(content)) {
      original.body.push({ kind: 'section', line, title: content });
      inSection = true;
    } else if (subheadingNumber.test(content)) {
      if (!inSection) {
        problems.push({
          line,
          message: `the sub-heading "${content.slice(0, 20)}" stands before any section heading`,
          fix: 'the lead holds only paragraphs: give the text a section heading (一、…) before its first sub-heading',
        });
        continue;
      }
      // （一）加强组织领导。各地要…: the heading is the first sentence, the rest a paragraph.
      const heading = /^.+?[。！？!?；;：:](?=.)/.exec(content)?.[0];
      if (heading !== undefined && heading.length <= maxHeading) {
        original.body.push({ kind: 'subheading', line, text: heading });
        original.body.push({ kind: 'paragraph', line, text: content.slice(heading.length) });
      } else original.body.push({ kind: 'subheading', line, text: content });
    } else if (pointNumber.test(content)) {
      original.body.push({ kind: 'item', line, text: content });
    } else if (!sentenceEnd.test(content) && content.length <= maxHeading) {
      original.body.push({ kind: 'section', line, title: content });
      inSection = true;
    } else {
      original.body.push({ kind: 'paragraph', line, text: content });
    }
  }
  for (const entry of original.body) {
    if (entry.kind === 'section' && entry.title.includes('"')) {
      problems.push({
        line: entry.line,
        message: `the heading "${entry.title}" holds a straight double quote, which the MDX title attribute cannot`,
        fix: 'write the <Section title> of this heading by hand after scaffolding, or check whether the source has “ ” here',
      });
    }
  }
  if (!original.body.some((entry) => entry.kind === 'section')) {
    problems.push({
      line: lines[at]?.line ?? 1,
      message: 'no section heading found: an article has at least one section',
      fix: 'put each section heading (一、… or a short line without final punctuation) on a line of its own',
    });
  }
  if (!original.body.some((entry) => entry.kind !== 'section')) {
    problems.push({
      line: lines[at]?.line ?? 1,
      message: 'no body text found after the header',
      fix: 'give the paragraphs of the original, one a line',
    });
  }
  if (problems.length > 0) throw new OriginalError(file, problems);
  return original;
}
