import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentLocales, isContentLocale, languageTag, sourceLocale, type ContentLocale } from '../i18n/languages';
import { articleSchema } from '../schemas/article';
import { kebabId } from '../schemas/ids';
import { readArticleStructure, type ArticleStructure } from './article-structure';
import type { ContentProblem } from './content-error';
import { checkNotes } from './notes-integrity';
import { readTermGroups, termGroupsFileName } from './term-groups';

/** The figure and term registry beside an article's language files. */
export const notesFileName = 'notes.yaml';

/** One language version of an article, read and checked on its own. */
export interface ArticleVersion {
  locale: ContentLocale;
  file: string;
  source: string;
  structure: ArticleStructure;
}

/** A Chinese sentence ends at 。！？ (closing quotes or brackets may follow), and only there. */
const chineseSentenceEnd = /[。！？][”’」』）)]*$/;
const chineseSentenceBreak = /[。！？][”’」』）)]*(?=[^”’」』）)])/u;

/** The line of a frontmatter key, so a schema error points at it. */
function lineOfKey(source: string, key: string | number | symbol | undefined, fallback: number): number {
  if (typeof key !== 'string') return fallback;
  const index = source.split('\n').findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
  return index === -1 ? fallback : index + 1;
}

function checkFrontmatter(version: ArticleVersion, problems: ContentProblem[]): void {
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
    return;
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
  if (data.translation !== undefined && data.translation.of !== languageTag[sourceLocale]) {
    problems.push({
      file,
      line: lineOfKey(source, 'of', 1),
      message: `translation.of is "${data.translation.of}" but the original is ${languageTag[sourceLocale]}`,
      fix: `set translation.of: ${languageTag[sourceLocale]}`,
    });
  }
}

function checkSourceSentences(version: ArticleVersion, problems: ContentProblem[]): void {
  const paragraphs = [...version.structure.lead, ...version.structure.sections.flatMap((s) => s.paragraphs)];
  for (const sentence of paragraphs.flatMap((p) => p.sentences)) {
    if (!chineseSentenceEnd.test(sentence.text) || chineseSentenceBreak.test(sentence.text)) {
      problems.push({
        file: version.file,
        line: sentence.line,
        message: `sentence "${sentence.id}" is not exactly one sentence: it must end at 。！？ and hold no other`,
        fix: 'split or join <S> elements so each holds one Chinese sentence, up to and including its 。！？',
      });
    }
  }
}

/** Compares a translation's structure with the original's, section by section. */
function checkAlignment(original: ArticleVersion, translation: ArticleVersion, problems: ContentProblem[]): void {
  const a = original.structure;
  const b = translation.structure;
  const report = (line: number | undefined, message: string, fix: string) =>
    problems.push({ file: translation.file, line, message, fix });

  const idsA = a.sections.map((s) => s.id).join(', ');
  const idsB = b.sections.map((s) => s.id).join(', ');
  if (idsA !== idsB) {
    const missing = a.sections.filter((s) => !b.sections.some((t) => t.id === s.id)).map((s) => s.id);
    const extra = b.sections.filter((s) => !a.sections.some((t) => t.id === s.id)).map((s) => s.id);
    const detail =
      missing.length > 0 || extra.length > 0
        ? `${missing.length > 0 ? `missing ${missing.join(', ')}` : ''}${missing.length > 0 && extra.length > 0 ? '; ' : ''}${extra.length > 0 ? `not in the original: ${extra.join(', ')}` : ''}`
        : 'same ids in another order';
    report(
      b.sections[0]?.line,
      `section ids differ from ${original.file} (${detail}): original has [${idsA}], this has [${idsB}]`,
      'use the same section ids in the same order in every language',
    );
    return;
  }

  const compareParagraphs = (
    label: string,
    paragraphsA: ArticleStructure['lead'],
    paragraphsB: ArticleStructure['lead'],
    line: number | undefined,
  ) => {
    if (paragraphsA.length !== paragraphsB.length) {
      report(
        line,
        `${label} has ${paragraphsB.length} paragraph(s) but the original has ${paragraphsA.length}`,
        'translate paragraph by paragraph: one <P> for each paragraph of the original',
      );
      return;
    }
    paragraphsA.forEach((pa, index) => {
      const pb = paragraphsB[index];
      if (pb !== undefined && pa.sentences.length !== pb.sentences.length) {
        report(
          pb.line,
          `paragraph "${pb.id}" has ${pb.sentences.length} sentence span(s) but the original has ${pa.sentences.length}`,
          'give each sentence of the original one <S> with the same id, holding the English sentence(s) that translate it',
        );
      }
    });
  };

  compareParagraphs('the lead', a.lead, b.lead, b.lead[0]?.line);
  a.sections.forEach((sa, index) => {
    const sb = b.sections[index];
    if (sb !== undefined) compareParagraphs(`section "${sb.id}"`, sa.paragraphs, sb.paragraphs, sb.line);
  });
}

