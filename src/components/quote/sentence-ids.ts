import { alignmentId } from '../../schemas/ids';
import { columnPrefix } from '../notes/note-ids';

/**
 * The DOM ids of sentences: the address a quotation links to (`/<lang>/<slug>/#<id>`).
 * One scheme for the components that write them, the scripts that follow them and the
 * tests that link to them.
 *
 * - On an article page a sentence's id is its alignment id (`#lead-1-1`): the same in every
 *   language, so the twin of a linked sentence has the link's id on the other edition.
 * - The side-by-side view shows each sentence twice, so each column puts its language
 *   before the id (`zh-lead-1-1`, `en-lead-1-1`), as it does before the notes' ids.
 * - Every sentence element also carries its bare alignment id as `data-align`.
 */

/** The DOM id of the sentence with this alignment id, after a side-by-side column's prefix. */
export function sentenceId(alignId: string, prefix = ''): string {
  return `${prefix}${alignId}`;
}

/**
 * What a #fragment naming a sentence looks like, with or without a column prefix, and
 * nothing else: a script checks a fragment against it before it looks anything up.
 */
export const sentenceIdPattern = alignmentId;

/**
 * The sentence a fragment (`#lead-1-1`, `#zh-lead-1-1`, from location.hash) names on
 * this page, if it names one: a fragment of any other form, or naming anything but a
 * sentence, gives nothing.
 */
export function sentenceNamedBy(hash: string): HTMLElement | undefined {
  const id = hash.replace(/^#/, '');
  if (!sentenceIdPattern.test(id)) return undefined;
  const element = document.getElementById(id);
  const alignId = element?.dataset.align;
  return element?.classList.contains('sentence') === true && alignId !== undefined && alignmentId.test(alignId)
    ? element
    : undefined;
}

/**
 * The id the same sentence has on another page: on an article page its alignment id,
 * on a side-by-side page the one in the column of `language` (a BCP 47 tag; a column is
 * named by its language without its script, zh for zh-Hant).
 */
export function twinSentenceId(alignId: string, target: { sideBySide: boolean; language: string }): string {
  return target.sideBySide ? sentenceId(alignId, columnPrefix(target.language.split('-')[0] ?? '')) : alignId;
}

/** Whether a sentence element is drawn in a side-by-side column (its id carries a prefix). */
export function isInColumn(sentence: HTMLElement): boolean {
  return sentence.id !== sentence.dataset.align;
}
