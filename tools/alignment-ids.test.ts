import { describe, expect, it } from 'vitest';
import { idsForOriginal, idsForTranslation } from './alignment-ids';

const original = `---
title: "t"
---

<P id="lead-1">
<S id="lead-1-1">第一句。</S>
<S>新加的一句。</S>
</P>

<Section id="part" title="一、部分">

<Subheading>（一）小标题</Subheading>

<List ordered>
<Item><S>1.第一点；</S></Item>
</List>

</Section>
`;

describe('alignment ids', () => {
  it('writes an id from its text for every element of the original that lacks one, keeping the others', () => {
    const { text, written, problems } = idsForOriginal(original);
    expect(problems).toEqual([]);
    expect(written.map(({ tag }) => tag)).toEqual(['S', 'Subheading', 'List', 'Item', 'S']);
    expect(text).toContain('<S id="lead-1-1">第一句。</S>');
    expect(text).toMatch(/<S id="s-[0-9a-f]{6}">新加的一句。<\/S>/);
    expect(text).toMatch(/<Subheading id="h-[0-9a-f]{6}">（一）小标题<\/Subheading>/);
    expect(text).toMatch(/<List id="l-[0-9a-f]{6}" ordered>/);
    // Run again: nothing more to write, and the text is unchanged.
    expect(idsForOriginal(text).written).toEqual([]);
  });

  it('gives the same sentence the same id wherever other sentences are added', () => {
    const once = idsForOriginal(original).text;
    const moved = idsForOriginal(
      original.replace('<S id="lead-1-1">第一句。</S>', '<S>另一句。</S><S id="lead-1-1">第一句。</S>'),
    );
    const idOf = (text: string) => /<S id="([^"]+)">新加的一句。/.exec(text)?.[1];
    expect(idOf(moved.text)).toBe(idOf(once));
  });

  it("gives a translation the original's ids by place, and says where the two part", () => {
    const withIds = idsForOriginal(original).text;
    const translation = original
      .replace('第一句。', 'First.')
      .replace('新加的一句。', 'An added one.')
      .replace('（一）小标题', '(1) Heading')
      .replace('1.第一点；', '1. The first point;');
    const { text, problems } = idsForTranslation(translation, withIds);
    expect(problems).toEqual([]);
    const ids = (source: string) => [...source.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids(text)).toEqual(ids(withIds));

    const parted = idsForTranslation(translation.replace('<Subheading>(1) Heading</Subheading>', ''), withIds);
    expect(parted.problems[0]?.message).toMatch(/^the translation's elements part from the original's here/);
    expect(parted.written).toEqual([]);
  });
});
