import { relative } from 'node:path';
import { idsForOriginal, idsForTranslation } from '../alignment-ids.ts';
import yaml from 'js-yaml';
import { figuresOf, type FigureDraft } from './figures.ts';
import type { KnownTerm } from './known-terms.ts';
import type { Original } from './read-original.ts';
import { termsOf, type TermDraft } from './terms.ts';
import { splitSentences } from '../../src/lib/authoring/sentences.ts';

/**
 * Writes the three files of a new article from a read original: zh.mdx (the text verbatim,
 * every quantity a <Fig>), en.mdx (the same elements, every sentence a placeholder that
 * keeps its figures) and notes.yaml (a stub per figure). Whatever the original does not
 * say is a placeholder, `[[TODO: what to write]]`, which the content check lists.
 */

export const todo = (what: string) => `[[TODO: ${what}]]`;

interface DraftSentence {
  text: string;
  figures: FigureDraft[];
  terms: TermDraft[];
}
type DraftBlock =
  | { kind: 'paragraph'; sentences: DraftSentence[] }
  | { kind: 'subheading'; sentence: DraftSentence }
  | { kind: 'list'; items: DraftSentence[][] };
interface DraftSection {
  id: string;
  title: string;
  blocks: DraftBlock[];
}

/** Markdown and MDX syntax in the original's text, escaped so it stays text. */
const escapeMdx = (text: string) => text.replace(/[\\`*_{}[\]<>&]/g, (char) => `\\${char}`);

/** The figures and terms of a sentence, in reading order, each with its tag. */
const marks = (sentence: DraftSentence) =>
  [
    ...sentence.figures.map((figure) => ({ ...figure, tag: 'Fig' })),
    ...sentence.terms.map((term) => ({ ...term, tag: 'Term' })),
  ].sort((a, b) => a.start - b.start);

function withHighlights(sentence: DraftSentence): string {
  let out = '';
  let at = 0;
  for (const mark of marks(sentence)) {
    out += `${escapeMdx(sentence.text.slice(at, mark.start))}<${mark.tag} id="${mark.id}">${escapeMdx(mark.text)}</${mark.tag}>`;
    at = mark.end;
  }
  return out + escapeMdx(sentence.text.slice(at));
}

/** The English placeholder of a sentence: what to translate, then its figures and terms to keep. */
function untranslated(sentence: DraftSentence): string {
  const start = [...sentence.text.trim()].slice(0, 12).join('');
  const more = [...sentence.text.trim()].length > 12 ? '…' : '';
  const keep = marks(sentence).length > 0 ? ', keeping its figures and terms' : '';
  const kept = marks(sentence)
    .map((mark) => ` <${mark.tag} id="${mark.id}">${escapeMdx(mark.english)}</${mark.tag}>`)
    .join('');
  return `${todo(`translate “${escapeMdx(start)}${more}”${keep}`)}${kept}`;
}

function body(
  lead: DraftBlock[],
  sections: DraftSection[],
  sentence: (s: DraftSentence) => string,
  title: (t: string) => string,
): string {
  const block = (draft: DraftBlock): string => {
    if (draft.kind === 'subheading') return `<Subheading>${sentence(draft.sentence)}</Subheading>`;
    if (draft.kind === 'paragraph')
      return `<P>\n${draft.sentences.map((s) => `<S>${sentence(s)}</S>`).join('\n')}\n</P>`;
    const items = draft.items.map((item) => `<Item>${item.map((s) => `<S>${sentence(s)}</S>`).join('')}</Item>`);
    return `<List ordered>\n${items.join('\n')}\n</List>`;
  };
  const parts = lead.map(block);
  for (const section of sections) {
    parts.push(
      `<Section id="${section.id}" title="${title(section.title)}">`,
      ...section.blocks.map(block),
      '</Section>',
    );
  }
  return `${parts.join('\n\n')}\n`;
}

const str = (value: string) => JSON.stringify(value);

export interface ScaffoldOptions {
  /** Where notes.yaml will be written, and the JSON Schema it references (both project-relative or absolute). */
  notesFile: string;
  schemaFile: string;
  /** Terms already explained on the site (known-terms.ts), proposed wherever the text names them. */
  knownTerms?: readonly KnownTerm[];
  /** The term group a slogan stub starts in (the editor confirms it): an id of term-groups.yaml. */
  stubGroup?: string;
}

export interface Scaffold {
  files: { 'zh.mdx': string; 'en.mdx': string; 'notes.yaml': string };
  figures: FigureDraft[];
  /** Every term highlight: known terms and slogan stubs (those without `known`). */
  terms: TermDraft[];
}

export function scaffold(original: Original, options: ScaffoldOptions): Scaffold {
  let count = 0;
  const nextId = () => `figure-${++count}`;
  const figures: FigureDraft[] = [];
  const terms: TermDraft[] = [];
  const stubs = new Map<string, { id: string; english: string }>();
  const stubId = (phrase: string) => {
    const stub = stubs.get(phrase) ?? {
      id: `term-${stubs.size + 1}`,
      english: todo(`the English name of “${phrase}”`),
    };
    stubs.set(phrase, stub);
    return stub;
  };
  const draft = (text: string): DraftSentence => {
    const foundTerms = termsOf(text, options.knownTerms ?? [], stubId);
    const found = figuresOf(text, nextId, foundTerms);
    figures.push(...found);
    terms.push(...foundTerms);
    return { text, figures: found, terms: foundTerms };
  };

  const lead: DraftBlock[] = [];
  const sections: DraftSection[] = [];
  let blocks = lead;
  for (const line of original.body) {
    if (line.kind === 'section') {
      const section = { id: `section-${sections.length + 1}`, title: line.title, blocks: [] };
      sections.push(section);
      blocks = section.blocks;
    } else if (line.kind === 'subheading') blocks.push({ kind: 'subheading', sentence: draft(line.text) });
    else if (line.kind === 'item') {
      const last = blocks.at(-1);
      const item = splitSentences(line.text, { semicolons: true }).map(draft);
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else blocks.push({ kind: 'paragraph', sentences: splitSentences(line.text).map(draft) });
  }

  const published =
    original.date === undefined
      ? todo('publication date-time with its offset, e.g. 2020-03-25T10:29:48+08:00')
      : `${original.date}T${original.time ?? todo('time of publication, hh:mm:ss')}+08:00`;
  const zhFront = [
    `title: ${str(original.title)}`,
    `summary: ${str(todo('one-line summary of the article, in Chinese'))}`,
    'lang: zh-Hans',
    `published: ${str(published)}`,
    'source:',
    `  name: ${str(original.sourceName ?? todo('the publication the article first appeared in'))}`,
    ...(original.column === undefined ? [] : [`  column: ${str(original.column)}`]),
    ...(original.reporter === undefined
      ? []
      : [
          'reporter:',
          `  name: ${str(original.reporter.name)}`,
          `  role: ${str(original.reporter.role)}`,
          ...(original.reporter.credit === undefined ? [] : [`  credit: ${str(original.reporter.credit)}`]),
          ...(original.reporter.correspondents === undefined
            ? []
            : [`  correspondents: [${original.reporter.correspondents.map(str).join(', ')}]`]),
        ]),
    ...(original.photoCaption === undefined ? [] : ['photo:', `  caption: ${str(original.photoCaption)}`]),
    ...(original.dateline === undefined ? [] : [`dateline: ${str(original.dateline)}`]),
    ...(original.speaker === undefined
      ? []
      : ['speaker:', `  name: ${str(original.speaker.name)}`, `  office: ${str(original.speaker.office)}`]),
    ...(original.delivered === undefined
      ? []
      : ['delivered:', ...Object.entries(original.delivered).map(([key, value]) => `  ${key}: ${str(value)}`)]),
    ...(original.documentNumber === undefined ? [] : [`documentNumber: ${str(original.documentNumber)}`]),
    ...(original.attachments === undefined
      ? []
      : ['attachments:', ...original.attachments.map((line) => `  - ${str(line)}`)]),
    ...(original.signature === undefined
      ? []
      : [
          'signature:',
          ...(original.signature.issuer === undefined ? [] : [`  issuer: ${str(original.signature.issuer)}`]),
          `  date: ${str(original.signature.date)}`,
        ]),
    'editions: [zh, zh-hant, en]',
  ];
  const enFront = [
    `title: ${str(todo('the headline in English'))}`,
    `summary: ${str(todo('one-line summary of the article, in English'))}`,
    'lang: en',
    `published: ${str(published)}`,
    'source:',
    `  name: ${str(todo('the publication’s name in English'))}`,
    ...(original.column === undefined ? [] : [`  column: ${str(todo(`the column ${original.column} in English`))}`]),
    ...(original.reporter === undefined
      ? []
      : [
          'reporter:',
          `  name: ${str(todo(`${original.reporter.name} in pinyin`))}`,
          `  role: ${str(todo(`${original.reporter.role} in English, e.g. Reporter`))}`,
          ...(original.reporter.credit === undefined
            ? []
            : [`  credit: ${str(todo('the credit in English, e.g. text and photos'))}`]),
          ...(original.reporter.correspondents === undefined
            ? []
            : [
                `  correspondents: [${original.reporter.correspondents.map((name) => str(todo(`${name} in pinyin`))).join(', ')}]`,
              ]),
        ]),
    ...(original.photoCaption === undefined
      ? []
      : ['photo:', `  caption: ${str(todo('the photo caption in English'))}`]),
    ...(original.speaker === undefined
      ? []
      : [
          'speaker:',
          `  name: ${str(todo(`${original.speaker.name} in pinyin`))}`,
          `  office: ${str(todo(`${original.speaker.office} in English`))}`,
        ]),
    ...(original.delivered === undefined
      ? []
      : [
          'delivered:',
          ...Object.entries(original.delivered).map(([key, value]) => `  ${key}: ${str(todo(`${value} in English`))}`),
        ]),
    ...(original.documentNumber === undefined ? [] : [`documentNumber: ${str(original.documentNumber)}`]),
    ...(original.attachments === undefined
      ? []
      : ['attachments:', ...original.attachments.map((line) => `  - ${str(todo(`${line} in English`))}`)]),
    ...(original.signature === undefined
      ? []
      : [
          'signature:',
          ...(original.signature.issuer === undefined
            ? []
            : [`  issuer: ${str(todo(`${original.signature.issuer} in English`))}`]),
          `  date: ${str(todo(`${original.signature.date} in English`))}`,
        ]),
    'translation:',
    '  of: zh-Hans',
    `  translator: ${str(todo('who translated it, as shown to readers'))}`,
  ];

  const zhDraft = `---\n${zhFront.join('\n')}\n---\n\n${body(lead, sections, withHighlights, (title) => title)}`;
  const zh = idsForOriginal(zhDraft).text;
  const enDraft = `---\n${enFront.join('\n')}\n---\n\n${body(lead, sections, untranslated, (title) => todo(`translate the heading ${title}`))}`;
  const en = idsForTranslation(enDraft, zh);
  if (en.problems.length > 0)
    throw new Error(`internal error: ${en.problems.map((problem) => problem.message).join('; ')}`);

  const schema = relative(options.notesFile.replace(/[^/]+$/, ''), options.schemaFile) || options.schemaFile;
  const notes = [
    `# yaml-language-server: $schema=${schema}`,
    '# Drafted by `npm run new-article`: one stub per quantity found. Rename each draft id',
    '# (figure-1 …) to say what it counts, in zh.mdx, en.mdx and here; check each kind; fill in',
    '# every placeholder. Terms the site has explained are copied with their notes (check each',
    '# fits this article); each quoted phrase that looks like a slogan is a stub (term-1 …):',
    '# confirm it and write its note, or remove it here and in zh.mdx and en.mdx.',
    figures.length === 0 ? 'figures: []' : 'figures:',
    ...figures.flatMap((figure) => [
      `  - id: ${figure.id}`,
      `    # ${figure.text}`,
      `    kind: ${figure.kind}`,
      `    label: { zh: ${str(todo('short name for tables, e.g. 抓获在逃人员'))}, en: ${str(todo('short name in English'))} }`,
      `    values: [${figure.values.join(', ')}]`,
      `    unit: { zh: ${str(figure.unit ?? todo('unit'))}, en: ${str(figure.unit === '%' ? '%' : todo(`unit in English${figure.unit === undefined ? '' : ` (${figure.unit})`}`))} }`,
      ...(figure.qualifier === undefined ? [] : [`    qualifier: ${figure.qualifier}`]),
      ...(figure.direction === undefined ? [] : [`    direction: ${figure.direction}`]),
      `    counts: { zh: ${str(todo('what is counted, strictly as the article says'))}, en: ${str(todo('what is counted, in English'))} }`,
      `    explanation: { zh: ${str(todo('for a newcomer: what it is and why it matters'))}, en: ${str(todo('the explanation in English'))} }`,
      '    sources: []',
    ]),
    ...termNotes(terms, options.stubGroup ?? 'political-formulas', options.notesFile),
    '',
  ];
  return { files: { 'zh.mdx': zh, 'en.mdx': en.text, 'notes.yaml': notes.join('\n') }, figures, terms };
}

