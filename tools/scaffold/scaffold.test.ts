import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticles } from '../../src/checks/index';
import { formatProblem } from '../../src/model/content-problem';
import { allBlocks, allSentences, readArticleStructure } from '../../src/model/structure';
import { OriginalError, readOriginal } from './read-original';
import { splitSentences } from '../../src/lib/authoring/sentences';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(root, 'e2e/fixtures/originals/school-safety-notice.txt');
const temp = mkdtempSync(join(tmpdir(), 'new-article-'));
afterAll(() => rmSync(temp, { recursive: true }));

/** Runs `npm run new-article` as an editor would, into a content folder of its own. */
const newArticle = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'tools/new-article.ts'), ...args], {
    cwd: root,
    env: { ...process.env, CONTENT_ROOT: join(temp, 'content') },
    encoding: 'utf8',
  });

describe('npm run new-article on a notice (no byline, 一、 and (一) headings, a numbered list)', () => {
  const run = newArticle('school-safety-notice', fixture);
  const folder = join(temp, 'content/articles/school-safety-notice');
  const file = (name: string) => readFileSync(join(folder, name), 'utf8');
  const zh = () => readArticleStructure(file('zh.mdx'), 'zh.mdx');
  const en = () => readArticleStructure(file('en.mdx'), 'en.mdx');
  const figureTexts = () =>
    allSentences(zh().structure ?? { lead: [], sections: [] }).flatMap((sentence) =>
      sentence.annotations.map((annotation) => annotation.text),
    );

  it('writes the three files', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['en.mdx', 'notes.yaml', 'zh.mdx']);
  });

  it('splits the body into sections, sub-headings, a numbered list and sentences', () => {
    const { structure, problems } = zh();
    expect(problems).toEqual([]);
    expect(structure?.sections.map((section) => section.title)).toEqual([
      '一、整治范围',
      '二、工作任务',
      '三、工作要求',
    ]);
    const blocks = allBlocks(structure ?? { lead: [], sections: [] });
    expect(blocks.filter((block) => block.kind === 'subheading').map((block) => block.sentences[0].text)).toEqual([
      '(一)加强交通秩序管理',
      '(二)清理周边经营场所',
      '（三）开展安全教育。',
    ]);
    const list = blocks.find((block) => block.kind === 'list');
    expect(list?.kind === 'list' && list.ordered && list.items.length).toBe(3);
    expect(structure?.lead[0]?.kind === 'paragraph' && structure.lead[0].sentences.map((s) => s.text)).toEqual([
      '为切实做好春季开学期间校园周边安全工作,经研究,决定自3月1日起开展为期两个月的集中整治。',
      '现将有关事项通知如下。',
    ]);
  });

  it('wraps every quantity, and no date, list number or fixed name', () => {
    expect(figureTexts()).toEqual([
      '两个月',
      '三十二所',
      '十五所',
      '二百米',
      '两名',
      '五十米',
      '一百二十处',
      '百分之九十五',
      '居全市第二',
      '三次',
      '三分之二',
      '1.5万元',
      '五人',
    ]);
    const source = file('zh.mdx');
    for (const plain of [
      '3月1日起',
      '3月15日前',
      '>1.上下学',
      '>2.校门口',
      '>3.整治',
      '>(一)',
      '一、整治范围',
      '第一责任人',
    ]) {
      expect(source).toContain(plain);
    }
  });

  it('gives the English the same elements and ids, every sentence a placeholder that keeps its figures', () => {
    const ids = (result: ReturnType<typeof zh>) =>
      allSentences(result.structure ?? { lead: [], sections: [] }).map((sentence) => sentence.id);
    expect(en().problems).toEqual([]);
    expect(ids(en())).toEqual(ids(zh()));
    for (const sentence of allSentences(en().structure ?? { lead: [], sections: [] })) {
      expect(sentence.text).toMatch(/^\[\[TODO: translate “.+”/);
    }
    expect(file('en.mdx')).toContain('<Fig id="figure-8">95%</Fig> <Fig id="figure-9">2nd</Fig>');
  });

  it('writes a notes stub per figure, with the parsed value and unit, pointing at the JSON Schema', () => {
    const notes = file('notes.yaml');
    const schema = /^# yaml-language-server: \$schema=(.+)$/.exec(notes.split('\n')[0] ?? '')?.[1] ?? '';
    expect(resolve(folder, schema)).toBe(join(root, 'content/notes.schema.json'));
    type Stub = { id: string; values: number[]; unit: { zh: string }; kind: string } & Record<string, unknown>;
    const data = yaml.load(notes) as { figures: Stub[] };
    expect(data.figures.map((figure) => [figure.values, figure.unit.zh, figure.kind])).toContainEqual([
      [95],
      '%',
      'percent',
    ]);
    expect(data.figures.find((figure) => figure.id === 'figure-11')?.kind).toBe('ratio');
    expect(data.figures.find((figure) => figure.id === 'figure-11')?.values[0]).toBeCloseTo(2 / 3);
    expect(data.figures.find((figure) => figure.id === 'figure-12')).toMatchObject({ values: [15_000], kind: 'money' });
    for (const figure of data.figures) {
      for (const field of ['label', 'counts', 'explanation']) {
        expect(figure[field], `${figure.id}.${field}`).toEqual({
          zh: expect.stringMatching(/^\[\[TODO: /),
          en: expect.stringMatching(/^\[\[TODO: /),
        });
      }
    }
    expect(data.figures).toHaveLength(13);
  });

  it('leaves placeholders for all the text cannot say, and nothing else for the checks to find', () => {
    expect(file('zh.mdx')).toContain('summary: "[[TODO: one-line summary of the article, in Chinese]]"');
    expect(file('zh.mdx')).toContain('published: "2021-03-01T[[TODO: time of publication, hh:mm:ss]]+08:00"');
    expect(file('zh.mdx')).not.toContain('reporter:');
    // Apart from its placeholders, listed in each of the three files, and the frontmatter
    // fields they stand in, the scaffolded article passes every check.
    cpSync(join(root, 'content/term-groups.yaml'), join(temp, 'content/term-groups.yaml'));
    cpSync(join(root, 'content/publishers.yaml'), join(temp, 'content/publishers.yaml'));
    const all = checkArticles(join(temp, 'content/articles'), temp);
    const placeholders = all.filter((problem) => problem.message === 'placeholder');
    for (const name of ['zh.mdx', 'en.mdx', 'notes.yaml']) {
      expect(placeholders.some((problem) => problem.file.endsWith(`/${name}`) && problem.line !== undefined)).toBe(
        true,
      );
    }
    const problems = all.filter(
      (problem) => problem.message !== 'placeholder' && !problem.message.startsWith('frontmatter '),
    );
    expect(problems.map(formatProblem).join('\n')).toBe('');
  });

  // It runs a build: minutes, not seconds, on a loaded 2-core machine.
  it('is listed, placeholder by placeholder with file and line, by check:content and by the build', () => {
    cpSync(join(root, 'content/term-groups.yaml'), join(temp, 'content/term-groups.yaml'));
    cpSync(join(root, 'content/publishers.yaml'), join(temp, 'content/publishers.yaml'));
    const env = { ...process.env, CONTENT_ROOT: join(temp, 'content') };
    const check = spawnSync('npm', ['run', '--silent', 'check:content'], { cwd: root, env, encoding: 'utf8' });
    expect(check.status).toBe(1);
    const placeholder = /^\S+\/school-safety-notice\/(zh\.mdx|en\.mdx|notes\.yaml):\d+: placeholder — .+$/;
    const listed = check.stdout.split('\n').filter((line) => placeholder.test(line));
    expect(new Set(listed.map((line) => placeholder.exec(line)?.[1]))).toEqual(
      new Set(['zh.mdx', 'en.mdx', 'notes.yaml']),
    );
    // The build stops before it renders a page, on the same list.
    const outDir = join(temp, 'dist');
    const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { cwd: root, env, encoding: 'utf8' });
    expect(build.status).not.toBe(0);
    const output = `${build.stdout}\n${build.stderr}`;
    for (const line of listed) expect(output).toContain(line);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  }, 180_000);

  it('refuses to overwrite an article folder', () => {
    const again = newArticle('school-safety-notice', fixture);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('school-safety-notice already exists: new-article never overwrites');
  });

  it('rejects a slug that is not kebab-case and an original that does not exist', () => {
    expect(newArticle('School Notice', fixture).stderr).toContain('"School Notice" is not a slug');
    expect(newArticle('x', 'nowhere.txt').stderr).toContain('nowhere.txt: no such file');
    expect(existsSync(join(temp, 'content/articles/x'))).toBe(false);
  });
});

describe('reading an original', () => {
  it('reads the header and byline of the Sichuan report', () => {
    const text = readFileSync(join(root, 'content/articles/sichuan-police-2019/original.txt'), 'utf8');
    const { body, placements, ...header } = readOriginal(text, 'original.txt');
    expect(header).toEqual({
      title: '以忠诚担当护航平安四川——2019,四川公安书写了豪迈篇章',
      column: '高层声音',
      date: '2020-03-25',
      time: '10:29:48',
      sourceName: '四川法治报',
      photoCaption:
        '2019年4月23日,省公安厅举行“践行新使命忠诚保大庆”全省公安机关“万名机关民警下基层上一线”活动出征仪式',
      reporter: { role: '记者', name: '张磊', credit: '文/图' },
    });
    expect(body.filter((line) => line.kind === 'section')).toHaveLength(4);
    // Its four headings are unnumbered: each placed as a guess, with its line.
    expect(placements.filter((placement) => placement.guess === true).map((placement) => placement.line)).toEqual([
      13, 21, 29, 37,
    ]);
  });

  it('reads a dateline with its bracketed byline, and a byline at the start', () => {
    const withDateline = readOriginal(
      '标题\n2021-05-06 来源：清溪日报\n清溪讯（记者 周敏 通讯员 刘峰）5月5日，全市召开会议。\n会议要求\n各单位要落实。',
      'a.txt',
    );
    expect(withDateline).toMatchObject({
      dateline: '清溪讯（记者 周敏 通讯员 刘峰）',
      reporter: { role: '记者', name: '周敏', correspondents: ['刘峰'] },
    });
    const leading = readOriginal('标题\n本报记者 王明 李华\n全市召开会议。\n会议要求\n各单位要落实。', 'b.txt');
    expect(leading.reporter).toEqual({ role: '本报记者', name: '王明 李华' });
    expect(leading.placements[1]).toEqual({ line: 2, role: 'byline', into: 'reporter' });
  });

  it('reads a speech: its occasion line after a dash, a bracketed date, a date in Chinese numerals', () => {
    const speech = readOriginal(
      '坚持人民至上\n——在全市政法工作会议上的讲话\n（二〇二一年二月三日）\n同志们：\n今天召开会议。\n一、工作回顾\n去年工作扎实。',
      'c.txt',
    );
    expect(speech).toMatchObject({
      date: '2021-02-03',
      delivered: { occasion: '——在全市政法工作会议上的讲话', dateAndPlace: '（二〇二一年二月三日）' },
    });
    expect(speech.placements.map((placement) => placement.role)).toEqual([
      'title',
      'occasion line',
      'date-and-place line',
      'salutation',
      'paragraph',
      'section heading',
      'paragraph',
    ]);
  });

  it('reports a short line it cannot place as a guess, with its line, and does not make it a heading', () => {
    const original = readOriginal('标题\n一、工作\n各单位要落实。\n责任编辑 张三', 'd.txt');
    expect(original.placements.at(-1)).toEqual({ line: 4, role: 'unknown line', into: 'P', guess: true });
    expect(original.body.filter((line) => line.kind === 'section')).toHaveLength(1);
  });

  it.each([
    ['', 'original.txt:1: the file is empty'],
    [
      '标题\n（一）加强组织领导\n各派出所要成立工作专班。',
      'original.txt:2: the sub-heading "（一）加强组织领导" stands before any section heading',
    ],
    ['标题\n各派出所要成立工作专班。', 'original.txt:2: no section heading found'],
  ])('rejects %j with file:line and a fix', (text, message) => {
    expect(() => readOriginal(text, 'original.txt')).toThrow(OriginalError);
    expect(() => readOriginal(text, 'original.txt')).toThrow(message);
  });
});

describe('splitSentences', () => {
  it('ends a sentence at 。！？ and the half-width ! ?, keeping closing quotes with it', () => {
    expect(splitSentences('他说:“抓得很好。”随后离开!真的吗?是的。')).toEqual([
      '他说:“抓得很好。”',
      '随后离开!',
      '真的吗?',
      '是的。',
    ]);
  });

  it('splits at semicolons only in list points', () => {
    expect(splitSentences('上升25%;下降30%。')).toEqual(['上升25%;下降30%。']);
    expect(splitSentences('严查酒驾；严查超员;严查疲劳驾驶。', { semicolons: true })).toEqual([
      '严查酒驾；',
      '严查超员;',
      '严查疲劳驾驶。',
    ]);
  });
});
