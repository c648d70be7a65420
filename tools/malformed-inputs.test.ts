import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Bad input, as an editor makes it, to the three authoring commands: each case asserts the
 * exact `file:line: problem — fix` (or `fix:` line) the command prints, and that no stack
 * trace does. Large and binary files are written here, never committed.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'malformed-'));
afterAll(() => rmSync(temp, { recursive: true }));

const run = (script: string, args: string[], contentRoot: string) =>
  spawnSync(process.execPath, [`tools/${script}.ts`, ...args], {
    cwd: root,
    env: { ...process.env, CONTENT_ROOT: contentRoot },
    encoding: 'utf8',
  });
const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at |Error: |node:internal/m);

const fiveMegabytes = (line: string) => line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line)));
/** Bytes that are not UTF-8: 关于 in GBK. */
const gbk = Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0x0a]);
/** The start of a PNG image: a NUL byte on its third line. */
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

describe('npm run check:content on broken articles', () => {
  // One content folder, one article per mistake (each a copy of the fixture notice), one run.
  const base = join(temp, 'check');
  const content = join(base, 'e2e/fixtures/content');
  cpSync(join(root, 'e2e/fixtures/content'), content, { recursive: true });
  rmSync(join(content, 'articles/county-report'), { recursive: true });
  mkdirSync(join(base, 'content'));
  cpSync(join(root, 'content/notes.schema.json'), join(base, 'content/notes.schema.json'));
  const notice = join(content, 'articles/holiday-notice');
  const text = (name: string) => readFileSync(join(notice, name), 'utf8');
  const replaced = (name: string, from: string | RegExp, to: string) => {
    const changed = text(name).replace(from, to);
    if (changed === text(name)) throw new Error(`${name}: ${String(from)} is not in it`);
    return changed;
  };
  type Case = [slug: string, file: string, contents: string | Buffer];
  const cases: Case[] = [
    ['unclosed-tag', 'zh.mdx', replaced('zh.mdx', '<Fig id="task-forces">两个</Fig>', '<Fig id="task-forces">两个')],
    ['mismatched-tag', 'zh.mdx', replaced('zh.mdx', '研判路面情况。</S>', '研判路面情况。</P>')],
    ['literal-less-than', 'zh.mdx', replaced('zh.mdx', '专班每日研判', '专班每日<5次研判')],
    ['brace', 'zh.mdx', replaced('zh.mdx', '每日研判', '每日{研判}')],
    ['duplicate-id', 'zh.mdx', replaced('zh.mdx', '<S id="leadership-1-2">', '<S id="leadership-1-1">')],
    ['unknown-term', 'zh.mdx', replaced('zh.mdx', '<Term id="duty-system">', '<Term id="duty-sistem">')],
    ['unknown-figure', 'zh.mdx', replaced('zh.mdx', '<Fig id="task-forces">', '<Fig id="task-force">')],
    ['figure-without-id', 'zh.mdx', replaced('zh.mdx', '<Fig id="task-forces">', '<Fig>')],
    ['two-sentences', 'zh.mdx', replaced('zh.mdx', '专班每日研判路面情况。', '专班每日研判。路面情况。')],
    ['full-width-number', 'zh.mdx', replaced('zh.mdx', '专班每日研判', '专班每日研判５次')],
    ['dateline-not-in-text', 'zh.mdx', replaced('zh.mdx', 'editions:', 'dateline: 本报讯\neditions:')],
    ['unknown-field', 'zh.mdx', replaced('zh.mdx', 'summary:', 'sumary: 一句。\nsummary:')],
    ['frontmatter-tab', 'zh.mdx', replaced('zh.mdx', '  name: 清溪县公安局', '\tname: 清溪县公安局')],
    ['frontmatter-unclosed-bracket', 'zh.mdx', replaced('zh.mdx', 'lang: zh-Hans', 'lang: [zh-Hans')],
    [
      'frontmatter-unclosed',
      'zh.mdx',
      replaced('zh.mdx', 'editions: [zh, zh-hant, en]\n---', 'editions: [zh, zh-hant, en]'),
    ],
    ['empty-edition', 'zh.mdx', ''],
    ['large-edition', 'zh.mdx', text('zh.mdx') + fiveMegabytes('<P>\n<S>又一句。</S>\n</P>\n')],
    ['binary-edition', 'zh.mdx', png],
    [
      'gbk-edition',
      'zh.mdx',
      Buffer.concat([Buffer.from(text('zh.mdx').split('\n').slice(0, 11).join('\n') + '\n'), gbk]),
    ],
    ['binary-translation', 'en.mdx', Buffer.from([0, 1, 2])],
    ['notes-tab', 'notes.yaml', replaced('notes.yaml', '    kind: count', '\tkind: count')],
    ['notes-indentation', 'notes.yaml', replaced('notes.yaml', '    kind: count', '      kind: count')],
    [
      'notes-duplicate-key',
      'notes.yaml',
      replaced('notes.yaml', '    kind: count', '    kind: count\n    kind: percent'),
    ],
    ['notes-unquoted-colon', 'notes.yaml', replaced('notes.yaml', 'en: Task forces }', 'en: Task: forces }')],
    ['notes-missing-values', 'notes.yaml', replaced('notes.yaml', '    values: [2]\n', '')],
    [
      'notes-range-backwards',
      'notes.yaml',
      replaced('notes.yaml', 'kind: count\n    label: { zh: 工作专班', 'kind: range\n    label: { zh: 工作专班'),
    ],
    ['notes-empty', 'notes.yaml', '\n'],
    [
      'notes-gbk',
      'notes.yaml',
      Buffer.concat([Buffer.from(text('notes.yaml').split('\n').slice(0, 3).join('\n') + '\n'), gbk]),
    ],
    // Accepted as the build accepts them: a byte-order mark, Windows line ends.
    ['edition-bom', 'zh.mdx', `\uFEFF${text('zh.mdx')}`],
    ['edition-crlf', 'zh.mdx', text('zh.mdx').replace(/\n/g, '\r\n')],
    ['notes-bom-crlf', 'notes.yaml', `\uFEFF${text('notes.yaml').replace(/\n/g, '\r\n')}`],
  ];
  for (const [slug, file, contents] of cases) {
    cpSync(notice, join(content, 'articles', slug), { recursive: true });
    writeFileSync(join(content, 'articles', slug, file), contents);
  }
  rmSync(notice, { recursive: true });
  const check = run('check-content', [], content);
  const lines = check.stdout.split('\n');
  const at = (slug: string) => `${relative(root, join(content, 'articles', slug))}/`;
  const linesOf = (slug: string) =>
    lines.filter((line) => line.startsWith(at(slug))).map((line) => line.slice(at(slug).length));
  const mdxFix =
    'close every tag you open (<S>…</S>), quote attribute values, and escape a literal "{" or "<" as \\{ or &lt;';

  it('exits 1 without a stack trace', () => {
    expect(check.status).toBe(1);
    noStackTrace(`${check.stdout}${check.stderr}`);
  });

  it.each([
    [
      'unclosed-tag',
      `zh.mdx:20: not valid MDX: 20:60: Unexpected closing tag \`</S>\`, expected corresponding closing tag for \`<Fig>\` (20:31) (mdx-jsx:unexpected-character) — ${mdxFix}`,
    ],
    [
      'mismatched-tag',
      `zh.mdx:21: not valid MDX: 21:35: Unexpected closing tag \`</P>\`, expected corresponding closing tag for \`<S>\` (21:1) (mdx-jsx:unexpected-character) — ${mdxFix}`,
    ],
    [
      'brace',
      'zh.mdx:21: "{研判}" is a JavaScript expression to MDX, not text — write a literal brace as \\{ (and \\}), or remove the braces',
    ],
    [
      'duplicate-id',
      'zh.mdx:21: id "leadership-1-1" is used twice (first on line 20) — give every element its own id (delete the repeat and run `npm run ids`)',
    ],
    [
      'unknown-term',
      `zh.mdx:37: <Term id="duty-sistem"> names no entry in notes.yaml — fix the id, or add a term "duty-sistem" to ${at('unknown-term')}notes.yaml`,
    ],
    [
      'unknown-figure',
      `zh.mdx:20: <Fig id="task-force"> names no entry in notes.yaml — fix the id, or add a figure "task-force" to ${at('unknown-figure')}notes.yaml`,
    ],
    ['figure-without-id', 'zh.mdx:20: <Fig> has no id — add id="…" naming its entry in notes.yaml'],
    [
      'two-sentences',
      'zh.mdx:21: sentence "leadership-1-2" is not exactly one sentence: it holds another after its 。！？ — split or join <S> elements so each holds one Chinese sentence, up to and including its 。！？',
    ],
    [
      'full-width-number',
      'zh.mdx:21: the number ５ in sentence "leadership-1-2" has no note — wrap the figure in <Fig id="…">…</Fig> (or the slogan in <Term id="…">) and add its entry to notes.yaml',
    ],
    [
      'dateline-not-in-text',
      'zh.mdx:8: dateline "本报讯" is not how the first sentence ("为确保春节期间全县道路交通安全,…", line 13) begins — write the dateline exactly as the first sentence opens with it, or remove the field',
    ],
    [
      'unknown-field',
      'zh.mdx:3: frontmatter is invalid: Unrecognized key: "sumary" — remove or rename "sumary": the fields are listed in src/schemas/article.ts',
    ],
    [
      'frontmatter-tab',
      'zh.mdx:7: frontmatter is not valid YAML: tab characters must not be used in indentation (6:1) — fix the YAML between the --- lines: indent with spaces, not tabs',
    ],
    [
      'frontmatter-unclosed-bracket',
      'zh.mdx:5: frontmatter is not valid YAML: missed comma between flow collection entries (4:1) — fix the YAML between the --- lines: quote text that contains ": " or starts with a quote, and close every [ { and quote you open',
    ],
    [
      'frontmatter-unclosed',
      'zh.mdx:1: the file has no frontmatter — start the file with --- frontmatter (title, lang, published, …) ---',
    ],
    [
      'empty-edition',
      'zh.mdx:1: the file is empty — write the edition (frontmatter, then the body), or remove the file',
    ],
    [
      'large-edition',
      "zh.mdx:1: the file is 5.0 MB, more than one document's text (at most 2 MB) — give the text of one document; split a collection into one file per document",
    ],
    [
      'binary-edition',
      'zh.mdx:3: a binary file, not text (it holds a NUL byte) — give the plain text: copy the text out of the document, or save it as .txt (UTF-8)',
    ],
    [
      'gbk-edition',
      'zh.mdx:12: not UTF-8 text — save the file as UTF-8 (a GBK or GB18030 text: iconv -f GB18030 -t UTF-8 file > file.utf8.txt)',
    ],
    [
      'binary-translation',
      'en.mdx:1: a binary file, not text (it holds a NUL byte) — give the plain text: copy the text out of the document, or save it as .txt (UTF-8)',
    ],
    [
      'notes-tab',
      'notes.yaml:5: not valid YAML: tab characters must not be used in indentation (5:1) — indent with spaces, not tabs',
    ],
    [
      'notes-indentation',
      'notes.yaml:5: not valid YAML: bad indentation of a mapping entry (5:11) — indent the keys of one entry by the same number of spaces, two more than the "- " or key above them',
    ],
    [
      'notes-duplicate-key',
      'notes.yaml:6: not valid YAML: duplicated mapping key (6:5) — give each key once per entry: remove or rename the repeat',
    ],
    [
      'notes-unquoted-colon',
      'notes.yaml:6: not valid YAML: missed comma between flow collection entries (6:32) — quote text that contains ": " or starts with a quote, and close every [ { and quote you open',
    ],
    [
      'notes-missing-values',
      'notes.yaml:4: figures.0.values is invalid: Invalid input: expected array, received undefined — see the field descriptions in src/schemas/notes.ts',
    ],
    [
      'notes-range-backwards',
      'notes.yaml:7: figures.0.values is invalid: a range has exactly two values, low then high — see the field descriptions in src/schemas/notes.ts',
    ],
    [
      'notes-empty',
      'notes.yaml:1: the file is empty — write its figures and terms (see an existing notes.yaml), or remove the file',
    ],
    [
      'notes-gbk',
      'notes.yaml:4: not UTF-8 text — save the file as UTF-8 (a GBK or GB18030 text: iconv -f GB18030 -t UTF-8 file > file.utf8.txt)',
    ],
  ])('%s: prints file:line and the fix', (slug, line) => {
    expect(linesOf(slug)).toContain(line);
  });

  it('says a literal < is the start of a tag, with its line', () => {
    expect(linesOf('literal-less-than')).toEqual([
      expect.stringMatching(
        new RegExp(`^zh\\.mdx:21: not valid MDX: 21:\\d+: .+ — ${mdxFix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      ),
    ]);
  });

  it('says a file it cannot read once, not once per check that misses it', () => {
    for (const slug of ['empty-edition', 'large-edition', 'binary-edition', 'gbk-edition', 'notes-empty']) {
      expect(linesOf(slug)).toHaveLength(1);
    }
    expect(linesOf('frontmatter-tab')).toHaveLength(1);
  });

  it('reads a byte-order mark and CRLF line ends as the build does: no problem', () => {
    for (const slug of ['edition-bom', 'edition-crlf', 'notes-bom-crlf']) expect(linesOf(slug)).toEqual([]);
  });
});

describe('npm run new-article on originals it cannot use', () => {
  const content = join(temp, 'new-article');
  const original = (name: string, contents: string | Buffer) => {
    const file = join(temp, name);
    writeFileSync(file, contents);
    return relative(root, file);
  };
  const scaffold = (slug: string, file: string) => {
    const result = run('new-article', [slug, file], content);
    noStackTrace(`${result.stdout}${result.stderr}`);
    return result;
  };

  it.each([
    ['empty', '', 1, 'the file is empty', 'give the text of the original, title first'],
    ['blank', '\n  \n\u3000\n', 1, 'the file is empty', 'give the text of the original, title first'],
    [
      'large',
      fiveMegabytes('全县共有民警五十名。\n'),
      1,
      "the file is 5.0 MB, more than one document's text (at most 2 MB)",
      'give the text of one document; split a collection into one file per document',
    ],
    [
      'binary',
      png,
      3,
      'a binary file, not text (it holds a NUL byte)',
      'give the plain text: copy the text out of the document, or save it as .txt (UTF-8)',
    ],
    [
      'gbk',
      Buffer.concat([Buffer.from('标题\n一、工作\n'), gbk]),
      3,
      'not UTF-8 text',
      'save the file as UTF-8 (a GBK or GB18030 text: iconv -f GB18030 -t UTF-8 file > file.utf8.txt)',
    ],
    [
      'title-only',
      '关于开展安全检查的通知\n',
      1,
      'no section heading found: an article has at least one section',
      'put each section heading (一、… or a short line without final punctuation) on a line of its own',
    ],
    [
      'subheading-first',
      '标题\n（一）加强组织领导\n各派出所要成立工作专班。',
      2,
      'the sub-heading "（一）加强组织领导" stands before any section heading',
      'the lead holds only paragraphs: give the text a section heading (一、…) before its first sub-heading',
    ],
    [
      'straight-quote',
      '标题\n一、开展"清风"行动\n各单位要落实。',
      2,
      'the heading "一、开展"清风"行动" holds a straight double quote, which the MDX title attribute cannot',
      'write the <Section title> of this heading by hand after scaffolding, or check whether the source has “ ” here',
    ],
  ])('%s: exits 1 with file:line and the fix, and writes nothing', (slug, contents, line, message, fix) => {
    const file = original(`${slug}.txt`, contents);
    const result = scaffold(slug, file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${line}: ${message}\n    fix: ${fix}`);
    expect(() => readFileSync(join(content, 'articles', slug, 'zh.mdx'))).toThrow();
  });

  it('a folder or a missing file: says which, and what to give', () => {
    expect(scaffold('folder', relative(root, temp)).stderr).toContain(
      `${relative(root, temp)}:1: a folder, not a file\n    fix: give the path of the text file`,
    );
    expect(scaffold('missing', 'nowhere.txt').stderr).toContain(
      'nowhere.txt: no such file; give the plain-text original',
    );
  });

  it('reads an original with a byte-order mark and CRLF line ends, lines numbered as an editor sees them', () => {
    const file = original(
      'bom-crlf.txt',
      '\uFEFF标题\r\n2021-03-01 来源：清溪县教育局\r\n\r\n一、工作\r\n各单位要落实。\r\n',
    );
    const result = scaffold('bom-crlf', file);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${file}:1: title → title\n${file}:2: date-and-source line`);
    expect(result.stdout).toContain(`${file}:4: section heading → Section`);
    expect(readFileSync(join(content, 'articles/bom-crlf/zh.mdx'), 'utf8')).toMatch(/^---\ntitle: "标题"\n/);
  });
});

describe('npm run ids on editions it cannot complete', () => {
  const content = join(temp, 'ids');
  const article = (slug: string, file: string, contents: (text: string) => string | Buffer) => {
    const folder = join(content, 'articles', slug);
    cpSync(join(root, 'e2e/fixtures/content/articles/holiday-notice'), folder, { recursive: true });
    writeFileSync(join(folder, file), contents(readFileSync(join(folder, file), 'utf8')));
    return folder;
  };
  const ids = (slug: string) => {
    const result = run('ids', [slug], content);
    noStackTrace(`${result.stdout}${result.stderr}`);
    return result;
  };

  it.each([
    [
      'broken-tag',
      'zh.mdx',
      (text: string) => text.replace('<Fig id="task-forces">两个</Fig>', '<Fig id="task-forces">两个'),
      'zh.mdx:20: not valid MDX: 20:60: Unexpected closing tag `</S>`, expected corresponding closing tag for `<Fig>` (20:31) (mdx-jsx:unexpected-character) — close every tag you open (<S>…</S>), quote attribute values, and escape a literal "{" or "<" as \\{ or &lt;',
    ],
    [
      'duplicate-id',
      'zh.mdx',
      (text: string) =>
        text.replace('<S id="leadership-1-2">', '<S id="leadership-1-1">').replace('<S id="safeguards-1-1">', '<S>'),
      'zh.mdx:21: id "leadership-1-1" is used twice (first on line 20) — delete the repeated id="…" (this tool then writes a new one), or give the element the id it had',
    ],
    ['empty', 'zh.mdx', () => '', 'zh.mdx:1: the file is empty — write the edition (frontmatter, then the body) first'],
    [
      'gbk',
      'zh.mdx',
      (text: string) => Buffer.concat([Buffer.from(text), gbk]),
      'zh.mdx:41: not UTF-8 text — save the file as UTF-8 (a GBK or GB18030 text: iconv -f GB18030 -t UTF-8 file > file.utf8.txt)',
    ],
    [
      'binary-translation',
      'en.mdx',
      () => png,
      'en.mdx:3: a binary file, not text (it holds a NUL byte) — give the plain text: copy the text out of the document, or save it as .txt (UTF-8)',
    ],
    [
      'translation-parts',
      'en.mdx',
      (text: string) => text.replace(/<S id="leadership-1-2">(.*?)<\/S>/, '<S>$1</S><S>One more.</S>'),
      "en.mdx:22: the translation's elements part from the original's here (17 elements against 16), so ids cannot be matched by place — copy the id of the original element each one translates, or give the translation the same elements in the same order",
    ],
  ])('%s: exits 1 with file:line and the fix, and writes nothing', (slug, file, contents, line) => {
    const folder = article(slug, file, contents);
    const before = readFileSync(join(folder, file));
    const result = ids(slug);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toContain(`${folder}/${line}`);
    expect(readFileSync(join(folder, file))).toEqual(before);
  });
});
