import yaml from 'js-yaml';
import { yamlFix } from './yaml-fix.ts';
import { mdxToMdast } from 'satteri';
// With its extension: the authoring tools (tools/) run this module in plain Node.
import type { ContentProblem } from './content-problem.ts';
import { alignmentId, kebabId } from '../schemas/ids.ts';

/**
 * The shape of an edition's body, read from its MDX syntax tree:
 *
 *   <P id="…"><S id="…">…</S>…</P>                  lead: paragraphs and lists
 *   <Section id="kebab-id" title="Heading">          then sections of blocks:
 *     <P id="…">…</P>                                 paragraphs of sentences,
 *     <Subheading id="…">（一）…</Subheading>          sub-headings (h3),
 *     <List id="…" ordered><Item id="…"><S id="…">…</S></Item>…</List>   lists
 *   </Section>
 *
 * Section ids are shared URLs, the same in every language. Every other id is an
 * alignment id: the element of the original and the element that translates it carry
 * the same one. Alignment ids are stable, not positional (`npm run ids` writes new ones),
 * so a link to a sentence survives sentences added elsewhere.
 */

/** A highlighted figure or term: <Fig id="…">text</Fig> or <Term id="…">text</Term>. */
export interface Annotation {
  kind: 'figure' | 'term';
  id: string;
  text: string;
  /** Where its text starts in the sentence's text (UTF-16 offset). */
  start: number;
  line: number;
}

/** The smallest aligned unit: a sentence, a sub-heading's text. */
export interface Sentence {
  id: string;
  /** The sentence's text, markup removed. */
  text: string;
  /** The text outside figures and terms (a space stands for each), where no number may stand unannotated. */
  bareText: string;
  annotations: Annotation[];
  line: number;
}

export interface Paragraph {
  kind: 'paragraph';
  id: string;
  line: number;
  sentences: Sentence[];
}

/** An h3 inside a section; its text is one aligned unit with the heading's own id. */
export interface Subheading {
  kind: 'subheading';
  id: string;
  line: number;
  /** The heading as one sentence (same id as the heading). */
  sentences: [Sentence];
}

export interface ListItem {
  id: string;
  line: number;
  sentences: Sentence[];
}

/** A numbered or bulleted list; numbers a source prints (1. 2.) stay in its text. */
export interface List {
  kind: 'list';
  id: string;
  line: number;
  ordered: boolean;
  items: ListItem[];
}

export type Block = Paragraph | Subheading | List;

export interface Section {
  id: string;
  title: string;
  line: number;
  blocks: Block[];
}

export interface ArticleStructure {
  /** The parsed YAML frontmatter, unvalidated; undefined when the file has none. */
  frontmatter: unknown;
  frontmatterLine: number;
  lead: Block[];
  sections: Section[];
}

/** Every aligned unit of a block, in reading order. */
export function blockSentences(block: Block): Sentence[] {
  return block.kind === 'list' ? block.items.flatMap((item) => item.sentences) : block.sentences;
}

/** Every block of an edition, lead first, in reading order. */
export function allBlocks(structure: Pick<ArticleStructure, 'lead' | 'sections'>): Block[] {
  return [...structure.lead, ...structure.sections.flatMap((section) => section.blocks)];
}

/** Every aligned unit of an edition (sentences, sub-headings), in reading order. */
export function allSentences(structure: Pick<ArticleStructure, 'lead' | 'sections'>): Sentence[] {
  return allBlocks(structure).flatMap(blockSentences);
}

/** The first sentence of a run of blocks that is body text (not a heading): for descriptions. */
export function firstBodySentence(blocks: readonly Block[]): Sentence | undefined {
  return blocks.filter((block) => block.kind !== 'subheading').flatMap(blockSentences)[0];
}

/** The subset of mdast that article files use. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; offset?: number } };
}

const annotationKinds: Record<string, Annotation['kind']> = { Fig: 'figure', Term: 'term' };

const lineOf = (node: MdxNode): number => node.position?.start.line ?? 1;

function attribute(node: MdxNode, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Whether a boolean attribute is present (`<List ordered>`). */
function flag(node: MdxNode, name: string): boolean {
  return node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === name && a.value !== false) ?? false;
}

/** Text of a node, markup removed (inline components keep their text). */
export function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const isElement = (node: MdxNode, name: string) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

const isBlank = (node: MdxNode) => node.type === 'text' && (node.value ?? '').trim() === '';

