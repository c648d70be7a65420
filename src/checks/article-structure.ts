import yaml from 'js-yaml';
import { mdxToMdast } from 'satteri';
import { kebabId } from '../schemas/ids';
import type { ContentProblem } from './content-error';

/**
 * The shape every article file follows, read from its MDX syntax tree:
 *
 *   <P id="lead-1"><S id="lead-1-1">…</S></P>            lead paragraphs
 *   <Section id="kebab-id" title="Heading">                 then sections
 *   <P id="kebab-id-1"><S id="kebab-id-1-1">…</S>…</P>      of paragraphs of sentences
 *   </Section>
 *
 * Section ids are shared URLs and the same in every language; paragraph and sentence
 * ids are alignment ids (a sentence of the original and the span that translates it).
 */
/** A highlighted figure or term: <Fig id="…">text</Fig> or <Term id="…">text</Term>. */
export interface Annotation {
  kind: 'figure' | 'term';
  id: string;
  text: string;
  line: number;
}

export interface Sentence {
  id: string;
  /** The sentence's text, markup removed. */
  text: string;
  /** The text outside figures and terms, where no number may stand unannotated. */
  bareText: string;
  annotations: Annotation[];
  line: number;
}

const annotationKinds: Record<string, Annotation['kind']> = { Fig: 'figure', Term: 'term' };

export interface Paragraph {
  id: string;
  line: number;
  sentences: Sentence[];
}

export interface Section {
  id: string;
  title: string;
  line: number;
  paragraphs: Paragraph[];
}

export interface ArticleStructure {
  /** The parsed YAML frontmatter, unvalidated; undefined when the file has none. */
  frontmatter: unknown;
  frontmatterLine: number;
  lead: Paragraph[];
  sections: Section[];
}

/** The subset of mdast that article files use. */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const lineOf = (node: Node): number => node.position?.start.line ?? 1;

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Text of a node, markup removed (inline components keep their text). */
export function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function describe(node: Node): string {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return `<${node.name ?? ''}>`;
  }
  if (node.type === 'paragraph') return `a text paragraph ("${textOf(node).slice(0, 24)}…")`;
  return `a ${node.type}`;
}

/**
 * Reads one article file. Returns the structure it could read and every problem found;
 * a file that does not parse as MDX returns only that problem.
 */
