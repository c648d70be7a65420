import { describe, expect, it } from 'vitest';
import {
  columnPrefix,
  firstHighlightIdOf,
  firstHighlightIdPattern,
  highlightId,
  noteId,
  withoutColumnPrefix,
} from './note-ids';

// These ids are addresses readers share (#fig-ID): the literals below are the contract.
describe('note ids', () => {
  it('name first highlights as readers share them, and repeats after them', () => {
    expect(highlightId('figure', 'fugitives-caught')).toBe('fig-fugitives-caught');
    expect(highlightId('term', 'fengqiao-experience', 3)).toBe('term-fengqiao-experience-3');
    expect(noteId('figure', 'fugitives-caught')).toBe('note-fig-fugitives-caught');
    expect(firstHighlightIdOf('note-term-fengqiao-experience')).toBe('term-fengqiao-experience');
  });

  it("put a side-by-side column's language before every id", () => {
    expect(highlightId('figure', 'x', 1, columnPrefix('zh'))).toBe('zh-fig-x');
    expect(noteId('term', 'y', columnPrefix('en'))).toBe('note-en-term-y');
    expect(withoutColumnPrefix('en-term-y-2')).toBe('term-y-2');
    expect(withoutColumnPrefix('term-en-y')).toBe('term-en-y');
  });

  it('accept only a first highlight id from a URL or a note', () => {
    for (const id of ['fig-a', 'term-a-b', 'zh-fig-a-1', 'en-term-x'])
      expect(firstHighlightIdPattern.test(id)).toBe(true);
    for (const id of ['', 'fig-', 'note-fig-a', 'fig-a"><script>', 'FIG-A', 'zh-hant-fig-a', 'sentence-1']) {
      expect(firstHighlightIdPattern.test(id)).toBe(false);
    }
  });
});
