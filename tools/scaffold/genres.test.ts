import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { allSentences, readArticleStructure } from '../../src/model/structure';

/**
 * `npm run new-article` on invented originals of each genre (e2e/fixtures/originals/), into
 * a content folder that also holds the Sichuan article, whose written terms it proposes.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'genres-'));
afterAll(() => rmSync(temp, { recursive: true }));
for (const name of ['term-groups.yaml', 'publishers.yaml', 'articles/sichuan-police-2019']) {
  cpSync(join(root, 'content', name), join(temp, 'content', name), { recursive: true });
}
const env = { ...process.env, CONTENT_ROOT: join(temp, 'content') };

function newArticle(slug: string) {
  const original = `e2e/fixtures/originals/${slug}.txt`;
  const run = spawnSync(process.execPath, ['tools/new-article.ts', slug, original], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  const folder = join(temp, 'content/articles', slug);
  const file = (name: string) => readFileSync(join(folder, name), 'utf8');
  const placed = run.stdout
    .split('\n')
    .filter((line) => line.startsWith(`${original}:`))
    .map((line) => line.slice(original.length + 1));
  const zh = () => readArticleStructure(file('zh.mdx'), 'zh.mdx').structure ?? { lead: [], sections: [] };
  const highlights = (kind: 'figure' | 'term') =>
    allSentences(zh()).flatMap((sentence) =>
      sentence.annotations.filter((annotation) => annotation.kind === kind).map((annotation) => annotation.text),
    );
  const frontmatter = () => yaml.load(file('zh.mdx').split('---')[1] ?? '') as Record<string, unknown>;
  return { run, file, placed, zh, highlights, frontmatter };
}

/** The problems check:content finds in a scaffolded article beyond its placeholders. */
function problemsBeyondPlaceholders(slug: string): string[] {
  const check = spawnSync('npm', ['run', '--silent', 'check:content'], { cwd: root, env, encoding: 'utf8' });
  return check.stdout
    .split('\n')
    .filter((line) => line.includes(`/${slug}/`) && !/: placeholder — /.test(line))
    .filter((line) => !/frontmatter "published" is invalid/.test(line));
}

describe('npm run new-article on a city newspaper report', () => {
  const report = newArticle('city-police-conference');

  it('places every header line, the dateline and the closing bracketed byline with its correspondents', () => {
    expect(report.run.status, report.run.stderr).toBe(0);
    expect(report.placed).toEqual([
      '1: breadcrumb → source.column',
      '2: title → title',
      '3: date-and-source line → published, source.name',
      '4: photo caption → photo.caption',
      '6: dateline → dateline (kept in the first sentence)',
      '6: paragraph → P',
      '8: paragraph → P',
      '10: paragraph → P',
      '12: unnumbered heading → Section (a guess: check it)',
      '14: paragraph → P',
      '16: byline → reporter',
    ]);
    expect(report.frontmatter()).toMatchObject({
      title: '我市召开2021年全市公安工作会议',
      published: '2021-01-18T08:30:12+08:00',
      source: { name: '清溪日报', column: '政法' },
      photo: { caption: '1月17日，全市公安工作会议在市行政中心召开 记者 陈晓 摄' },
      reporter: { role: '记者', name: '周敏', correspondents: ['刘峰', '赵一凡'] },
      dateline: '本报讯',
    });
    // The dateline stays in the text; the byline is not a section.
    const lead = report.zh().lead[0];
    expect(lead?.kind === 'paragraph' && lead.sentences[0]?.text).toMatch(/^本报讯 1月17日/);
    expect(report.zh().sections.map((section) => section.title)).toEqual(['全年警情持续下降']);
  });

  it('wraps every approximate, decimal, full-width and range quantity whole', () => {
    expect(report.highlights('figure')).toEqual([
      '36余万起',
      '近3000件',
      '8500余人次',
      '百分之二十三点七九',
      '４２．８％',
      '５６１１名',
      '约1.2万名',
      '3至5名',
      '10—29名',
      '逾2000起',
      '三点五亿元',
    ]);
    const notes = yaml.load(report.file('notes.yaml')) as { figures: { values: number[]; kind: string }[] };
    expect(notes.figures.map((figure) => figure.values)).toEqual([
      [360_000],
      [3000],
      [8500],
      [23.79],
      [42.8],
      [5611],
      [12_000],
      [3, 5],
      [10, 29],
      [2000],
      [350_000_000],
    ]);
    expect(notes.figures[7]?.kind).toBe('range');
  });

  it('proposes the terms the site has written, with their notes, and a stub for a new slogan', () => {
    expect(report.highlights('term')).toEqual(['四个意识', '两个维护', '枫桥经验', '三个提升']);
    expect(report.run.stdout).toContain(
      '3 known terms proposed, with their notes: four-consciousnesses two-upholds fengqiao-experience',
    );
    expect(report.run.stdout).toContain('1 slogan stubs to confirm: “三个提升”');
    const notes = yaml.load(report.file('notes.yaml')) as {
      terms: { id: string; name: { en: string }; sources: unknown[] }[];
    };
    const sichuanSource = readFileSync(join(root, 'content/articles/sichuan-police-2019/notes.yaml'), 'utf8');
    const sichuan = yaml.load(sichuanSource) as { terms: { id: string }[] };
    expect(notes.terms[0]).toEqual(sichuan.terms.find((term) => term.id === 'four-consciousnesses'));
    // The comment names the line the entry starts on, wherever edits to that file have moved it.
    const line = sichuanSource.split('\n').indexOf('  - id: four-consciousnesses') + 1;
    expect(line).toBeGreaterThan(0);
    expect(report.file('notes.yaml')).toContain(
      `# four-consciousnesses: copied from ../sichuan-police-2019/notes.yaml:${line}; check it fits this article`,
    );
    expect(report.file('en.mdx')).toContain('<Term id="four-consciousnesses">Four Consciousnesses</Term>');
  });

  it('leaves nothing but placeholders for check:content to find', () => {
    expect(problemsBeyondPlaceholders('city-police-conference')).toEqual([]);
  });
});

