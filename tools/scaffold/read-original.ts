/**
 * Reads a plain-text Chinese original (as copied from a news site, a report or a notice)
 * into its metadata and body. What the text says is kept verbatim; what it does not say
 * is left undefined, for the scaffolder to mark as a placeholder. Every line is placed,
 * and each placement says what the line became, so the editor can check each guess.
 *
 * A newspaper report:
 *   您的位置:首页 > 高层声音                     breadcrumb: the last crumb is the column
 *   标题                                         the first other line is the title
 *   2020-03-25 10:29:48 来源:四川法治报           date (and time), source
 *   …现场 记者 陈晓 摄 / 图为… / a long line     photo caption
 *   记者 张磊 / （记者 周敏 通讯员 刘峰）        byline, before the body or as its last line
 *   本报讯 1月17日，…                            dateline: kept in the first sentence, named in frontmatter
 * A report or speech:
 *   清溪市人民政府副市长、市公安局局长 林远       speaker and office
 *   2021年4月20日于清溪市 / （2021年4月20日）     date and place: the date is the publication date
 *   （在…会议上） / ——在…会议上的讲话             occasion
 *   清溪市人民代表大会常务委员会：               salutation: the first paragraph, a sentence of its own
 * A notice:
 *   清教发〔2021〕12号                           document number
 *   各乡镇中心学校，县直各学校：                 addressee: the first paragraph
 *   附件：1.… / 2.…                              attachments, after the body
 *   清溪县教育局 / 2021年6月28日                 signature and date, the last lines
 * The body:
 *   一、工作要求 / 以政治建设为统领…              section headings (an unnumbered one is a guess)
 *   （一）加强组织领导 / (一)…                    sub-headings
 *   1.严查… / 1、严查…                           points of an ordered list
 */

import { parseChineseNumeral } from '../../src/lib/authoring/quantities.ts';

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

/** What one line of the original became. */
export interface Placement {
  line: number;
  /** What the line is: breadcrumb, title, date line, byline, section heading… */
  role: string;
  /** Where it went: a frontmatter field or a body element. */
  into: string;
  /** Set when the line fits no known shape and this is the tool's best guess. */
  guess?: true;
}

export interface Byline {
  role: string;
  name: string;
  credit?: string;
  correspondents?: string[];
}

export interface Original {
  title: string;
  /** ISO date (2020-03-25), when the text gives one. */
  date?: string;
  /** hh:mm:ss, when the text gives a time. */
  time?: string;
  sourceName?: string;
  column?: string;
  reporter?: Byline;
  photoCaption?: string;
  /** The "…讯" opening of the first sentence, with any byline in brackets after it, verbatim. */
  dateline?: string;
  speaker?: { name: string; office: string };
  delivered?: { dateAndPlace?: string; occasion?: string };
  documentNumber?: string;
  signature?: { issuer?: string; date: string };
  attachments?: string[];
  body: BodyLine[];
  placements: Placement[];
}

