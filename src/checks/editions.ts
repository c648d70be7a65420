import { languageTag, sourceLocale, textLocale } from '../i18n/languages.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { editionFileName } from '../model/layout.ts';
import { articleSchema } from '../schemas/article.ts';
import type { ArticleCheck } from './article-version.ts';
import { lineOfKey } from './frontmatter.ts';

/**
 * The original lists the article's editions: each needs its text (its own file, or the
 * file it is converted from), and every file is one of them.
 */
export const checkEditions: ArticleCheck = ({ folder, files, versions }) => {
  const problems: ContentProblem[] = [];
  if (!files.has(editionFileName(sourceLocale))) {
    problems.push({
      file: folder,
      message: `the article lacks its original, ${editionFileName(sourceLocale)}`,
      fix: `add ${folder}/${editionFileName(sourceLocale)}`,
    });
    return problems;
  }
  const original = versions.get(sourceLocale);
  const declared = articleSchema.safeParse(original?.structure.frontmatter).data?.editions;
  if (original === undefined || declared === undefined) return problems;
  const line = lineOfKey(original.source, 'editions', original.structure.frontmatterLine);
  for (const locale of declared) {
    const needed = editionFileName(textLocale(locale));
    if (!files.has(needed)) {
      problems.push({
        file: original.file,
        line,
        message: `editions lists ${locale}, but the article has no ${needed}`,
        fix: `add ${folder}/${needed}, or remove ${locale} from editions`,
      });
    }
  }
  for (const locale of versions.keys()) {
    if (!declared.includes(locale)) {
      problems.push({
        file: original.file,
        line,
        message: `${editionFileName(locale)} is not among the editions the original lists`,
        fix: `add ${locale} to editions (${languageTag[locale]}), or remove the file`,
      });
    }
  }
  return problems;
};