describe('npm run new-article on a work report to a standing committee', () => {
  const report = newArticle('standing-committee-report');

  it('places the speaker, date-and-place, occasion and salutation lines, and dates it', () => {
    expect(report.run.status, report.run.stderr).toBe(0);
    expect(report.placed.slice(0, 7)).toEqual([
      '1: title → title',
      '2: speaker and office line → speaker',
      '3: date-and-place line → delivered.dateAndPlace',
      '4: occasion line → delivered.occasion',
      '5: salutation → P (one sentence)',
      '6: paragraph → P',
      '7: section heading → Section',
    ]);
    expect(report.placed.filter((line) => line.includes('a guess'))).toEqual([]);
    expect(report.frontmatter()).toMatchObject({
      speaker: { name: '林远', office: '清溪市人民政府副市长、市公安局局长' },
      delivered: {
        dateAndPlace: '2021年4月20日于清溪市',
        occasion: '（在清溪市第十六届人民代表大会常务委员会第三十次会议上）',
      },
    });
    expect(report.file('zh.mdx')).toContain('published: "2021-04-20T[[TODO: time of publication, hh:mm:ss]]+08:00"');
    expect(report.zh().sections.map((section) => section.title)).toEqual([
      '一、主要成效',
      '二、存在的问题',
      '三、下一步工作打算',
    ]);
  });

  it('makes the salutation a sentence that check:content accepts', () => {
    const salutation = report.zh().lead[0];
    expect(salutation?.kind === 'paragraph' && salutation.sentences.map((sentence) => sentence.text)).toEqual([
      '清溪市人民代表大会常务委员会：',
    ]);
    expect(problemsBeyondPlaceholders('standing-committee-report')).toEqual([]);
  });

  it('wraps every quantity whole', () => {
    expect(report.highlights('figure')).toEqual([
      '三点五亿元',
      '百分之十二点五',
      '近3000件',
      '９８．６％',
      '逾百起',
      '1250余起',
      '10—29个',
      '3至5年',
      '56名',
      '5人',
      '三至五年',
      '约800名',
    ]);
    expect(report.highlights('term')).toEqual(['四个意识', '一村一警', '一村一警']);
  });
});

describe('npm run new-article on a notice', () => {
  const notice = newArticle('summer-safety-notice');

  it('places the document number, addressee, attachments, signature and date', () => {
    expect(notice.run.status, notice.run.stderr).toBe(0);
    expect(notice.placed).toEqual([
      '1: title → title',
      '2: document number → documentNumber',
      '3: addressee line → P (one sentence)',
      '4: paragraph → P',
      '5: section heading → Section',
      '6: paragraph → P',
      '7: section heading → Section',
      '8: sub-heading and paragraph → Subheading, P',
      '9: sub-heading and paragraph → Subheading, P',
      '10: section heading → Section',
      '11: paragraph → P',
      '12: attachment → attachments',
      '13: attachment → attachments',
      '14: signature → signature.issuer',
      '15: closing date → signature.date',
    ]);
    expect(notice.frontmatter()).toMatchObject({
      documentNumber: '清教发〔2021〕12号',
      attachments: ['附件：1.清溪县暑期学生安全工作责任分工表', '2.清溪县重点水域巡查联系人名单'],
      signature: { issuer: '清溪县教育局', date: '2021年6月28日' },
    });
    expect(notice.file('zh.mdx')).toContain('published: "2021-06-28T[[TODO: time of publication, hh:mm:ss]]+08:00"');
    expect(notice.file('en.mdx')).toContain('documentNumber: "清教发〔2021〕12号"');
    expect(problemsBeyondPlaceholders('summer-safety-notice')).toEqual([]);
  });

  it('wraps every quantity whole', () => {
    expect(notice.highlights('figure')).toEqual(['近百起', '2课时', '１２５００余名', '３２处', '2至3名', '百分之百']);
  });
});