function describe(node: MdxNode): string {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return `<${node.name ?? ''}>`;
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

  let tree: MdxNode;
  try {
    tree = mdxToMdast(source, {}) as unknown as MdxNode;
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

  // A {…} in the text is JavaScript to MDX: the page would fail to build, or print its value.
  const expressions = (node: MdxNode): MdxNode[] =>
    /^mdx(?:Text|Flow)Expression$/.test(node.type) ? [node] : (node.children ?? []).flatMap(expressions);
  for (const expression of expressions(tree)) {
    problem(
      lineOf(expression),
      `"{${expression.value ?? ''}}" is a JavaScript expression to MDX, not text`,
      'write a literal brace as \\{ (and \\}), or remove the braces',
    );
  }

  const structure: ArticleStructure = { frontmatter: undefined, frontmatterLine: 1, lead: [], sections: [] };
  const seenIds = new Map<string, number>();

  /** An element's alignment id, checked for form and uniqueness in this file. */
  const idOf = (node: MdxNode): string => {
    const id = attribute(node, 'id') ?? '';
    const tag = `<${node.name ?? ''}>`;
    if (id === '') {
      problem(lineOf(node), `${tag} has no id`, 'run `npm run ids` to give every element its alignment id');
    } else if (!alignmentId.test(id)) {
      problem(
        lineOf(node),
        `${tag} id "${id}" is not an alignment id`,
        'use lower-case letters, digits and hyphens (or run `npm run ids`)',
      );
    } else if (seenIds.has(id)) {
      problem(
        lineOf(node),
        `id "${id}" is used twice (first on line ${seenIds.get(id) ?? '?'})`,
        'give every element its own id (delete the repeat and run `npm run ids`)',
      );
    } else {
      seenIds.set(id, lineOf(node));
    }
    return id;
  };

  /** The text and highlights of a sentence-like element. */
  const readSentence = (sentence: MdxNode, id: string): Sentence => {
    const annotations: Annotation[] = [];
    let bareText = '';
    /** How much of the sentence's text (as textOf reads it) comes before the node being walked. */
    let offset = 0;
    const walk = (node: MdxNode, inside: Annotation | undefined) => {
      const kind = node.type === 'mdxJsxTextElement' ? annotationKinds[node.name ?? ''] : undefined;
      if (kind !== undefined) {
        const text = textOf(node);
        const annotation = { kind, id: attribute(node, 'id') ?? '', text, start: offset, line: lineOf(node) };
        if (inside !== undefined) {
          problem(
            lineOf(node),
            `<${node.name ?? ''} id="${annotation.id}"> is inside <${inside.kind === 'figure' ? 'Fig' : 'Term'} id="${inside.id}">`,
            'highlights do not nest: mark the figure or the term, not both',
          );
          offset += text.length;
          return;
        }
        if (annotation.id === '') {
          problem(lineOf(node), `<${node.name ?? ''}> has no id`, 'add id="…" naming its entry in notes.yaml');
        }
        annotations.push(annotation);
        // So the text either side does not join into a new quantity (分 + ,在).
        bareText += ' ';
        for (const child of node.children ?? []) walk(child, annotation);
        return;
      }
      if (node.type === 'text' && inside === undefined) bareText += node.value ?? '';
      if (node.type === 'text' || node.type === 'inlineCode') offset += (node.value ?? '').length;
      for (const child of node.children ?? []) walk(child, inside);
    };
    for (const child of sentence.children ?? []) walk(child, undefined);
    return { id, text: textOf(sentence), bareText, annotations, line: lineOf(sentence) };
  };

  /** The <S> sentences of a paragraph or list item; anything else in it is a problem. */
  const readSentences = (node: MdxNode, what: string): Sentence[] => {
    const sentences: Sentence[] = [];
    for (const child of node.children ?? []) {
      if (isElement(child, 'S')) {
        sentences.push(readSentence(child, idOf(child)));
      } else if (child.type === 'paragraph') {
        // MDX wraps inline content on its own lines in a paragraph: look inside it.
        sentences.push(...readSentences(child, what));
      } else if (!isBlank(child)) {
        problem(
          lineOf(child),
          `${describe(child)} inside ${what} is not in a sentence`,
          'put all its text inside <S id="…">…</S> sentences',
        );
      }
    }
    return sentences;
  };

  const readBlock = (node: MdxNode, where: string): Block | undefined => {
    if (isElement(node, 'P')) {
      const id = idOf(node);
      const sentences = readSentences(node, `paragraph "${id}"`);
      if (sentences.length === 0)
        problem(lineOf(node), `paragraph "${id}" has no sentences`, 'add <S> sentences or remove the paragraph');
      return { kind: 'paragraph', id, line: lineOf(node), sentences };
    }
    if (isElement(node, 'Subheading')) {
      const id = idOf(node);
      const sentence = readSentence(node, id);
      if (sentence.text.trim() === '')
        problem(
          lineOf(node),
          `sub-heading "${id}" is empty`,
          'write the heading between <Subheading> and </Subheading>',
        );
      return { kind: 'subheading', id, line: lineOf(node), sentences: [sentence] };
    }
    if (isElement(node, 'List')) {
      const id = idOf(node);
      const items: ListItem[] = [];
      for (const child of node.children ?? []) {
        if (isElement(child, 'Item')) {
          const itemId = idOf(child);
          const sentences = readSentences(child, `list item "${itemId}"`);
          if (sentences.length === 0)
            problem(lineOf(child), `list item "${itemId}" has no sentences`, 'add <S> sentences or remove the item');
          items.push({ id: itemId, line: lineOf(child), sentences });
        } else if (!isBlank(child)) {
          problem(lineOf(child), `${describe(child)} inside list "${id}"`, 'a list holds only <Item> elements');
        }
      }
      if (items.length === 0)
        problem(lineOf(node), `list "${id}" has no items`, 'add <Item> elements or remove the list');
      return { kind: 'list', id, line: lineOf(node), ordered: flag(node, 'ordered'), items };
    }
    problem(lineOf(node), `${describe(node)} ${where}`, 'use <P>, <Subheading> or <List> here');
    return undefined;
  };

  const seenSections = new Set<string>();
  for (const node of tree.children ?? []) {
    if (node.type === 'yaml') {
      structure.frontmatterLine = lineOf(node);
      try {
        structure.frontmatter = yaml.load(node.value ?? '') ?? {};
      } catch (error) {
        const mark = (error as { mark?: { line?: number } }).mark;
        const message = (error as Error).message.split('\n')[0] ?? '';
        problem(
          mark?.line === undefined ? lineOf(node) : mark.line + 2,
          `frontmatter is not valid YAML: ${message}`,
          `fix the YAML between the --- lines: ${yamlFix(message)}`,
        );
        structure.frontmatter = {};
      }
      continue;
    }
    if (isElement(node, 'Section')) {
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
      if (title.trim() === '')
        problem(lineOf(node), `section "${id}" has no title`, 'add title="…" with the section heading');
      const section: Section = { id, title, line: lineOf(node), blocks: [] };
      for (const child of node.children ?? []) {
        if (isBlank(child)) continue;
        const block = readBlock(child, `inside section "${id}"`);
        if (block !== undefined) section.blocks.push(block);
      }
      if (!section.blocks.some((block) => block.kind !== 'subheading')) {
        problem(
          lineOf(node),
          `section "${id}" has no paragraphs`,
          'add <P> paragraphs or lists, or remove the section',
        );
      }
      structure.sections.push(section);
      continue;
    }
    if (isElement(node, 'P') || isElement(node, 'List')) {
      if (structure.sections.length > 0) {
        problem(
          lineOf(node),
          'a paragraph stands between sections',
          'move it inside a <Section>, or before the first one as lead',
        );
        continue;
      }
      const block = readBlock(node, 'at the top level');
      if (block !== undefined) structure.lead.push(block);
      continue;
    }
    problem(
      lineOf(node),
      `${describe(node)} at the top level`,
      'the body holds lead <P> paragraphs (or <List>s) followed by <Section> elements',
    );
  }
  // A sentence's alignment id is its address on the page, as a section's id is.
  for (const section of structure.sections) {
    const line = seenIds.get(section.id);
    if (line !== undefined) {
      problem(
        line,
        `id "${section.id}" is also the id of a section (line ${section.line}): both are addresses on the page`,
        'give the element another id (delete it and run `npm run ids`)',
      );
    }
  }
  if (structure.frontmatter === undefined) {
    problem(1, 'the file has no frontmatter', 'start the file with --- frontmatter (title, lang, published, …) ---');
  }
  if (structure.sections.length === 0) {
    problem(undefined, 'the article has no sections', 'add <Section id="…" title="…"> elements');
  }
  return { structure, problems };
}
