import { sourceLocale } from '../i18n/languages.ts';
import type { ContentProblem } from '../model/content-problem.ts';
import { blockSentences, type Block } from '../model/structure.ts';
import type { ArticleCheck, ArticleVersion } from './article-version.ts';

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
function compareWithOriginal(original: ArticleVersion, translation: ArticleVersion): ContentProblem[] {
  const problems: ContentProblem[] = [];
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
    return problems;
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
  return problems;
}

/** Every translation against the original. */
export const checkAlignment: ArticleCheck = ({ versions }) => {
  const original = versions.get(sourceLocale);
  if (original === undefined) return [];
  return [...versions.values()]
    .filter((version) => version !== original)
    .flatMap((version) => compareWithOriginal(original, version));
};
