import { describe, expect, it } from 'vitest';
import { checkFiles, checkWith, messages } from './fixtures/minimal';
import { lineOfYamlPath } from './yaml-data';

describe('notes checks', () => {
  it('accept highlights that match their notes', () => {
    expect(messages(checkFiles())).toBe('');
  });

  it('reject an unknown figure id, naming file and line', () => {
    const problems = checkWith('en.mdx', '<Fig id="training-sessions">', '<Fig id="training-session">');
    expect(messages(problems)).toContain('en.mdx:25: <Fig id="training-session"> names no entry in notes.yaml');
  });

  it('reject an unknown term id', () => {
    const problems = checkWith('zh.mdx', 'Term id="four-consciousnesses"', 'Term id="four-confidences"');
    expect(messages(problems)).toContain('<Term id="four-confidences"> names no entry in notes.yaml');
  });

  it('reject an entry the translation does not use', () => {
    const problems = checkWith('en.mdx', /<Term id="four-consciousnesses">(.*?)<\/Term>/, '$1');
    expect(messages(problems)).toContain(
      'en.mdx: term "four-consciousnesses" of notes.yaml is not used in the en text',
    );
  });

  it('reject an entry highlighted more often in one language than in the other', () => {
    const problems = checkWith('en.mdx', 'Lead one.', 'Lead <Term id="four-consciousnesses">one</Term>.');
    expect(messages(problems)).toContain(
      'term "four-consciousnesses" is highlighted 2 time(s) here but 1 time(s) in content/articles/minimal/zh.mdx',
    );
  });

  it('reject English wording that states another value than the registry', () => {
    const problems = checkWith('en.mdx', '130 million yuan', '13 million yuan');
    expect(messages(problems)).toContain(
      'figure "money-involved" reads "13 million yuan" = [13000000], but notes.yaml says [130000000]',
    );
  });

  it('reject Chinese wording that states another value than the registry', () => {
    const problems = checkWith('zh.mdx', '1.3亿元', '1.3万元');
    expect(messages(problems)).toMatch(/zh\.mdx:\d+: figure "money-involved" reads "1\.3万元" = \[13000\]/);
  });

  it('reject a number of the original left without a note', () => {
    const problems = checkWith('zh.mdx', '第二段,', '第二段有32人,');
    expect(messages(problems)).toContain('the number 32 in sentence "second-part-1-1" has no note');
  });

  it('reject a number in full-width digits left without a note, as written', () => {
    const problems = checkWith('zh.mdx', '第二段,', '第二段有５６１１名民警,破案率４２．８％,');
    expect(messages(problems)).toContain('zh.mdx:32: the number ５６１１ in sentence "second-part-1-1" has no note');
    expect(messages(problems)).toContain('the number ４２．８ in sentence "second-part-1-1" has no note');
  });

  it('reject a quantity in Chinese numerals left without a note', () => {
    const problems = checkWith('zh.mdx', '第二段,', '分两批次,试点三级体系,');
    expect(messages(problems)).toContain('zh.mdx:32: the quantity 两批次 in sentence "second-part-1-1" has no note');
    expect(messages(problems)).toContain('the quantity 三级 in sentence "second-part-1-1" has no note');
  });

  it('let the listed exceptions stand without a note: names, ordinals, restated levels', () => {
    const problems = checkWith(
      'zh.mdx',
      '导语第一句。',
      '学习十九大精神,做到“两个维护”,市县两级第一时间落实《三年行动方案》,涌现出一大批典型,导语第一句。',
    );
    expect(messages(problems)).toBe('');
  });

  it('let the number a point opens with stand without a note, but not the quantity after it', () => {
    const problems = checkWith('zh.mdx', '导语第一句。', '（一）落实三项措施。');
    expect(messages(problems).match(/has no note/g)).toHaveLength(1);
    expect(messages(problems)).toContain('the quantity 三项 in sentence "lead-1-1" has no note');
  });

  it('let dates stand without a note', () => {
    const problems = checkWith('zh.mdx', '导语第一句。', '2019年4月23日,昨(24)日,导语第一句。');
    expect(messages(problems)).toBe('');
  });

  it('reject highlights nested in each other', () => {
    const problems = checkWith(
      'zh.mdx',
      '<Fig id="training-sessions">5期</Fig>',
      '<Term id="four-consciousnesses"><Fig id="training-sessions">5期</Fig></Term>',
    );
    expect(messages(problems)).toContain('<Fig id="training-sessions"> is inside <Term id="four-consciousnesses">');
  });

  it('reject a duplicate id in notes.yaml', () => {
    const problems = checkWith('notes.yaml', 'id: money-involved', 'id: training-sessions');
    expect(messages(problems)).toMatch(/notes\.yaml:18: figure id "training-sessions" is used twice/);
  });

  it('reject a malformed entry, pointing at its line', () => {
    const problems = checkWith('notes.yaml', 'values: [130000000]', 'values: []');
    expect(messages(problems)).toMatch(/notes\.yaml:23: figures\.1\.values is invalid/);
  });

  it('reject a figure without a source list', () => {
    const problems = checkWith('notes.yaml', / {4}sources: \[\]\n {2}- id: money/, '  - id: money');
    expect(messages(problems)).toMatch(/notes\.yaml:\d+: figures\.0\.sources is invalid/);
  });

  it('reject a literal gloss with Chinese in it, which would sit in an English span', () => {
    const problems = checkWith(
      'notes.yaml',
      '    rendering: standard\n',
      '    literal: four 意识\n    rendering: standard\n',
    );
    expect(messages(problems)).toMatch(/notes\.yaml:40: terms\.0\.literal is invalid: write it in English/);
  });

  it('reject YAML that does not parse', () => {
    const problems = checkWith('notes.yaml', 'zh: 培训班', 'zh: "培训班');
    expect(messages(problems)).toMatch(/notes\.yaml:\d+: not valid YAML/);
  });

  it('reject a term whose group content/term-groups.yaml does not have, naming file and line', () => {
    const problems = checkWith('notes.yaml', 'group: formulas', 'group: slogans');
    expect(messages(problems)).toMatch(
      /notes\.yaml:36: term "four-consciousnesses" names the group "slogans", which content\/term-groups\.yaml does not have — use one of formulas, campaigns/,
    );
  });

  it('reject a term without a group, naming file and line', () => {
    const problems = checkWith('notes.yaml', /\n {4}group: formulas/, '');
    expect(messages(problems)).toMatch(/notes\.yaml:35: terms\.0\.group is invalid: every term names its group/);
  });

  it('reject highlights without a notes file', () => {
    const problems = checkFiles({ 'notes.yaml': undefined });
    expect(messages(problems)).toContain('the article highlights figures or terms but has no notes.yaml');
  });
});

describe('lineOfYamlPath', () => {
  const source = 'figures:\n  - id: a\n    values: [1]\n  - id: b\n    values: [2]\nterms:\n  - id: c\n';
  it('finds list items and their keys', () => {
    expect(lineOfYamlPath(source, ['figures', 1, 'values'])).toBe(5);
    expect(lineOfYamlPath(source, ['figures', 0])).toBe(2);
    expect(lineOfYamlPath(source, ['terms', 0, 'id'])).toBe(7);
  });
});
