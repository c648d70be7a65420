import { sourceLocale } from '../i18n/languages.ts';
import { allSentences } from '../model/structure.ts';
import type { Term } from '../schemas/notes.ts';
import type { ArticleCheck, ArticleVersion } from './article-version.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { readNotes } from './read-notes.ts';
import { lineOfYamlPath } from './yaml-data.ts';

/**
 * A tagged term reads in a translation as its note names it: every <Term id> of en.mdx
 * must word the term as notes.yaml's `name.en` does, or as one of its parts, or as a
 * wording the note's `articleWording` lists with its reason. A reader who opens the note
 * then sees the same words as the sentence, and a renamed term cannot drift from the text.
 *
 * Matching forgives what does not change the words:
 * - letter case ("Fengqiao experience" = "Fengqiao Experience");
 * - quotation marks and apostrophes, straight or curly (“Cloud Sword” operation =
 *   'Cloud Sword' operation), and spacing;
 * - a leading "the", "a" or "an";
 * - a regular plural ending on any word: -s, -es after ch/sh/x/z/ss, -ies for -y
 *   (stations = station, branches = branch, policies = policy; "progress" keeps its -ss).
 *
 * It does not forgive other inflection (caring ≠ care, irregular plurals), spelling
 * variants (-ise/-ize) or a different word order: those are different wordings, to be
 * made the same or listed in `articleWording` with the reason.
 *
 * A name whose parts the article highlights separately (公安部、省公安厅) lists them in
 * `name.en` separated by "; ", and each highlight may state the whole name or one part.
 * An `articleWording` entry no highlight uses any more is reported too, so a stale excuse
 * cannot hide a later drift. The Chinese is the original: its wording is not checked.
 */

/** The comparable form of an English wording (see the rules above). */
export function normalizeWording(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/["'“”‘’«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/^(?:the|a|an) /, '')
    .split(' ')
    .map((word) =>
      word
        .replace(/ies$/, 'y')
        .replace(/(ch|sh|x|z|ss)es$/, '$1')
        .replace(/(?<=[^s])s$/, ''),
    )
    .join(' ');
}

/** The wordings a term's name allows: the whole name and each "; "-separated part. */
export function allowedWordings(name: string): string[] {
  const parts = name.split(';').map((part) => part.trim());
  return parts.length > 1 ? [name, ...parts] : [name];
}

function termAnnotations(version: ArticleVersion) {
  return allSentences(version.structure)
    .flatMap((sentence) => sentence.annotations)
    .filter((annotation) => annotation.kind === 'term');
}

/**
 * Checks every translation's term wordings against notes.yaml. Problems with notes.yaml
 * itself (missing, malformed) are left to checkNotes, which reports them once.
 */
export const checkTermWording: ArticleCheck = ({ folder, notesSource, versions }) => {
  const problems: ContentProblem[] = [];
  if (notesSource === undefined) return problems;
  const notesFile = `${folder}/notes.yaml`;
  const notes = readNotes(notesSource, notesFile, []);
  if (notes === undefined) return problems;
  const terms = new Map<string, { term: Term; index: number }>(
    notes.terms.map((term, index) => [term.id, { term, index }]),
  );

  for (const [locale, version] of versions) {
    if (locale === sourceLocale) continue;
    const used = new Set<string>();
    for (const annotation of termAnnotations(version)) {
      const entry = terms.get(annotation.id);
      if (entry === undefined) continue;
      const { term } = entry;
      const wording = normalizeWording(annotation.text);
      if (allowedWordings(term.name[locale]).some((allowed) => normalizeWording(allowed) === wording)) continue;
      const excuse = term.articleWording?.find((listed) => normalizeWording(listed.text) === wording);
      if (excuse !== undefined) {
        used.add(`${term.id}\n${normalizeWording(excuse.text)}`);
        continue;
      }
      problems.push({
        file: version.file,
        line: annotation.line,
        message: `term "${term.id}" reads "${annotation.text}" here, but its note names it "${term.name[locale]}"`,
        fix: `word it as the note's name.${locale} (or one of its "; " parts), rename the note, or list this wording under articleWording with the reason in ${notesFile}`,
      });
    }
    for (const { term, index } of terms.values()) {
      term.articleWording?.forEach((listed, i) => {
        if (used.has(`${term.id}\n${normalizeWording(listed.text)}`)) return;
        const line = lineOfYamlPath(notesSource, ['terms', index, 'articleWording', i]);
        const wording = normalizeWording(listed.text);
        if (allowedWordings(term.name[locale]).some((allowed) => normalizeWording(allowed) === wording)) {
          problems.push({
            file: notesFile,
            line,
            message: `term "${term.id}" lists the article wording "${listed.text}", which is its name already`,
            fix: 'remove the articleWording entry: the name needs no reason',
          });
          return;
        }
        problems.push({
          file: notesFile,
          line,
          message: `term "${term.id}" lists the article wording "${listed.text}", which no <Term id="${term.id}"> in ${version.file} uses`,
          fix: 'remove the stale articleWording entry, or correct its text to the wording the article uses',
        });
      });
    }
  }
  return problems;
};
