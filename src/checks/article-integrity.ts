import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  contentLocales,
  isContentLocale,
  languageTag,
  locales,
  sourceLocale,
  textLocale,
  type ContentLocale,
} from '../i18n/languages.ts';
import { besideArticles, editionFileName, notesFileName, termGroupsFileName } from '../model/layout.ts';
import { parseEdition } from '../model/parse-once.ts';
import { allBlocks, blockSentences, type ArticleStructure, type Block } from '../model/structure.ts';
import { articleSchema } from '../schemas/article.ts';
import { kebabId } from '../schemas/ids.ts';
import type { ContentProblem } from './content-error.ts';
import { checkNotes } from './notes-integrity.ts';
import { findPlaceholders } from './placeholders.ts';
import { checkSchemaReference } from './schema-reference.ts';
import { checkPublishedSources } from './source-publishers.ts';
import { checkTermWording } from './term-wording.ts';
import { readTermGroups } from './term-groups.ts';

/** One language version of an article, read and checked on its own. */
export interface ArticleVersion {
  locale: ContentLocale;
  file: string;
  source: string;
  structure: ArticleStructure;
}

/**
 * A Chinese sentence ends at 。！？ (closing quotes or brackets may follow), and only there;
 * copied texts may end one with a half-width ! or ? (as `npm run new-article` splits them).
 */
const chineseSentenceEnd = /[。！？!?][”’」』）)]*$/;
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
  if (data.translation !== undefined && data.translation.of !== languageTag[sourceLocale]) {
    problems.push({
      file,
      line: lineOfKey(source, 'of', 1),
      message: `translation.of is "${data.translation.of}" but the original is ${languageTag[sourceLocale]}`,
      fix: `set translation.of: ${languageTag[sourceLocale]}`,
    });
  }
}

/**
 * Each <S> of the original holds one sentence. A paragraph's sentence ends at 。！？; a
 * list item's may end otherwise (points end in ；or nothing) but holds no second sentence;
 * a sub-heading is a heading, not a sentence.
 */
function checkSourceSentences(version: ArticleVersion, problems: ContentProblem[]): void {
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
}

/** What a block is, for messages: paragraph "x", list item "y". */
const blockName: Record<Block['kind'], string> = { paragraph: 'paragraph', subheading: 'sub-heading', list: 'list' };

/** A block's outline, compared between languages: its kind, id, and the ids inside it. */
function outline(block: Block): string {
  const inner =
    block.kind === 'list'
      ? block.items.map((item) => `${item.id}(${item.sentences.map((s) => s.id).join(' ')})`).join(' ')
      : block.sentences.map((sentence) => sentence.id).join(' ');
  return `${block.kind}:${block.id}[${inner}]`;
}

