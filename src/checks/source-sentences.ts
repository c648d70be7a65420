import { sourceLocale } from '../i18n/languages.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { allBlocks, blockSentences } from '../model/structure.ts';
import type { ArticleVersion } from './article-version.ts';

/**
 * A Chinese sentence ends at 。！？ (closing quotes or brackets may follow), and only there;
 * copied texts may end one with a half-width ! or ? (as `npm run new-article` splits them).
 */
const chineseSentenceEnd = /[。！？!?][”’」』）)]*$/;
const chineseSentenceBreak = /[。！？][”’」』）)]*(?=[^”’」』）)])/u;

/**
 * Each <S> of the original holds one sentence. A paragraph's sentence ends at 。！？; a
 * list item's may end otherwise (points end in ；or nothing) but holds no second sentence;
 * a sub-heading is a heading, not a sentence.
 */
export function checkSourceSentences(version: ArticleVersion): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (version.locale !== sourceLocale) return problems;
  for (const block of allBlocks(version.structure)) {
    if (block.kind === 'subheading') continue;
    for (const sentence of blockSentences(block)) {
      const endsWrong = block.kind === 'paragraph' && !chineseSentenceEnd.test(sentence.text);
      if (!endsWrong && !chineseSentenceBreak.test(sentence.text)) continue;
      problems.push({
        file: version.file,
        line: sentence.line,
        message: `sentence "${sentence.id}" is not exactly one sentence: it must end at 。！？ and hold no other`,
        fix: 'split or join <S> elements so each holds one Chinese sentence, up to and including its 。！？',
      });
    }
  }
  return problems;
}