/**
 * Checks one article folder: every language present and valid, and every translation
 * aligned with the original, and its highlights matching its notes. `files` maps file
 * names (zh.mdx, notes.yaml) to their text; `termGroups` are the ids terms may name
 * (undefined when the groups file is itself broken: that is reported on its own).
 */
export function checkArticle(
  folder: string,
  files: ReadonlyMap<string, string>,
  termGroups: ReadonlySet<string> | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const versions = new Map<ContentLocale, ArticleVersion>();
  const slug = folder.split('/').at(-1) ?? folder;

  if (!kebabId.test(slug)) {
    problems.push({
      file: folder,
      message: `article folder "${slug}" is not a kebab-case ASCII name`,
      fix: 'rename the folder: it is the article URL, e.g. sichuan-police-2019',
    });
  }
  for (const [name, source] of files) {
    if (name === notesFileName) continue;
    const file = `${folder}/${name}`;
    const locale = name.replace(/\.mdx$/, '');
    if (!name.endsWith('.mdx') || !isContentLocale(locale)) {
      problems.push({
        file,
        message: `"${name}" is not a language file`,
        fix: `name article files after their language: ${contentLocales.map((l) => `${l}.mdx`).join(', ')}`,
      });
      continue;
    }
    const { structure, problems: found } = readArticleStructure(source, file);
    problems.push(...found);
    if (structure !== undefined) {
      const version = { locale, file, source, structure };
      versions.set(locale, version);
      checkFrontmatter(version, problems);
      if (locale === sourceLocale) checkSourceSentences(version, problems);
    }
  }
  for (const locale of contentLocales) {
    if (!files.has(`${locale}.mdx`)) {
      problems.push({
        file: folder,
        message: `the article lacks its ${languageTag[locale]} version`,
        fix: `add ${folder}/${locale}.mdx`,
      });
    }
  }
  const original = versions.get(sourceLocale);
  if (original !== undefined) {
    for (const version of versions.values()) {
      if (version !== original) checkAlignment(original, version, problems);
    }
  }
  problems.push(...checkNotes(folder, files.get(notesFileName), versions, termGroups));
  return problems;
}

/**
 * Checks every article under `articlesDir`, and the term groups beside it; paths in
 * problems are relative to `root`.
 */
export function checkArticles(articlesDir: string, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const groupsPath = join(articlesDir, '..', termGroupsFileName);
  const groupsFile = relative(root, groupsPath);
  let groups: ReadonlySet<string> | undefined;
  try {
    const read = readTermGroups(readFileSync(groupsPath, 'utf8'), groupsFile, problems);
    groups = read === undefined ? undefined : new Set(read.map((group) => group.id));
  } catch {
    problems.push({
      file: groupsFile,
      message: 'the term groups are missing',
      fix: 'add content/term-groups.yaml: the groups of the key-terms page (src/schemas/term-groups.ts)',
    });
  }
  for (const entry of readdirSync(articlesDir).sort()) {
    const path = join(articlesDir, entry);
    const folder = relative(root, path);
    if (!statSync(path).isDirectory()) {
      problems.push({
        file: folder,
        message: 'a file outside any article folder',
        fix: 'move it into content/articles/<slug>/',
      });
      continue;
    }
    const files = new Map<string, string>();
    for (const name of readdirSync(path).sort()) {
      if (name.endsWith('.mdx') || name === notesFileName) files.set(name, readFileSync(join(path, name), 'utf8'));
    }
    problems.push(...checkArticle(folder, files, groups));
  }
  return problems;
}
