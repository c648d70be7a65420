import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArticles } from './article-integrity';
import { ContentCheckError, formatProblem } from './content-error';
import { checkFiles, checkWith, folder, minimal, messages } from './fixtures/minimal';

describe('article integrity checks', () => {
  it('accept the minimal valid article', () => {
    const problems = checkFiles();
    expect(messages(problems)).toBe('');
  });

  it('accept the real content', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const problems = checkArticles(fileURLToPath(new URL('../../content/articles/', import.meta.url)), root);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('reject an article that lacks a language', () => {
    const problems = checkFiles({ 'en.mdx': undefined });
    expect(messages(problems)).toContain(`${folder}: the article lacks its en version`);
    expect(messages(problems)).toContain(`fix: add ${folder}/en.mdx`);
  });

  it('reject a file that is not named after a language', () => {
    const problems = checkFiles({ 'fr.mdx': minimal['en.mdx'] });
    expect(messages(problems)).toContain(`${folder}/fr.mdx: "fr.mdx" is not a language file`);
  });

  it('reject section ids that differ between languages, naming the missing and extra ids', () => {
    const problems = checkWith('en.mdx', /second-part/g, 'part-two');
    expect(messages(problems)).toMatch(
      /en\.mdx:\d+: section ids differ from .*zh\.mdx \(missing second-part; not in the original: part-two\)/,
    );
  });

  it('reject sections in another order', () => {
    const swapped = minimal['en.mdx'].replace(
      /(<Section id="first-part"[\s\S]*?<\/Section>)\s*(<Section id="second-part"[\s\S]*?<\/Section>)/,
      '$2\n\n$1',
    );
    const problems = checkFiles({ 'en.mdx': swapped });
    expect(messages(problems)).toContain('same ids in another order');
  });

  it('reject a section whose paragraph count differs', () => {
    const problems = checkWith(
      'en.mdx',
      '”.</S>\n</P>',
      '”.</S>\n</P>\n\n<P id="first-part-2">\n<S id="first-part-2-1">Extra.</S>\n</P>',
    );
    expect(messages(problems)).toMatch(/en\.mdx:\d+: section "first-part" has 2 paragraph\(s\) but the original has 1/);
  });

  it('reject a paragraph whose sentence count differs', () => {
    const problems = checkWith('en.mdx', ' <S id="lead-1-2">Lead two, “quoted.”</S>', '');
    expect(messages(problems)).toContain('en.mdx:17: paragraph "lead-1" has 1 sentence span(s) but the original has 2');
  });

  it('reject missing frontmatter', () => {
    const problems = checkWith('en.mdx', /^---[\s\S]*?---\n/, '');
    expect(messages(problems)).toContain('en.mdx:1: the file has no frontmatter');
  });

  it('reject a missing frontmatter field, pointing at the frontmatter', () => {
    const problems = checkWith('zh.mdx', 'title: "测试标题"\n', '');
    expect(messages(problems)).toMatch(/zh\.mdx:1: frontmatter "title" is invalid/);
  });

  it('reject an unknown frontmatter field on its line', () => {
    const problems = checkWith('zh.mdx', 'lang: zh-Hans\n', 'lang: zh-Hans\nauthor: 张磊\n');
    expect(messages(problems)).toContain('zh.mdx:4: frontmatter is invalid');
    expect(messages(problems)).toContain('remove or rename "author"');
  });

  it('reject a date-time without its offset', () => {
    const problems = checkWith('zh.mdx', '"2020-03-25T10:29:48+08:00"', '"2020-03-25T10:29:48"');
    expect(messages(problems)).toMatch(
      /zh\.mdx:4: frontmatter "published" is invalid: expected a date-time with its UTC offset/,
    );
  });

  it('reject an unquoted date-time, which YAML turns into a Date without offset', () => {
    const problems = checkWith('zh.mdx', '"2020-03-25T10:29:48+08:00"', '2020-03-25T10:29:48+08:00');
    expect(messages(problems)).toContain('write the date-time in quotes');
  });

  it('reject malformed YAML with its line', () => {
    const problems = checkWith('en.mdx', 'title: "Test headline"', 'title: "Test headline');
    expect(messages(problems)).toMatch(/en\.mdx:\d+: frontmatter is not valid YAML/);
  });

  it('reject a lang that contradicts the file name', () => {
    const problems = checkWith('en.mdx', 'lang: en', 'lang: zh-Hans');
    expect(messages(problems)).toContain('lang is "zh-Hans" but the file name says en');
  });

  it('reject a translation that does not say what it translates', () => {
    const problems = checkWith('en.mdx', /translation:\n {2}of: zh-Hans\n {2}translator: Test translator\n/, '');
    expect(messages(problems)).toContain('a translation does not say what it translates');
  });

  it('reject broken MDX with its line', () => {
    const problems = checkWith('en.mdx', '”.</S>', '”.');
    expect(messages(problems)).toMatch(/en\.mdx:\d+: not valid MDX/);
  });

  it('reject a section id that is not kebab-case ASCII', () => {
    const problems = checkWith('zh.mdx', 'id="first-part" title', 'id="第一部分" title');
    expect(messages(problems)).toContain('section id "第一部分" is not a kebab-case ASCII id');
  });

  it('reject text outside sentences', () => {
    const problems = checkWith('en.mdx', /<S id="first-part-1-1">(.*)<\/S>/, '$1');
    expect(messages(problems)).toContain('inside paragraph "first-part-1" is not in a sentence');
  });

  it('reject misnumbered sentence ids', () => {
    const problems = checkWith('zh.mdx', 'lead-1-2', 'lead-1-3');
    expect(messages(problems)).toContain('sentence id "lead-1-3" should be "lead-1-2"');
  });

  it('reject a Chinese sentence span that holds two sentences', () => {
    const problems = checkWith('zh.mdx', '<S id="first-part-1-1">共举办', '<S id="first-part-1-1">第一段。共举办');
    expect(messages(problems)).toContain('sentence "first-part-1-1" is not exactly one sentence');
  });

  it('throw one error that lists every problem', () => {
    const problems = checkWith('en.mdx', 'lang: en', 'lang: zh-Hans');
    const error = new ContentCheckError(problems);
    expect(error.message).toContain('Content check failed: 1 problem');
    expect(error.message).toContain(`${folder}/en.mdx:3`);
  });
});
