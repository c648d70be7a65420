import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../model/content-problem.ts';
import { yamlFix } from '../model/yaml-fix.ts';

/**
 * The line of a YAML path such as ['figures', 3, 'values'] in block-style YAML: the
 * list key, then the index-th item, then the key inside it.
 */
export function lineOfYamlPath(source: string, path: readonly PropertyKey[]): number | undefined {
  const lines = source.split('\n');
  let line = 0;
  let indent = -1;
  for (const key of path) {
    if (typeof key === 'number') {
      let seen = -1;
      let found = false;
      // The list's items are the "- " lines at the first item's indent: deeper ones
      // belong to lists inside the items (values, sources), and a line left of the list
      // ends it.
      let itemIndent: number | undefined;
      for (let i = line; i < lines.length; i += 1) {
        const text = lines[i] ?? '';
        const at = /^(\s*)/.exec(text)?.[1]?.length ?? 0;
        if (i > line && text.trim() !== '' && !text.trimStart().startsWith('#') && at < indent) break;
        const match = /^(\s*)- /.exec(text);
        if (match?.[1] === undefined) continue;
        itemIndent ??= match[1].length;
        if (match[1].length !== itemIndent) continue;
        seen += 1;
        if (seen === key) {
          line = i;
          indent = match[1].length + 2;
          found = true;
          break;
        }
      }
      if (!found) return line + 1;
    } else if (typeof key === 'string') {
      const pattern = new RegExp(`^(\\s*)(?:- )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      // Only inside the current entry: a key it lacks is not the next entry's.
      const after = lines.findIndex(
        (text, i) => i > line && indent > 0 && text.trim() !== '' && text.length - text.trimStart().length < indent,
      );
      const index = lines.findIndex((text, i) => i >= line && (after === -1 || i < after) && pattern.test(text));
      if (index === -1) return line + 1;
      line = index;
      indent = (/^(\s*)/.exec(lines[index] ?? '')?.[1]?.length ?? 0) + 1;
    }
  }
  return line + 1;
}

/**
 * Reads a YAML data file and validates it against its schema; undefined (with a problem
 * per mistake, each with its line) when it is unusable. `schemaFile` is where an editor
 * reads what each field means.
 */
export function readYamlData<T>(
  source: string,
  file: string,
  schema: z.ZodType<T>,
  schemaFile: string,
  problems: ContentProblem[],
): T | undefined {
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const message = (error as Error).message.split('\n')[0] ?? '';
    problems.push({
      file,
      line: mark?.line === undefined ? undefined : mark.line + 1,
      message: `not valid YAML: ${message}`,
      fix: yamlFix(message),
    });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        file,
        line: lineOfYamlPath(source, issue.path),
        message: `${issue.path.join('.') || 'the file'} is invalid: ${issue.message}`,
        fix: `see the field descriptions in ${schemaFile}`,
      });
    }
    return undefined;
  }
  return result.data;
}
