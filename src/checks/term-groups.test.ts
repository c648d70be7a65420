import { describe, expect, it } from 'vitest';
import { formatProblem, type ContentProblem } from '../model/content-problem';
import { termGroupsSource } from './fixtures/minimal';
import { readTermGroups } from './term-groups';

function read(source: string) {
  const problems: ContentProblem[] = [];
  const groups = readTermGroups(source, 'content/term-groups.yaml', problems);
  return { groups, messages: problems.map(formatProblem).join('\n') };
}

describe('term groups', () => {
  it('read a valid file', () => {
    const { groups, messages } = read(termGroupsSource);
    expect(messages).toBe('');
    expect(groups?.map((group) => group.id)).toEqual(['formulas', 'campaigns']);
  });

  it('reject a group id used twice, naming the line', () => {
    const { messages } = read(termGroupsSource.replace('id: campaigns', 'id: formulas'));
    expect(messages).toContain('content/term-groups.yaml:9: group id "formulas" is used twice');
  });

  it('reject a group without its English label, naming the line', () => {
    const { groups, messages } = read(termGroupsSource.replace('    en: Campaigns\n', ''));
    expect(groups).toBeUndefined();
    expect(messages).toMatch(/content\/term-groups\.yaml:\d+: 1\.label\.en is invalid/);
  });
});
