import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArticle } from './article';
import { checkArticles } from './index';
import { ContentCheckError, formatProblem } from '../model/content-problem';
import { checkFiles, checkWith, folder, minimal, messages } from './fixtures/minimal';
import { readTermGroups } from './term-groups';

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

  it('accept the end-to-end fixture articles: a report, and a notice with sub-headings, a list and no byline', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const fixtures = fileURLToPath(new URL('../../e2e/fixtures/content/articles/', import.meta.url));
    expect(checkArticles(fixtures, root).map(formatProblem)).toEqual([]);
  });

  describe('on a notice', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dir = 'e2e/fixtures/content/articles/holiday-notice';
    const read = (name: string) => readFileSync(`${root}${dir}/${name}`, 'utf8');
    const notice = { 'zh.mdx': read('zh.mdx'), 'en.mdx': read('en.mdx'), 'notes.yaml': read('notes.yaml') };
    const groupsFile = 'e2e/fixtures/content/term-groups.yaml';
    const groups = new Set(
      readTermGroups(readFileSync(`${root}${groupsFile}`, 'utf8'), groupsFile, [])?.map((group) => group.id),
    );
    const check = (changes: Partial<typeof notice>) =>
      messages(checkArticle(dir, new Map(Object.entries({ ...notice, ...changes })), groups));

    it('reject a translation that turns a list into paragraphs', () => {
      const en = notice['en.mdx']
        .replace('<List id="violations-list" ordered>', '<P id="violations-list">')
        .replace('</List>', '</P>')
        .replace(/<Item id="[^"]+">|<\/Item>/g, '');
      expect(check({ 'en.mdx': en })).toMatch(
        /en\.mdx:\d+: "violations-list" is a paragraph here but a list in the original/,
      );
    });

    it('reject a list item the translation lacks, and a sub-heading it lacks', () => {
      const en = notice['en.mdx']
        .replace(/<Item id="violations-list-3">.*<\/Item>\n/, '')
        .replace(/<Subheading id="leadership">.*<\/Subheading>\n/, '');
      const found = check({ 'en.mdx': en });
      expect(found).toMatch(
        /list "violations-list" has 2 sentence span\(s\) but the original has 3 \(missing violations-list-3-1\)/,
      );
      expect(found).toContain('section "requirements" lacks the sub-heading "leadership" of the original');
    });

    it('let a point open with its number, but flag a number elsewhere in it', () => {
      expect(check({})).toBe('');
      const zh = notice['zh.mdx'].replace('2.严查客车超员', '2.严查7座以上客车超员');
      expect(check({ 'zh.mdx': zh })).toContain('the number 7 in sentence "violations-list-2-1" has no note');
    });
  });

  it('reject an article that lacks a language', () => {
    const problems = checkFiles({ 'en.mdx': undefined });
    expect(messages(problems)).toMatch(/zh\.mdx:\d+: editions lists en, but the article has no en\.mdx/);
    expect(messages(problems)).toContain(`— add ${folder}/en.mdx, or remove en from editions`);
  });

  it('reject a language file the original does not list among its editions', () => {
    const problems = checkWith('zh.mdx', 'editions: [zh, zh-hant, en]', 'editions: [zh, zh-hant]');
    expect(messages(problems)).toMatch(/zh\.mdx:\d+: en\.mdx is not among the editions the original lists/);
  });

  it('reject an original that does not list its editions', () => {
    const problems = checkWith('zh.mdx', 'editions: [zh, zh-hant, en]\n', '');
    expect(messages(problems)).toContain('the original does not say which editions the article has');
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
    expect(messages(problems)).toMatch(
      /en\.mdx:\d+: section "first-part" has a paragraph "first-part-2" that the original lacks/,
    );
  });

  it('reject a paragraph whose sentence count differs', () => {
    const problems = checkWith('en.mdx', ' <S id="lead-1-2">Lead two, “quoted.”</S>', '');
    expect(messages(problems)).toContain('en.mdx:18: paragraph "lead-1" has 1 sentence span(s) but the original has 2');
  });

  it('reject missing frontmatter', () => {
    const problems = checkWith('en.mdx', /^---[\s\S]*?---\n/, '');
    expect(messages(problems)).toContain('en.mdx:1: the file has no frontmatter');
  });

  it('reject a missing frontmatter field, pointing at the frontmatter', () => {
    const problems = checkWith('zh.mdx', 'title: "测试标题"\n', '');
    expect(messages(problems)).toMatch(/zh\.mdx:1: frontmatter "title" is invalid/);
  });

  it('reject a translation without its summary, saying what to write', () => {
    const problems = checkWith('en.mdx', 'summary: "A test summary."\n', '');
    expect(messages(problems)).toMatch(/en\.mdx:1: frontmatter "summary" is invalid: missing: add `summary:`/);
  });

  it('reject a summary of more than one line, on its line', () => {
    const problems = checkWith('zh.mdx', 'summary: "测试摘要。"', 'summary: |\n  测试摘要。\n  第二行。');
    expect(messages(problems)).toMatch(/zh\.mdx:\d+: frontmatter "summary" is invalid: write the summary on one line/);
    expect(messages(problems)).toContain(
      `zh.mdx:${minimal['zh.mdx'].split('\n').findIndex((line) => line.startsWith('summary:')) + 1}:`,
    );
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

  it('reject a sentence whose id the translation lacks, naming both ids', () => {
    const problems = checkWith('zh.mdx', 'lead-1-2', 'lead-1-3');
    expect(messages(problems)).toMatch(
      /en\.mdx:\d+: paragraph "lead-1" has 2 sentence span\(s\) but the original has 2 \(missing lead-1-3; not in the original: lead-1-2\)/,
    );
  });

  it("accept ids that are not positional: a sentence added in both languages keeps the others' ids", () => {
    const zh = minimal['zh.mdx'].replace('<S id="lead-1-2">', '<S id="s-added">插入的一句。</S><S id="lead-1-2">');
    const en = minimal['en.mdx'].replace(
      '<S id="lead-1-2">',
      '<S id="s-added">An added sentence.</S> <S id="lead-1-2">',
    );
    expect(messages(checkFiles({ 'zh.mdx': zh, 'en.mdx': en }))).toBe('');
  });

  it('reject an element without an id, and an id used twice', () => {
    expect(messages(checkWith('zh.mdx', '<S id="lead-1-2">', '<S>'))).toContain('<S> has no id');
    expect(messages(checkWith('zh.mdx', '<S id="lead-1-2">', '<S id="lead-1-1">'))).toMatch(
      /zh\.mdx:\d+: id "lead-1-1" is used twice \(first on line \d+\)/,
    );
  });

  it("reject a sentence whose id is a section's: both are addresses on the page", () => {
    expect(messages(checkWith('zh.mdx', '<S id="lead-1-2">', '<S id="first-part">'))).toMatch(
      /zh\.mdx:\d+: id "first-part" is also the id of a section \(line \d+\): both are addresses on the page/,
    );
  });

  it('accept a Chinese sentence that ends in a half-width question mark, as copied texts have', () => {
    const problems = checkWith('zh.mdx', '导语第一句。', '导语第一句?');
    expect(messages(problems)).toBe('');
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
