import { sourceLocale } from '../i18n/languages.ts';
import { sentenceProblem } from '../lib/authoring/sentences.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { allBlocks, blockSentences } from '../model/structure.ts';
import type { ArticleVersion } from './article-version.ts';

/**
 * Each <S> of the original holds one sentence, as the scaffolder splits them
 * (src/lib/authoring/sentences.ts): a paragraph's ends at 。！？ (its last may end at a
 * colon: a salutation, an addressee line); a list point's may end otherwise but holds no
 * second sentence; a sub-heading is a heading, not a sentence.
 */
export function checkSourceSentences(version: ArticleVersion): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (version.locale !== sourceLocale) return problems;
  for (const block of allBlocks(version.structure)) {
    if (block.kind === 'subheading') continue;
    const kind = block.kind === 'list' ? 'item' : 'paragraph';
    const groups = block.kind === 'list' ? block.items.map((item) => item.sentences) : [blockSentences(block)];
    for (const sentences of groups) {
      sentences.forEach((sentence, index) => {
        const problem = sentenceProblem(sentence.text, { kind, last: index === sentences.length - 1 });
        if (problem === undefined) return;
        problems.push({
          file: version.file,
          line: sentence.line,
          message: `sentence "${sentence.id}" is not exactly one sentence: ${problem === 'two sentences' ? 'it holds another after its 。！？' : 'it does not end at 。！？ (only the last of a paragraph may end at a colon)'}`,
          fix: 'split or join <S> elements so each holds one Chinese sentence, up to and including its 。！？',
        });
      });
    }
  }
  return problems;
}
