import { termGroupsSchema, type TermGroup } from '../schemas/term-groups.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { lineOfYamlPath, readYamlData } from './yaml-data.ts';

/** Reads and validates term-groups.yaml; undefined (with problems) when it is unusable. */
export function readTermGroups(source: string, file: string, problems: ContentProblem[]): TermGroup[] | undefined {
  const data = readYamlData(source, file, termGroupsSchema, 'src/schemas/term-groups.ts', problems);
  if (data === undefined) return undefined;
  for (const key of ['id', 'order'] as const) {
    const seen = new Set<string | number>();
    data.forEach((group, index) => {
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
  return data;
}