/**
 * Compares a translation's structure with the original's: the same sections in the same
 * order, and in each the same blocks (paragraphs, sub-headings, lists and their items)
 * holding the same sentence ids, so every element has its twin.
 */
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

  const compareBlocks = (label: string, blocksA: Block[], blocksB: Block[], line: number | undefined) => {
    blocksA.forEach((blockA, index) => {
      const blockB = blocksB.find((candidate) => candidate.id === blockA.id);
      if (blockB === undefined) {
        report(
          blocksB[index]?.line ?? line,
          `${label} lacks the ${blockName[blockA.kind]} "${blockA.id}" of the original (line ${blockA.line})`,
          `translate it as a ${blockName[blockA.kind]} with id="${blockA.id}", in the same place`,
        );
        return;
      }
      if (blockB.kind !== blockA.kind) {
        report(
          blockB.line,
          `"${blockA.id}" is a ${blockName[blockB.kind]} here but a ${blockName[blockA.kind]} in the original`,
          `make it a ${blockName[blockA.kind]}`,
        );
        return;
      }
      if (outline(blockA) === outline(blockB)) return;
      const sentencesA = blockSentences(blockA).map((sentence) => sentence.id);
      const sentencesB = blockSentences(blockB).map((sentence) => sentence.id);
      const missing = sentencesA.filter((id) => !sentencesB.includes(id));
      const extra = sentencesB.filter((id) => !sentencesA.includes(id));
      const detail = [
        missing.length > 0 ? `missing ${missing.join(', ')}` : '',
        extra.length > 0 ? `not in the original: ${extra.join(', ')}` : '',
      ]
        .filter((part) => part !== '')
        .join('; ');
      report(
        blockB.line,
        `${blockName[blockB.kind]} "${blockB.id}" has ${sentencesB.length} sentence span(s) but the original has ${sentencesA.length}${detail === '' ? ' (ids in another order or other items)' : ` (${detail})`}`,
        'give each sentence of the original one <S> with the same id, holding the sentence(s) that translate it, in the same order',
      );
    });
    for (const blockB of blocksB) {
      if (!blocksA.some((blockA) => blockA.id === blockB.id)) {
        report(
          blockB.line,
          `${label} has a ${blockName[blockB.kind]} "${blockB.id}" that the original lacks`,
          'remove it, or give it the id of the element it translates',
        );
      }
    }
    const order = (blocks: Block[]) =>
      blocks
        .map((block) => block.id)
        .filter((id) => blocksA.some((x) => x.id === id) && blocksB.some((y) => y.id === id))
        .join(' ');
    if (order(blocksA) !== order(blocksB)) {
      report(line, `${label} has its paragraphs in another order than the original`, "keep the original's order");
    }
  };

  compareBlocks('the lead', a.lead, b.lead, b.lead[0]?.line);
  a.sections.forEach((sa, index) => {
    const sb = b.sections[index];
    if (sb !== undefined) compareBlocks(`section "${sb.id}"`, sa.blocks, sb.blocks, sb.line);
  });
}

/**
 * The original lists the article's editions: each needs its text (its own file, or the
 * file it is converted from), and every file is one of them.
 */
function checkEditions(
  folder: string,
  files: ReadonlyMap<string, string>,
  versions: ReadonlyMap<ContentLocale, ArticleVersion>,
  problems: ContentProblem[],
): void {
  if (!files.has(editionFileName(sourceLocale))) {
    problems.push({
      file: folder,
      message: `the article lacks its original, ${editionFileName(sourceLocale)}`,
      fix: `add ${folder}/${editionFileName(sourceLocale)}`,
    });
    return;
  }
  const original = versions.get(sourceLocale);
  const declared = articleSchema.safeParse(original?.structure.frontmatter).data?.editions;
  if (original === undefined || declared === undefined) return;
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
  for (const [name, source] of files) problems.push(...findPlaceholders(`${folder}/${name}`, source));
  for (const [name, source] of files) {
    if (name === notesFileName) continue;
    const file = `${folder}/${name}`;
    const locale = name.replace(/\.mdx$/, '');
    if (!name.endsWith('.mdx') || !isContentLocale(locale)) {
      problems.push({
        file,
        message: `"${name}" is not a language file`,
        fix: `name article files after their language: ${contentLocales.map(editionFileName).join(', ')}`,
      });
      continue;
    }
    const { structure, problems: found } = parseEdition(source, file);
    problems.push(...found);
    if (structure !== undefined) {
      const version = { locale, file, source, structure };
      versions.set(locale, version);
      checkFrontmatter(version, problems);
      if (locale === sourceLocale) checkSourceSentences(version, problems);
    }
  }
  checkEditions(folder, files, versions, problems);
  const original = versions.get(sourceLocale);
  if (original !== undefined) {
    for (const version of versions.values()) {
      if (version !== original) checkAlignment(original, version, problems);
    }
  }
  problems.push(...checkNotes(folder, files.get(notesFileName), versions, termGroups));
  problems.push(...checkTermWording(folder, files.get(notesFileName), versions));
  return problems;
}

/**
 * Checks every article under `articlesDir`, and the term groups beside it; paths in
 * problems are relative to `root`.
 */
export function checkArticles(articlesDir: string, root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const groupsPath = besideArticles(articlesDir, termGroupsFileName);
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
    const notes = files.get(notesFileName);
    if (notes !== undefined) {
      problems.push(...checkSchemaReference(join(folder, notesFileName), join(path, notesFileName), notes, root));
    }
    problems.push(...checkArticle(folder, files, groups));
  }
  problems.push(...checkPublishedSources(articlesDir, root));
  return problems;
}
