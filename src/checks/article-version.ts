import type { ContentLocale } from '../i18n/languages.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import type { ArticleStructure } from '../model/structure.ts';

/** One language version of an article, read and checked on its own. */
export interface ArticleVersion {
  locale: ContentLocale;
  file: string;
  source: string;
  structure: ArticleStructure;
}

/** One article folder as every check sees it: its files read, its versions parsed once. */
export interface ArticleUnderCheck {
  /** The folder, relative to the project root (content/articles/<slug>). */
  folder: string;
  /** File names (zh.mdx, notes.yaml) to their text. */
  files: ReadonlyMap<string, string>;
  /** Each language version that parsed. */
  versions: ReadonlyMap<ContentLocale, ArticleVersion>;
  /** The text of notes.yaml, if the article has one. */
  notesSource: string | undefined;
  /** The group ids terms may name; undefined when the groups file is itself broken (reported on its own). */
  termGroups: ReadonlySet<string> | undefined;
}

/** One check across an article's files: each returns the problems it finds, and nothing else. */
export type ArticleCheck = (article: ArticleUnderCheck) => ContentProblem[];
