import { languageTag, locales, sourceLocale } from '../i18n/languages.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { editionFileName } from '../model/layout.ts';
import { allSentences } from '../model/structure.ts';
import { articleSchema } from '../schemas/article.ts';
import type { ArticleVersion } from './article-version.ts';

/** The line of a frontmatter key, so a schema error points at it. */
export function lineOfKey(source: string, key: string | number | symbol | undefined, fallback: number): number {
  if (typeof key !== 'string') return fallback;
  const index = source.split('\n').findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
  return index === -1 ? fallback : index + 1;
}

/** Checks one version's frontmatter against the schema and against its file name and role. */
export function checkFrontmatter(version: ArticleVersion): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { structure, file, source, locale } = version;
  const result = articleSchema.safeParse(structure.frontmatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.at(-1);
      problems.push({
        file,
        line: lineOfKey(source, key, structure.frontmatterLine),
        message: `frontmatter ${path === '' ? '' : `"${path}" `}is invalid: ${issue.message}`,
        fix:
          issue.code === 'unrecognized_keys'
            ? `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}: the fields are listed in src/schemas/article.ts`
            : 'see the field descriptions in src/schemas/article.ts',
      });
    }
    return problems;
  }
  const data = result.data;
  if (data.lang !== languageTag[locale]) {
    problems.push({
      file,
      line: lineOfKey(source, 'lang', 1),
      message: `lang is "${data.lang}" but the file name says ${locale} (${languageTag[locale]})`,
      fix: `set lang: ${languageTag[locale]}, or rename the file`,
    });
  }
  if (locale === sourceLocale && data.translation !== undefined) {
    problems.push({
      file,
      line: lineOfKey(source, 'translation', 1),
      message: 'the original has a "translation" field',
      fix: 'remove it: only translations say what they translate',
    });
  }
  if (locale !== sourceLocale && data.translation === undefined) {
    problems.push({
      file,
      line: structure.frontmatterLine,
      message: 'a translation does not say what it translates',
      fix: `add translation: { of: ${languageTag[sourceLocale]}, translator: "…" }`,
    });
  }
  if (locale === sourceLocale && data.editions === undefined) {
    problems.push({
      file,
      line: structure.frontmatterLine,
      message: 'the original does not say which editions the article has',
      fix: `add editions: [${locales.join(', ')}] (the locales it is published in)`,
    });
  }
  if (locale !== sourceLocale && data.editions !== undefined) {
    problems.push({
      file,
      line: lineOfKey(source, 'editions', 1),
      message: 'a translation has an "editions" field',
      fix: `remove it: the original (${editionFileName(sourceLocale)}) lists the editions`,
    });
  }
  const opening = allSentences(structure)[0];
  if (data.dateline !== undefined && opening !== undefined && !opening.text.startsWith(data.dateline)) {
    problems.push({
      file,
      line: lineOfKey(source, 'dateline', 1),
      message: `dateline "${data.dateline}" is not how the first sentence ("${opening.text.slice(0, 16)}…", line ${opening.line}) begins`,
      fix: 'write the dateline exactly as the first sentence opens with it, or remove the field',
    });
  }
  if (data.translation !== undefined && data.translation.of !== languageTag[sourceLocale]) {
    problems.push({
      file,
      line: lineOfKey(source, 'of', 1),
      message: `translation.of is "${data.translation.of}" but the original is ${languageTag[sourceLocale]}`,
      fix: `set translation.of: ${languageTag[sourceLocale]}`,
    });
  }
  return problems;
}