const sentenceEnd = /[。！？!?；;：:…][”’」』）)]*$/;
const cnNumber = '[一二三四五六七八九十]+';
const sectionNumber = new RegExp(`^${cnNumber}、`);
const subheadingNumber = new RegExp(`^[(（](?:${cnNumber})[)）]`);
const pointNumber = /^\d{1,2}[.．、](?!\d)/;
const dateLine = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/;
const sourceLabel = /来源\s*[:：]\s*(\S+)/;
const names = '[\\p{Script=Han}·]{2,5}(?:[ \\u3000]+[\\p{Script=Han}·]{2,5})*?';
const reporterRoles = '本报记者|记者|本报通讯员|通讯员|特约记者|实习生';
/** 记者 张磊 文/图: the byline as a line of its own. */
const byline = new RegExp(
  `^(${reporterRoles})[ \\u3000]*(${names})(?:[ \\u3000]+(文\\/图|文\\/摄|文|图|摄影?))?$`,
  'u',
);
/** （记者 周敏 通讯员 刘峰 赵一凡）: a bracketed byline, reporters then correspondents. */
const bracketedByline = new RegExp(
  `^[（(]((?:本报|特约)?记者)[ \\u3000]*(${names})(?:[ \\u3000]+通讯员[ \\u3000]*(${names}))?[)）]$`,
  'u',
);
/** 本报讯 / 清溪讯 / 本报讯（记者 周敏）: the opening of a newspaper report's first paragraph. */
const datelinePattern =
  /^((?:本报|新华社|[\p{Script=Han}]{2,8}?)讯)(?:[（(]([^（）()]{2,40})[)）])?(?=[\s\u3000\d（(一二三四五六七八九十昨今前近日]|$)/u;
const documentNumber = /^[\p{Script=Han}]{1,10}[〔[［(（]\d{4}[〕\]］)）]\d{1,4}号$/u;
const offices = '长|书记|主任|委员|主席|总理|代表|检察长|政委|秘书长|总监|干部';
/** 清溪市人民政府副市长、市公安局局长 林远: an office, then a name of 2–4 characters. */
const speakerLine = new RegExp(`^(\\S{2,40}?(?:${offices}))[ \\u3000]+([\\p{Script=Han}·]{2,4})$`, 'u');
const chineseDate = '[〇零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日';
const anyDate = `(?:\\d{4}年\\d{1,2}月\\d{1,2}日|${chineseDate})`;
/** 2021年4月20日于清溪市 (and its bracketed form, （2021年4月20日）). */
const dateAndPlace = new RegExp(`^[（(]?(${anyDate})(?:于([\\p{Script=Han}]{2,20}))?[)）]?$`, 'u');
/** （在…会议上） / ——2021年4月20日在…会议上 / ——在…上的讲话 */
const occasion = new RegExp(
  `^(?:[（(]|——|—)?(${anyDate})?在.{2,60}?(?:会议|大会|会|座谈会|仪式|典礼|论坛|集会|活动)上(?:的(?:讲话|报告|发言|致辞|工作报告))?[)）]?$`,
  'u',
);
const caption = /(?:摄|供图|图)$|^图为/;
const issuer =
  /^[\p{Script=Han}（）()]{2,30}(?:局|厅|部|委|委员会|政府|办公室|办公厅|院|处|中心|会|公司|学校|大学|所|队|站)$/u;
const attachmentStart = /^附件[:：]/;
/** An unnumbered heading is short and has no final punctuation. */
const maxHeading = 40;

const pad = (value: string) => value.padStart(2, '0');

/** 2021年4月20日 or 二〇二一年四月二十日 as 2021-04-20. */
function isoDate(text: string): string | undefined {
  const arabic = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  if (arabic !== null) return `${arabic[1] ?? ''}-${pad(arabic[2] ?? '')}-${pad(arabic[3] ?? '')}`;
  const chinese = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/.exec(
    text,
  );
  if (chinese === null) return undefined;
  const year = [...(chinese[1] ?? '')].map((char) => parseChineseNumeral(char) ?? 0).join('');
  const part = (text: string | undefined) => pad(String(parseChineseNumeral(text ?? '') ?? 0));
  return `${year}-${part(chinese[2])}-${part(chinese[3])}`;
}

function readByline(role: string, nameText: string, correspondents?: string): Byline {
  const reporter: Byline = { role, name: nameText.replace(/\u3000/g, ' ') };
  if (correspondents !== undefined) reporter.correspondents = correspondents.split(/[ \u3000]+/);
  return reporter;
}

export function readOriginal(text: string, file: string): Original {
  const problems: OriginalProblem[] = [];
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ line: index + 1, text: raw.trim() }))
    .filter((line) => line.text !== '');
  if (lines.length === 0)
    throw new OriginalError(file, [
      { line: 1, message: 'the file is empty', fix: 'give the text of the original, title first' },
    ]);
  const placements: Placement[] = [];
  const place = (line: number, role: string, into: string, guess = false) =>
    placements.push(guess ? { line, role, into, guess: true } : { line, role, into });

  let at = 0;
  let column: string | undefined;
  const first = lines[0];
  if (first !== undefined && /^您的位置|[>＞]/.test(first.text)) {
    column = first.text
      .split(/\s*[>＞]\s*/)
      .at(-1)
      ?.trim();
    if (column === '' || column === first.text) column = undefined;
    place(first.line, 'breadcrumb', column === undefined ? 'left out (site navigation)' : 'source.column');
    at += 1;
  }
  const titleLine = lines[at];
  if (titleLine === undefined)
    throw new OriginalError(file, [{ line: 1, message: 'no title', fix: 'put the title on the first line' }]);
  const original: Original = { title: titleLine.text, body: [], placements };
  if (column !== undefined) original.column = column;
  place(titleLine.line, 'title', 'title');
  at += 1;

  const setDate = (iso: string | undefined) => {
    if (iso !== undefined && original.date === undefined) original.date = iso;
  };

  // The header: whatever known lines follow the title, in any order, until the body.
  for (let line = lines[at]; line !== undefined; line = lines[at]) {
    const content = line.text;
    const date = dateLine.exec(content);
    const credit = byline.exec(content) ?? null;
    const bracketed = bracketedByline.exec(content);
    const speaker = speakerLine.exec(content);
    const delivered = dateAndPlace.exec(content);
    const occasionMatch = occasion.exec(content);
    if (documentNumber.test(content)) {
      original.documentNumber = content;
      place(line.line, 'document number', 'documentNumber');
    } else if (occasionMatch !== null) {
      original.delivered = { ...original.delivered, occasion: content };
      setDate(isoDate(occasionMatch[1] ?? ''));
      place(line.line, 'occasion line', 'delivered.occasion');
    } else if (delivered !== null) {
      original.delivered = { ...original.delivered, dateAndPlace: content };
      setDate(isoDate(delivered[1] ?? ''));
      place(line.line, 'date-and-place line', 'delivered.dateAndPlace');
    } else if (
      date !== null &&
      original.date === undefined &&
      content.length <= 60 &&
      !sentenceEnd.test(content) &&
      !caption.test(content)
    ) {
      const [, year, month, day, hour, minute, second] = date;
      original.date = `${year ?? ''}-${pad(month ?? '')}-${pad(day ?? '')}`;
      if (hour !== undefined && minute !== undefined) original.time = `${pad(hour)}:${minute}:${second ?? '00'}`;
      const source = sourceLabel.exec(content)?.[1];
      if (source !== undefined) original.sourceName = source;
      place(line.line, 'date-and-source line', source === undefined ? 'published' : 'published, source.name');
    } else if ((credit !== null || bracketed !== null) && original.reporter === undefined) {
      const match = (credit ?? bracketed) as RegExpExecArray;
      original.reporter = readByline(match[1] ?? '', match[2] ?? '', bracketed?.[3]);
      if (credit?.[3] !== undefined) original.reporter.credit = credit[3];
      place(line.line, 'byline', 'reporter');
    } else if (speaker !== null && original.speaker === undefined) {
      original.speaker = { office: speaker[1] ?? '', name: speaker[2] ?? '' };
      place(line.line, 'speaker and office line', 'speaker');
    } else if (
      original.photoCaption === undefined &&
      !sentenceEnd.test(content) &&
      (caption.test(content) || (content.length > maxHeading && original.date !== undefined))
    ) {
      original.photoCaption = content;
      place(line.line, 'photo caption', 'photo.caption');
    } else break;
    at += 1;
  }

  // The trailer, from the last line up: byline, signature and date, attachments.
  let end = lines.length;
  const lastLine = () => lines[end - 1];
  const tail = lastLine();
  const tailCredit = tail === undefined ? null : (bracketedByline.exec(tail.text) ?? byline.exec(tail.text));
  if (tail !== undefined && tailCredit !== null && original.reporter === undefined && end - 1 > at) {
    const bracketed = bracketedByline.test(tail.text);
    original.reporter = readByline(tailCredit[1] ?? '', tailCredit[2] ?? '', bracketed ? tailCredit[3] : undefined);
    if (!bracketed && tailCredit[3] !== undefined) original.reporter.credit = tailCredit[3];
    place(tail.line, 'byline', 'reporter');
    end -= 1;
  }
  const closingDate = lastLine();
  if (closingDate !== undefined && end - 1 > at && new RegExp(`^${anyDate}$`, 'u').test(closingDate.text)) {
    const signer = lines[end - 2];
    original.signature = { date: closingDate.text };
    setDate(isoDate(closingDate.text));
    end -= 1;
    if (signer !== undefined && end - 1 > at && issuer.test(signer.text)) {
      original.signature.issuer = signer.text;
      place(signer.line, 'signature', 'signature.issuer');
      end -= 1;
    }
    place(closingDate.line, 'closing date', 'signature.date');
  }
  const attachmentAt = lines.findIndex((line, index) => index >= at && index < end && attachmentStart.test(line.text));
  if (attachmentAt !== -1) {
    original.attachments = lines.slice(attachmentAt, end).map((line) => line.text);
    for (const line of lines.slice(attachmentAt, end)) place(line.line, 'attachment', 'attachments');
    end = attachmentAt;
  }

  // The dateline opens the first paragraph; it stays in the text.
  const opening = lines[at];
  const dateline = opening === undefined ? null : datelinePattern.exec(opening.text);
  if (opening !== undefined && dateline !== null) {
    original.dateline = dateline[0];
    const inside = dateline[2] === undefined ? null : bracketedByline.exec(`（${dateline[2]}）`);
    if (inside !== null && original.reporter === undefined)
      original.reporter = readByline(inside[1] ?? '', inside[2] ?? '', inside[3]);
  }

  let inSection = false;
  const body = lines.slice(at, end);
  body.forEach(({ line, text: content }, index) => {
    const next = body[index + 1];
    if (index === 0 && dateline !== null) place(line, 'dateline', 'dateline (kept in the first sentence)');
    if (sectionNumber.test(content) && !sentenceEnd.test(content)) {
      original.body.push({ kind: 'section', line, title: content });
      place(line, 'section heading', 'Section');
      inSection = true;
    } else if (subheadingNumber.test(content)) {
      if (!inSection) {
        problems.push({
          line,
          message: `the sub-heading "${content.slice(0, 20)}" stands before any section heading`,
          fix: 'the lead holds only paragraphs: give the text a section heading (一、…) before its first sub-heading',
        });
        return;
      }
      // （一）加强组织领导。各地要…: the heading is the first sentence, the rest a paragraph.
      const heading = /^.+?[。！？!?；;：:](?=.)/.exec(content)?.[0];
      if (heading !== undefined && heading.length <= maxHeading) {
        original.body.push({ kind: 'subheading', line, text: heading });
        original.body.push({ kind: 'paragraph', line, text: content.slice(heading.length) });
        place(line, 'sub-heading and paragraph', 'Subheading, P');
      } else {
        original.body.push({ kind: 'subheading', line, text: content });
        place(line, 'sub-heading', 'Subheading');
      }
    } else if (pointNumber.test(content)) {
      original.body.push({ kind: 'item', line, text: content });
      place(line, 'list point', 'List Item');
    } else if (/[：:]$/.test(content) && index === 0 && content.length <= 60) {
      // 清溪市人民代表大会常务委员会： / 各乡镇中心学校，县直各学校：
      original.body.push({ kind: 'paragraph', line, text: content });
      place(line, original.documentNumber === undefined ? 'salutation' : 'addressee line', 'P (one sentence)');
    } else if (!sentenceEnd.test(content) && content.length <= maxHeading) {
      // Short and unpunctuated is only a guess: a heading has body text after it.
      if (next === undefined || index === 0) {
        original.body.push({ kind: 'paragraph', line, text: content });
        place(line, 'unknown line', 'P', true);
        return;
      }
      original.body.push({ kind: 'section', line, title: content });
      place(line, 'unnumbered heading', 'Section', true);
      inSection = true;
    } else {
      original.body.push({ kind: 'paragraph', line, text: content });
      place(line, 'paragraph', 'P');
    }
  });
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
  placements.sort((a, b) => a.line - b.line);
  return original;
}
