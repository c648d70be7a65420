import { languageTag, profileOf, sourceLocale, type ContentLocale } from '../i18n/languages.ts';
import { datePattern, findQuantities, toHalfWidth } from '../lib/authoring/find-quantities.ts';
import { parseQuantities, sameQuantities } from '../lib/authoring/quantities.ts';
import { allBlocks, allSentences, type Annotation } from '../model/structure.ts';
import type { ArticleCheck, ArticleVersion } from './article-version.ts';
import { readNotes } from './read-notes.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { lineOfYamlPath } from './yaml-data.ts';

/** Nor does the number a list item or sub-heading opens with: 1. 2、 (3) （4）. */
const pointNumber = /^\s*(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])/;

function annotationsOf(version: ArticleVersion): Annotation[] {
  return allSentences(version.structure).flatMap((sentence) => sentence.annotations);
}

/**
 * Checks the article's highlights against its notes: every id known, every term in one
 * of the site's `termGroups`, every entry used
 * in every language as often as in the original, every figure's text stating the
 * registry's value, and no number of the original left without a note.
 */
export const checkNotes: ArticleCheck = ({ folder, notesSource, versions, termGroups }) => {
  const problems: ContentProblem[] = [];
  const notesFile = `${folder}/notes.yaml`;
  const uses = new Map<ContentLocale, Annotation[]>(
    [...versions].map(([locale, version]) => [locale, annotationsOf(version)]),
  );
  const anyAnnotation = [...uses.values()].some((list) => list.length > 0);

  if (notesSource === undefined) {
    if (!anyAnnotation) return problems;
    problems.push({
      file: notesFile,
      message: 'the article highlights figures or terms but has no notes.yaml',
      fix: `add ${notesFile} with an entry for every <Fig id> and <Term id>`,
    });
    return problems;
  }
  const notes = readNotes(notesSource, notesFile, problems);
  if (notes === undefined) return problems;
  notes.terms.forEach((term, index) => {
    if (termGroups === undefined || termGroups.has(term.group)) return;
    problems.push({
      file: notesFile,
      line: lineOfYamlPath(notesSource, ['terms', index, 'group']),
      message: `term "${term.id}" names the group "${term.group}", which content/term-groups.yaml does not have`,
      fix: `use one of ${[...termGroups].join(', ')}, or add the group to content/term-groups.yaml`,
    });
  });

  const registry = {
    figure: new Map(notes.figures.map((figure) => [figure.id, figure])),
    term: new Map(notes.terms.map((term) => [term.id, term])),
  };
  const tag = { figure: 'Fig', term: 'Term' } as const;

  for (const [locale, version] of versions) {
    const list = uses.get(locale) ?? [];
    for (const annotation of list) {
      const entry = registry[annotation.kind].get(annotation.id);
      if (entry === undefined) {
        problems.push({
          file: version.file,
          line: annotation.line,
          message: `<${tag[annotation.kind]} id="${annotation.id}"> names no entry in notes.yaml`,
          fix: `fix the id, or add a ${annotation.kind} "${annotation.id}" to ${notesFile}`,
        });
        continue;
      }
      if (annotation.kind === 'figure' && 'values' in entry) {
        const stated = parseQuantities(annotation.text, profileOf(locale).script);
        if (!sameQuantities(stated, entry.values)) {
          problems.push({
            file: version.file,
            line: annotation.line,
            message: `figure "${annotation.id}" reads "${annotation.text}" = [${stated.join(', ')}], but notes.yaml says [${entry.values.join(', ')}]`,
            fix: 'make the highlighted text state the registry value (or correct the value in notes.yaml)',
          });
        }
      }
    }
    for (const kind of ['figure', 'term'] as const) {
      for (const id of registry[kind].keys()) {
        if (!list.some((annotation) => annotation.kind === kind && annotation.id === id)) {
          problems.push({
            file: version.file,
            message: `${kind} "${id}" of notes.yaml is not used in the ${languageTag[locale]} text`,
            fix: `highlight it with <${tag[kind]} id="${id}">…</${tag[kind]}>, or remove the entry`,
          });
        }
      }
    }
  }

  const original = versions.get(sourceLocale);
  if (original !== undefined) {
    const count = (list: Annotation[], annotation: Annotation) =>
      list.filter((other) => other.kind === annotation.kind && other.id === annotation.id).length;
    const originalUses = uses.get(sourceLocale) ?? [];
    for (const [locale, version] of versions) {
      if (locale === sourceLocale) continue;
      const list = uses.get(locale) ?? [];
      const reported = new Set<string>();
      for (const annotation of [...originalUses, ...list]) {
        const key = `${annotation.kind}:${annotation.id}`;
        if (reported.has(key) || !registry[annotation.kind].has(annotation.id)) continue;
        reported.add(key);
        const inOriginal = count(originalUses, annotation);
        const inTranslation = count(list, annotation);
        if (inOriginal !== inTranslation) {
          problems.push({
            file: version.file,
            line: list.find((other) => other.kind === annotation.kind && other.id === annotation.id)?.line,
            message: `${annotation.kind} "${annotation.id}" is highlighted ${inTranslation} time(s) here but ${inOriginal} time(s) in ${original.file}`,
            fix: 'highlight it at the same places as the original',
          });
        }
      }
    }
    // The first sentence of a list item, and a sub-heading, may open with its point's number.
    const openers = new Set(
      allBlocks(original.structure).flatMap((block) =>
        block.kind === 'list'
          ? block.items.map((item) => item.sentences[0]?.id)
          : block.kind === 'subheading'
            ? [block.id]
            : [],
      ),
    );
    for (const sentence of allSentences(original.structure)) {
      const text = openers.has(sentence.id) ? sentence.bareText.replace(pointNumber, ' ') : sentence.bareText;
      // Every Arabic number but a date needs a note, full-width (５６１１) too, reported as
      // written; a Chinese numeral, where it is a quantity (两批次, 三级; the exceptions are
      // listed in src/lib/authoring/find-quantities.ts).
      const plain = toHalfWidth(text).replace(datePattern, (date) => ' '.repeat(date.length));
      const numbers = [...plain.matchAll(/\d+(?:[.,/·]\d+)*/g)].map((match) =>
        text.slice(match.index, match.index + match[0].length),
      );
      const chinese = findQuantities(text)
        .map((quantity) => quantity.text)
        .filter((quantity) => !/\d/.test(toHalfWidth(quantity)));
      for (const number of [...numbers, ...chinese]) {
        problems.push({
          file: original.file,
          line: sentence.line,
          message: `the ${/\d/.test(toHalfWidth(number)) ? 'number' : 'quantity'} ${number} in sentence "${sentence.id}" has no note`,
          fix: 'wrap the figure in <Fig id="…">…</Fig> (or the slogan in <Term id="…">) and add its entry to notes.yaml',
        });
      }
    }
  }
  return problems;
};