/**
 * The terms section of notes.yaml: each known term's written note, copied whole (so the
 * article passes its checks at once and the editor reads what was written), then a stub per
 * slogan. Copying, not referencing: an article's notes are self-contained until the
 * site-wide glossary holds each term once.
 */
function termNotes(terms: readonly TermDraft[], stubGroup: string, notesFile: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const term of terms) {
    if (seen.has(term.id)) continue;
    seen.add(term.id);
    if (term.known !== undefined) {
      const from = relative(notesFile.replace(/[^/]+$/, ''), term.known.file);
      lines.push(`  # ${term.id}: copied from ${from}:${term.known.line}; check it fits this article`);
      const entry = yaml.dump([term.known.note], { lineWidth: -1, noRefs: true }).trimEnd();
      lines.push(...entry.split('\n').map((line) => `  ${line}`));
    } else {
      lines.push(
        `  - id: ${term.id}`,
        `    # “${term.text}”: a quoted phrase that looks like a slogan; confirm it is a term, or remove it`,
        `    group: ${stubGroup}`,
        `    name: { zh: ${str(term.text)}, en: ${str(term.english)} }`,
        `    rendering: literal`,
        `    explanation: { zh: ${str(todo('for a newcomer: what the slogan means and where it comes from'))}, en: ${str(todo('the explanation in English'))} }`,
        '    sources: []',
      );
    }
  }
  return lines.length === 0 ? ['terms: []'] : ['terms:', ...lines];
}
