import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { notesJsonSchemaFile } from '../model/layout.ts';
import type { ContentProblem } from '../model/content-problem.ts';

/** The first line of a notes.yaml: YAML language servers validate and complete the file against it. */
const reference = /^# yaml-language-server: \$schema=(\S+)\s*$/;

/** The reference line a notes.yaml at `notesPath` should start with (paths absolute or from the cwd). */
export function schemaReferenceLine(notesPath: string, root: string): string {
  return `# yaml-language-server: $schema=${relative(dirname(resolve(notesPath)), resolve(root, notesJsonSchemaFile))}`;
}

/**
 * Checks that the notes.yaml at `notesPath` (shown as `file`) names the notes JSON Schema
 * on its first line, and that the path leads to it: a wrong path fails silently in the
 * editor, which then validates nothing.
 */
export function checkSchemaReference(file: string, notesPath: string, source: string, root: string): ContentProblem[] {
  const first = source.split('\n', 1)[0] ?? '';
  const expected = schemaReferenceLine(notesPath, root);
  const path = reference.exec(first)?.[1];
  if (path === undefined) {
    return [
      {
        file,
        line: 1,
        message: 'notes.yaml does not start with its JSON Schema reference',
        fix: `make its first line: ${expected}`,
      },
    ];
  }
  const target = join(dirname(resolve(notesPath)), path);
  if (basename(target) === basename(notesJsonSchemaFile) && existsSync(target)) return [];
  return [
    {
      file,
      line: 1,
      message: `the JSON Schema reference points at ${path}, which is not ${notesJsonSchemaFile}`,
      fix: `make the first line: ${expected}`,
    },
  ];
}
