import yaml from 'js-yaml';
import { termGroupsSchema, type TermGroup } from '../schemas/term-groups';
import type { ContentProblem } from './content-error';
import { lineOfYamlPath } from './notes-integrity';

/** The site's term groups, beside the article folders: content/term-groups.yaml. */
export const termGroupsFileName = 'term-groups.yaml';

/** Reads and validates term-groups.yaml; undefined (with problems) when it is unusable. */
export function readTermGroups(source: string, file: string, problems: ContentProblem[]): TermGroup[] | undefined {
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    problems.push({
      file,
      line: mark?.line === undefined ? undefined : mark.line + 1,
      message: `not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`,
      fix: 'fix the YAML syntax',
    });
    return undefined;
  }
  const result = termGroupsSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        file,
        line: lineOfYamlPath(source, issue.path),
        message: `${issue.path.join('.') || 'the file'} is invalid: ${issue.message}`,
        fix: 'see the field descriptions in src/schemas/term-groups.ts',
      });
    }
    return undefined;
  }
  for (const key of ['id', 'order'] as const) {
    const seen = new Set<string | number>();
    result.data.forEach((group, index) => {
      if (seen.has(group[key])) {
        problems.push({
          file,
          line: lineOfYamlPath(source, [index, key]),
          message: `group ${key} ${JSON.stringify(group[key])} is used twice`,
          fix: `give every group its own ${key}`,
        });
      }
      seen.add(group[key]);
    });
  }
  return result.data;
}
