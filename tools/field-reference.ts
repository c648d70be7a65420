/**
 * npm run fields
 *
 * Writes docs/fields.md, the reference of every field an editor writes (an article's
 * frontmatter, its notes.yaml, content/publishers.yaml, content/term-groups.yaml), from the
 * zod schemas themselves through zod's JSON Schema converter, so the reference says what the
 * build accepts. Run it after changing a schema: a unit test fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { articleSchema } from '../src/schemas/article.ts';
import { notesSchema } from '../src/schemas/notes.ts';
import { publishersSchema } from '../src/schemas/publishers.ts';
import { termGroupsSchema } from '../src/schemas/term-groups.ts';
import { formattedMarkdown } from './markdown.ts';

/** The part of a JSON Schema node this reference reads. */
interface Node {
  type?: string;
  description?: string;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  items?: Node;
  properties?: Record<string, Node>;
  required?: string[];
}

/** One row of the reference: a field, as the YAML writes its path. */
export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** The files an editor writes, each with the schema the build checks it against. */
export const documentedFiles = [
  {
    file: 'content/articles/<slug>/<locale>.mdx (frontmatter)',
    schema: articleSchema,
    source: 'src/schemas/article.ts',
  },
  { file: 'content/articles/<slug>/notes.yaml', schema: notesSchema, source: 'src/schemas/notes.ts' },
  { file: 'content/publishers.yaml', schema: publishersSchema, source: 'src/schemas/publishers.ts' },
  { file: 'content/term-groups.yaml', schema: termGroupsSchema, source: 'src/schemas/term-groups.ts' },
] as const;

const code = (text: string) => `\`${text}\``;

/** What a value must be, in words: text, URL, a whole number ≥ 1, a list of …, one of `a`, `b`. */
function typeOf(node: Node): string {
  if (node.enum !== undefined) return `one of ${node.enum.map((value) => code(String(value))).join(', ')}`;
  switch (node.type) {
    case 'string':
      if (node.format === 'uri') return 'URL';
      if (node.pattern !== undefined) return `text matching ${code(node.pattern)}`;
      return (node.minLength ?? 0) > 0 ? 'text, not empty' : 'text';
    case 'integer':
    case 'number': {
      const kind = node.type === 'integer' ? 'whole number' : 'number';
      if (node.exclusiveMinimum !== undefined) return `${kind} > ${node.exclusiveMinimum}`;
      return node.minimum === undefined ? kind : `${kind} ≥ ${node.minimum}`;
    }
    case 'array': {
      const least = (node.minItems ?? 0) > 0 ? ` (at least ${node.minItems})` : '';
      const entry = node.items === undefined ? 'value' : typeOf(node.items);
      // "list of objects", "list of numbers"; "list, each text matching …", "list, each one of …".
      return /^(text|one of)/.test(entry) ? `list${least}, each ${entry}` : `list${least} of ${entry}s`;
    }
    case 'object':
      return 'object';
    default:
      throw new Error(`npm run fields: no wording for a field of JSON Schema type ${String(node.type)}`);
  }
}

/**
 * Every field under `node`, depth first; the fields of a list's entries are `path[].field`
 * (the entries themselves get no row: the list's row says what they are).
 */
function rows(node: Node, path: string, required: boolean): FieldRow[] {
  const own =
    path === '' || path.endsWith('[]')
      ? []
      : [{ path, type: typeOf(node), required, description: node.description ?? '' }];
  if (node.type === 'array' && node.items !== undefined) return [...own, ...rows(node.items, `${path}[]`, true)];
  const fields = Object.entries(node.properties ?? {}).flatMap(([name, field]) =>
    rows(field, path === '' ? name : `${path}.${name}`, node.required?.includes(name) ?? false),
  );
  return [...own, ...fields];
}

/** The fields of one file: its schema's input side (what the file may hold, before the build's transforms). */
export function fieldRows(schema: z.ZodType): FieldRow[] {
  const root = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as Node;
  // A file that is a list (publishers, term groups): its entries' fields, without the leading "[]."
  return rows(root, '', true).map((row) => ({ ...row, path: row.path.replace(/^\[\]\.?/, '') }));
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const fieldReferenceFile = fileURLToPath(new URL('../docs/fields.md', import.meta.url));

/** docs/fields.md, laid out by Prettier as `npm run lint` wants it. */
export async function fieldReference(): Promise<string> {
  return formattedMarkdown(fieldReferenceText(), fieldReferenceFile);
}

function fieldReferenceText(): string {
  const sections = documentedFiles.map(({ file, schema, source }) => {
    const root = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as Node;
    const table = fieldRows(schema).map(
      (row) =>
        `| ${[code(row.path), cell(row.type), row.required ? 'required' : 'optional', cell(row.description)].join(' | ')} |`,
    );
    return [
      `## ${file}`,
      '',
      `Schema: ${code(source)}.`,
      '',
      root.type === 'array' ? `A list. ${root.description ?? ''} The fields of each entry:` : (root.description ?? ''),
      '',
      '| field | type | required | what it holds |',
      '| --- | --- | --- | --- |',
      ...table,
    ]
      .join('\n')
      .replace(/\n\n+/g, '\n\n');
  });
  return `${[
    '# Field reference',
    '',
    'Every field an editor writes, generated from the zod schemas by `npm run fields`; do not edit by hand.',
    '',
    '- Unknown fields are errors. A field inside an optional one is required only when its parent is there.',
    '- `a.b` is the field `b` of the object `a`; `a[].b` is the field `b` of each entry of the list `a`.',
    "- Rules across fields (a pair has two values, a term names a group that exists, a source is on its publisher's domain) are checked by the build and `npm run check:content`, which name the file, the field and what to fix.",
    '',
    ...sections.flatMap((section) => [section, '']),
  ]
    .join('\n')
    .trimEnd()}\n`;
}

if (import.meta.main) {
  writeFileSync(fieldReferenceFile, await fieldReference());
  console.log('wrote docs/fields.md');
}
