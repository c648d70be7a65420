import type { ContentProblem } from '../model/content-problem.ts';

/**
 * What an editor must still fill in is marked `[[TODO: <what to write>]]`, anywhere in an
 * article's files (frontmatter, body, notes.yaml strings); the scaffolder writes them.
 * Each one is a problem, so the build cannot publish a page that still has one.
 */
const placeholder = /\[\[\s*TODO\b\s*:?\s*(.*?)\s*\]\]/g;

/** An opening `[[TODO` left without its `]]` would otherwise go unseen. */
const unclosed = /\[\[\s*TODO\b(?![^\n]*\]\])/g;

/** One problem per placeholder in `source` (the text of `file`), with its line. */
export function findPlaceholders(file: string, source: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  source.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(placeholder)) {
      problems.push({
        file,
        line: index + 1,
        message: 'placeholder',
        fix: match[1] === '' ? 'fill in what this placeholder stands for' : (match[1] ?? ''),
      });
    }
    for (let count = text.match(unclosed)?.length ?? 0; count > 0; count -= 1) {
      problems.push({
        file,
        line: index + 1,
        message: 'placeholder without its closing ]]',
        fix: 'fill it in, or close it: [[TODO: <what to write>]]',
      });
    }
  });
  return problems;
}
