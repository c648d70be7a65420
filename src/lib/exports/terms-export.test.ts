import { describe, expect, it } from 'vitest';
import { readArticleStructure } from '../../model/structure';
import { minimal, termGroupsSource } from '../../checks/fixtures/minimal';
import { readNotes } from '../../checks/read-notes';
import { readTermGroups } from '../../checks/term-groups';
import { groupedTermRows, termRows, termsCsv, termsJson } from './terms-export';

// The minimal article, with its term highlighted a second time in its second section.
const english = minimal['en.mdx'].replace(
  /(<S id="second-part-1-1">)/,
  '$1<Term id="four-consciousnesses">them</Term> ',
);
const structure = readArticleStructure(english, 'en.mdx').structure;
const notes = readNotes(minimal['notes.yaml'], 'notes.yaml', []);
const groups = readTermGroups(termGroupsSource, 'term-groups.yaml', []) ?? [];
if (structure === undefined || notes === undefined) throw new Error('the minimal fixture must parse');
const rows = termRows(notes, structure, groups);

describe('term rows', () => {
  it('number each highlight as the article page does, with the section it stands in', () => {
    expect(rows.map((row) => row.term.id)).toEqual(['four-consciousnesses']);
    expect(rows[0]?.occurrences.map(({ anchorId, section }) => [anchorId, section?.id])).toEqual([
      ['term-four-consciousnesses', 'first-part'],
      ['term-four-consciousnesses-2', 'second-part'],
    ]);
  });

  it('put each term under its group, and leave out groups without terms', () => {
    expect(groupedTermRows(rows, groups).map(({ group, rows: inGroup }) => [group.id, inGroup.length])).toEqual([
      ['formulas', 1],
    ]);
  });
});

describe('terms downloads', () => {
  it('write CSV with a header and one record per term, with every link absolute', () => {
    const records = termsCsv(rows, 'en', 'https://site.example/en/a/').slice(1).split('\r\n');
    expect(records[0]).toBe('id,group,group_label,name,other_name,rendering,explanation,not_stated,sources,links');
    expect(records[1]).toBe(
      'four-consciousnesses,formulas,Political formulas,Four Consciousnesses,四个意识,standard,A political formula.,,https://example.org/four-consciousnesses,https://site.example/en/a/#term-four-consciousnesses https://site.example/en/a/#term-four-consciousnesses-2',
    );
  });

  it('write JSON in Traditional characters for zh-hant', () => {
    const json = JSON.parse(termsJson(rows, 'zh-hant', 'https://site.example/zh-hant/a/')) as {
      terms: { name: { zh: string }; groupLabel: string; occurrences: { link: string }[] }[];
    };
    expect(json.terms[0]?.name.zh).toBe('四個意識');
    expect(json.terms[0]?.groupLabel).toBe('政治話語');
    expect(json.terms[0]?.occurrences).toHaveLength(2);
  });
});
