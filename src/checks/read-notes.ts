import type { ContentProblem } from '../model/content-problem.ts';
import { notesSchema, type Notes } from '../schemas/notes.ts';
import { lineOfYamlPath, readYamlData } from './yaml-data.ts';

/** Reads and validates notes.yaml; undefined (with problems) when it is unusable. */
export function readNotes(source: string, file: string, problems: ContentProblem[]): Notes | undefined {
  const data = readYamlData(source, file, notesSchema, 'src/schemas/notes.ts', problems);
  if (data === undefined) return undefined;
  const notes = data;
  for (const list of ['figures', 'terms'] as const) {
    const seen = new Set<string>();
    notes[list].forEach((entry, index) => {
      if (seen.has(entry.id)) {
        problems.push({
          file,
          line: lineOfYamlPath(source, [list, index]),
          message: `${list === 'figures' ? 'figure' : 'term'} id "${entry.id}" is used twice`,
          fix: 'give every entry its own id',
        });
      }
      seen.add(entry.id);
    });
  }
  return notes;
}
