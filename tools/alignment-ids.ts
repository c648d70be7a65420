import { createHash } from 'node:crypto';
import { mdxToMdast } from 'satteri';
import type { MdxNode as Node } from '../src/model/structure.ts';

/**
 * Writes the alignment ids an edition lacks (see src/model/structure.ts): every <P>, <S>,
 * <Subheading>, <List> and <Item> carries one, and a link to a sentence must survive
 * sentences added elsewhere, so an id is never a position. In the original a new id is
 * drawn from the element's own text (s-3f9a2c for a sentence); in a translation an element
 * takes the id of the original's element it stands for, which is only knowable when both
 * have the same elements in the same order.
 */

/** The elements that carry alignment ids, and the prefix of the ids this tool writes. */
const prefixes: Record<string, string> = { P: 'p', S: 's', Subheading: 'h', List: 'l', Item: 'i' };

/** One element that carries (or should carry) an alignment id. */
interface Aligned {
  tag: string;
  id: string | undefined;
  text: string;
  line: number;
  /** Where the tag's name ends: a new ` id="…"` goes there. */
  insertAt: number;
}

const textOf = (node: Node): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

function alignedElements(source: string): Aligned[] {
  const found: Aligned[] = [];
  const walk = (node: Node) => {
    const tag = node.name ?? '';
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && tag in prefixes) {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      const offset = node.position?.start.offset ?? 0;
      found.push({
        tag,
        id: typeof id === 'string' && id !== '' ? id : undefined,
        text: textOf(node),
        line: node.position?.start.line ?? 1,
        insertAt: offset + 1 + tag.length,
      });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(source, {}) as unknown as Node);
  return found;
}

/** A short id from an element's text, unique among `taken`. */
function idFromText(tag: string, text: string, taken: Set<string>): string {
  const digest = createHash('sha256').update(text.trim()).digest('hex');
  const base = `${prefixes[tag] ?? 'x'}-${digest.slice(0, 6)}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** What could not be done: the line, what is wrong and what to do. */
export interface IdProblem {
  line: number;
  message: string;
  fix: string;
}

export interface IdResult {
  /** The file's text with the ids written in. */
  text: string;
  /** Each id written: line and id. */
  written: { line: number; tag: string; id: string }[];
  problems: IdProblem[];
}

/** The MDX of an edition, or why it is not MDX (the parser's line and message). */
function parse(source: string): { elements: Aligned[] } | { problem: IdProblem } {
  try {
    return { elements: alignedElements(source) };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    return {
      problem: {
        line,
        message: `not valid MDX: ${message}`,
        fix: 'close every tag you open (<S>…</S>), quote attribute values, and escape a literal "{" or "<" as \\{ or &lt;',
      },
    };
  }
}

function withIds(source: string, additions: { at: number; id: string }[]): string {
  let text = source;
  for (const { at, id } of [...additions].sort((a, b) => b.at - a.at)) {
    text = `${text.slice(0, at)} id="${id}"${text.slice(at)}`;
  }
  return text;
}

/** Gives every aligned element of the original an id, keeping those it has. */
export function idsForOriginal(source: string): IdResult {
  const parsed = parse(source);
  if ('problem' in parsed) return { text: source, written: [], problems: [parsed.problem] };
  const { elements } = parsed;
  // An id used twice would make two elements one link: nothing is written until it is fixed.
  const firstLine = new Map<string, number>();
  const repeats: IdProblem[] = [];
  for (const element of elements) {
    if (element.id === undefined) continue;
    const first = firstLine.get(element.id);
    if (first === undefined) firstLine.set(element.id, element.line);
    else
      repeats.push({
        line: element.line,
        message: `id "${element.id}" is used twice (first on line ${first})`,
        fix: 'delete the repeated id="…" (this tool then writes a new one), or give the element the id it had',
      });
  }
  if (repeats.length > 0) return { text: source, written: [], problems: repeats };
  const taken = new Set(elements.flatMap((element) => (element.id === undefined ? [] : [element.id])));
  const written = elements
    .filter((element) => element.id === undefined)
    .map((element) => ({ element, id: idFromText(element.tag, element.text, taken) }));
  return {
    text: withIds(
      source,
      written.map(({ element, id }) => ({ at: element.insertAt, id })),
    ),
    written: written.map(({ element, id }) => ({ line: element.line, tag: element.tag, id })),
    problems: [],
  };
}

/**
 * Gives every aligned element of a translation the id of the original's element at the
 * same place, where the two have the same elements in the same order; else says where
 * they part.
 */
export function idsForTranslation(source: string, original: string): IdResult {
  const parsedMine = parse(source);
  if ('problem' in parsedMine) return { text: source, written: [], problems: [parsedMine.problem] };
  const parsedTheirs = parse(original);
  // The original's own problems are reported on the original.
  if ('problem' in parsedTheirs) return { text: source, written: [], problems: [] };
  const mine = parsedMine.elements;
  const theirs = parsedTheirs.elements;
  const missing = mine.filter((element) => element.id === undefined);
  if (missing.length === 0) return { text: source, written: [], problems: [] };
  const parting = mine.findIndex((element, index) => element.tag !== theirs[index]?.tag);
  if (parting !== -1 || mine.length !== theirs.length) {
    const at = mine[parting] ?? mine.at(-1);
    return {
      text: source,
      written: [],
      problems: [
        {
          line: at?.line ?? 1,
          message: `the translation's elements part from the original's here (${mine.length} elements against ${theirs.length}), so ids cannot be matched by place`,
          fix: 'copy the id of the original element each one translates, or give the translation the same elements in the same order',
        },
      ],
    };
  }
  const written = mine.flatMap((element, index) => {
    const id = theirs[index]?.id;
    return element.id === undefined && id !== undefined ? [{ element, id }] : [];
  });
  const problems = mine
    .filter((element, index) => element.id === undefined && theirs[index]?.id === undefined)
    .map((element) => ({
      line: element.line,
      message: "the original's element here has no id either",
      fix: 'run this on the original first',
    }));
  return {
    text: withIds(
      source,
      written.map(({ element, id }) => ({ at: element.insertAt, id })),
    ),
    written: written.map(({ element, id }) => ({ line: element.line, tag: element.tag, id })),
    problems,
  };
}
