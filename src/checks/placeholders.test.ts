import { describe, expect, it } from 'vitest';
import { checkWith, folder, messages } from './fixtures/minimal';
import { findPlaceholders } from './placeholders';

describe('the placeholder check', () => {
  it('lists each placeholder with its line and what to write', () => {
    const text = 'a: 1\nb: "[[TODO: the English label]]" # and [[TODO: its unit]]\nc: [[TODO]]\n';
    expect(messages(findPlaceholders('x/notes.yaml', text))).toBe(
      [
        'x/notes.yaml:2: placeholder — the English label',
        'x/notes.yaml:2: placeholder — its unit',
        'x/notes.yaml:3: placeholder — fill in what this placeholder stands for',
      ].join('\n'),
    );
  });

  it('reports a placeholder left open', () => {
    expect(messages(findPlaceholders('x/en.mdx', 'one\n[[TODO: translate this\n'))).toBe(
      'x/en.mdx:2: placeholder without its closing ]] — fill it in, or close it: [[TODO: <what to write>]]',
    );
  });

  it('finds none in text without them', () => {
    expect(findPlaceholders('x/zh.mdx', '[[not a placeholder]] TODO: [x]')).toEqual([]);
  });

  it("fails an article in its frontmatter, body and notes, naming each file's line", () => {
    const inTitle = checkWith('en.mdx', /^title: .*$/m, 'title: "[[TODO: the headline in English]]"');
    expect(messages(inTitle)).toContain(`${folder}/en.mdx:2: placeholder — the headline in English`);
    const inNotes = checkWith('notes.yaml', 'zh: 培训班', 'zh: "[[TODO: 中文标签]]"');
    expect(messages(inNotes)).toMatch(/notes\.yaml:\d+: placeholder — 中文标签/);
  });
});
