/** A mistake in content/, reported with where it is and what to do about it. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/articles/x/en.mdx`. */
  file: string;
  /** 1-based line, where the mistake has one. */
  line?: number | undefined;
  /** What is wrong. */
  message: string;
  /** What the writer should change. */
  fix: string;
}

/** One line, `file:line: problem — fix`, the form editors' quick-fix lists read. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message} — ${problem.fix}`;
}

/** Thrown by the build when content checks fail; the message lists every problem. */
export class ContentCheckError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content check failed: ${count}\n\n${problems.map(formatProblem).join('\n')}\n`);
    this.name = 'ContentCheckError';
    this.problems = problems;
  }
}
