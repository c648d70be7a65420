import type { ContentProblem } from '../model/content-problem.ts';
import type { SourcesCheck } from './source-publishers.ts';

/**
 * Every cited URL on a host whose page addresses have a known shape
 * (content/publishers.yaml, `pagePaths`) has a path of that shape, so a slip in copying
 * an address — `.html` for `.htm`, `2017-07-07` for `2017-07/07` — fails the build with
 * the file, the line and a well-formed example, instead of sending readers to a dead page.
 * Hosts with no known shape are not checked. Unknown publishers, hosts off a publisher's
 * domains and a malformed table are the publisher check's to report (source-publishers.ts),
 * which runs this check on the same reading of each notes.yaml (src/checks/index.ts).
 */
export const checkSourceUrlShapes: SourcesCheck = (notesFile, sources, publishers, publishersFile) => {
  const problems: ContentProblem[] = [];
  for (const { noteId, source, lineOf } of sources) {
    const url = new URL(source.url);
    const host = url.hostname.toLowerCase();
    const shape = publishers.get(source.publisher)?.pagePaths?.find((page) => page.host === host);
    if (shape === undefined || new RegExp(shape.pattern, 'u').test(url.pathname)) continue;
    problems.push({
      file: notesFile,
      line: lineOf('url'),
      message: `source of "${noteId}" has a malformed address: ${host} pages are ${shape.shape}, and ${url.pathname} is not`,
      fix: `check the address on the publisher's site; a well-formed one reads ${url.protocol}//${host}${shape.example} (the shape is in ${publishersFile}, pagePaths)`,
    });
  }
  return problems;
};