export function readArticleStructure(
  source: string,
  file: string,
): { structure: ArticleStructure | undefined; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const problem = (line: number | undefined, message: string, fix: string) =>
    problems.push({ file, line, message, fix });

  let tree: Node;
  try {
    tree = mdxToMdast(source, {}) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /(\d+):(\d+)/.exec(message)?.[1];
    problem(
      line === undefined ? undefined : Number(line),
      `not valid MDX: ${message}`,
      'close every tag you open (<S>…</S>), quote attribute values, and escape a literal "{" or "<" as \\{ or &lt;',
    );
    return { structure: undefined, problems };
  }

  const structure: ArticleStructure = {
    frontmatter: undefined,
    frontmatterLine: 1,
    lead: [],
    sections: [],
  };

  const readSentence = (sentence: Node): Pick<Sentence, 'text' | 'bareText' | 'annotations'> => {
    const annotations: Annotation[] = [];
    let bareText = '';
    const walk = (node: Node, inside: Annotation | undefined) => {
      const kind = node.type === 'mdxJsxTextElement' ? annotationKinds[node.name ?? ''] : undefined;
      if (kind !== undefined) {
        const annotation = { kind, id: attribute(node, 'id') ?? '', text: textOf(node), line: lineOf(node) };
        if (inside !== undefined) {
          problem(
            lineOf(node),
            `<${node.name ?? ''} id="${annotation.id}"> is inside <${inside.kind === 'figure' ? 'Fig' : 'Term'} id="${inside.id}">`,
            'highlights do not nest: mark the figure or the term, not both',
          );
          return;
        }
        if (annotation.id === '') {
          problem(lineOf(node), `<${node.name ?? ''}> has no id`, 'add id="…" naming its entry in notes.yaml');
        }
        annotations.push(annotation);
        for (const child of node.children ?? []) walk(child, annotation);
        return;
      }
      if (node.type === 'text' && inside === undefined) bareText += node.value ?? '';
      for (const child of node.children ?? []) walk(child, inside);
    };
    for (const child of sentence.children ?? []) walk(child, undefined);
    return { text: textOf(sentence), bareText, annotations };
  };

  const readParagraph = (node: Node, prefix: string, index: number): Paragraph => {
    const expectedId = `${prefix}-${index}`;
    const id = attribute(node, 'id') ?? '';
    if (id !== expectedId) {
      problem(
        lineOf(node),
        `paragraph id "${id}" should be "${expectedId}"`,
        `number paragraphs in order within their section: <P id="${expectedId}">`,
      );
    }
    const sentences: Sentence[] = [];
    for (const child of node.children ?? []) {
      if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
        if (child.name === 'S') {
          const expected = `${expectedId}-${sentences.length + 1}`;
          const sid = attribute(child, 'id') ?? '';
          if (sid !== expected) {
            problem(
              lineOf(child),
              `sentence id "${sid}" should be "${expected}"`,
              `number sentences in order within their paragraph: <S id="${expected}">`,
            );
          }
          sentences.push({ id: expected, line: lineOf(child), ...readSentence(child) });
          continue;
        }
      }
      if (child.type === 'text' && (child.value ?? '').trim() === '') continue;
      problem(
        lineOf(child),
        `${describe(child)} inside paragraph "${expectedId}" is not in a sentence`,
        'put all text of a paragraph inside <S id="…">…</S> sentences',
      );
    }
    if (sentences.length === 0) {
      problem(lineOf(node), `paragraph "${expectedId}" has no sentences`, 'add <S> sentences or remove the paragraph');
    }
    return { id: expectedId, line: lineOf(node), sentences };
  };

  const seenSections = new Set<string>();
  for (const node of tree.children ?? []) {
    if (node.type === 'yaml') {
      structure.frontmatterLine = lineOf(node);
      try {
        structure.frontmatter = yaml.load(node.value ?? '') ?? {};
      } catch (error) {
        const mark = (error as { mark?: { line?: number } }).mark;
        problem(
          mark?.line === undefined ? lineOf(node) : mark.line + 2,
          `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`,
          'fix the YAML between the --- lines (quote values that contain ":" or start with a quote)',
        );
        structure.frontmatter = {};
      }
      continue;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'P') {
      if (structure.sections.length > 0) {
        problem(
          lineOf(node),
          'a paragraph stands between sections',
          'move it inside a <Section>, or before the first one as lead',
        );
        continue;
      }
      structure.lead.push(readParagraph(node, 'lead', structure.lead.length + 1));
      continue;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Section') {
      const id = attribute(node, 'id') ?? '';
      const title = attribute(node, 'title') ?? '';
      if (!kebabId.test(id)) {
        problem(
          lineOf(node),
          `section id "${id}" is not a kebab-case ASCII id`,
          'give the section an id like id="reform-innovation" (lower-case letters, digits, hyphens); it is a shared URL, the same in every language',
        );
      } else if (seenSections.has(id)) {
        problem(lineOf(node), `section id "${id}" is used twice`, 'give every section its own id');
      }
      seenSections.add(id);
      if (title.trim() === '') {
        problem(lineOf(node), `section "${id}" has no title`, 'add title="…" with the section heading');
      }
      const section: Section = { id, title, line: lineOf(node), paragraphs: [] };
      for (const child of node.children ?? []) {
        if (child.type === 'mdxJsxFlowElement' && child.name === 'P') {
          section.paragraphs.push(readParagraph(child, id, section.paragraphs.length + 1));
        } else if (!(child.type === 'text' && (child.value ?? '').trim() === '')) {
          problem(lineOf(child), `${describe(child)} inside section "${id}"`, 'a section holds only <P> paragraphs');
        }
      }
      if (section.paragraphs.length === 0) {
        problem(lineOf(node), `section "${id}" has no paragraphs`, 'add <P> paragraphs or remove the section');
      }
      structure.sections.push(section);
      continue;
    }
    problem(
      lineOf(node),
      `${describe(node)} at the top level`,
      'the body holds only lead <P> paragraphs followed by <Section> elements',
    );
  }
  if (structure.frontmatter === undefined) {
    problem(1, 'the file has no frontmatter', 'start the file with --- frontmatter (title, lang, published, …) ---');
  }
  if (structure.sections.length === 0) {
    problem(undefined, 'the article has no sections', 'add <Section id="…" title="…"> elements');
  }
  return { structure, problems };
}
