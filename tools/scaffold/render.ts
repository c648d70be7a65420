import { relative } from 'node:path';
import { idsForOriginal, idsForTranslation } from '../alignment-ids.ts';
import { figuresOf, type FigureDraft } from './figures.ts';
import type { Original } from './read-original.ts';
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

function withFigures(sentence: DraftSentence): string {
  let out = '';
  let at = 0;
  for (const figure of sentence.figures) {
    out += `${escapeMdx(sentence.text.slice(at, figure.start))}<Fig id="${figure.id}">${escapeMdx(figure.text)}</Fig>`;
    at = figure.end;
  }
  return out + escapeMdx(sentence.text.slice(at));
}

/** The English placeholder of a sentence: what to translate, then its figures to keep. */
function untranslated(sentence: DraftSentence): string {
  const start = [...sentence.text.trim()].slice(0, 12).join('');
  const more = [...sentence.text.trim()].length > 12 ? '…' : '';
  const keep = sentence.figures.length > 0 ? ', keeping its figures' : '';
  const figures = sentence.figures.map((figure) => ` <Fig id="${figure.id}">${figure.english}</Fig>`).join('');
  return `${todo(`translate “${escapeMdx(start)}${more}”${keep}`)}${figures}`;
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
}

export interface Scaffold {
  files: { 'zh.mdx': string; 'en.mdx': string; 'notes.yaml': string };
  figures: FigureDraft[];
}

export function scaffold(original: Original, options: ScaffoldOptions): Scaffold {
  let count = 0;
  const nextId = () => `figure-${++count}`;
  const figures: FigureDraft[] = [];
  const draft = (text: string): DraftSentence => {
    const found = figuresOf(text, nextId);
    figures.push(...found);
    return { text, figures: found };
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
          `  credit: ${str(original.reporter.credit ?? todo('what the reporter contributed, as credited: 文, 图, 文/图'))}`,
        ]),
    ...(original.photoCaption === undefined ? [] : ['photo:', `  caption: ${str(original.photoCaption)}`]),
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
          `  credit: ${str(todo('the credit in English, e.g. text and photos'))}`,
        ]),
    ...(original.photoCaption === undefined
      ? []
      : ['photo:', `  caption: ${str(todo('the photo caption in English'))}`]),
    'translation:',
    '  of: zh-Hans',
    `  translator: ${str(todo('who translated it, as shown to readers'))}`,
  ];

  const zhDraft = `---\n${zhFront.join('\n')}\n---\n\n${body(lead, sections, withFigures, (title) => title)}`;
  const zh = idsForOriginal(zhDraft).text;
  const enDraft = `---\n${enFront.join('\n')}\n---\n\n${body(lead, sections, untranslated, (title) => todo(`translate the heading ${title}`))}`;
  const en = idsForTranslation(enDraft, zh);
  if (en.problems.length > 0) throw new Error(`internal error: ${en.problems.join('; ')}`);

  const schema = relative(options.notesFile.replace(/[^/]+$/, ''), options.schemaFile) || options.schemaFile;
  const notes = [
    `# yaml-language-server: $schema=${schema}`,
    '# Drafted by `npm run new-article`: one stub per quantity found. Rename each draft id',
    '# (figure-1 …) to say what it counts, in zh.mdx, en.mdx and here; check each kind; fill in',
    '# every placeholder; add the terms (<Term id>) the article needs.',
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
    'terms: []',
    '',
  ];
  return { files: { 'zh.mdx': zh, 'en.mdx': en.text, 'notes.yaml': notes.join('\n') }, figures };
}
