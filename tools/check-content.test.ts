import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixtureContent } from '../src/checks/fixtures/content-copy';

const project = fileURLToPath(new URL('../', import.meta.url));

/** `npm run check:content` as an editor runs it, on the content folder `contentRoot`. */
function checkContent(contentRoot: string) {
  const run = spawnSync('npm', ['run', '--silent', 'check:content'], {
    cwd: project,
    env: { ...process.env, CONTENT_ROOT: contentRoot },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, lines: run.stdout.trimEnd().split('\n'), stderr: run.stderr };
}

const copy = copyFixtureContent();
afterAll(() => copy.remove());

describe('npm run check:content', () => {
  it('passes the fixture content with one OK line', () => {
    const { status, lines } = checkContent('e2e/fixtures/content');
    expect(lines).toEqual(['e2e/fixtures/content/: 2 articles checked, no problems']);
    expect(status).toBe(0);
  });

  it('lists every problem of a broken copy as file:line: problem — fix, and exits 1', () => {
    copy.edit('articles/county-report/en.mdx', /^title: .*$/m, 'title: "[[TODO: the headline in English]]"');
    copy.edit('articles/holiday-notice/zh.mdx', 'lang: zh-Hans', 'lang: en');
    copy.edit('articles/holiday-notice/notes.yaml', /^# yaml-language-server: .*\n/, '');
    copy.edit('articles/county-report/zh.mdx', 'lang: zh-Hans', 'lang: zh-Hans\nsubtitle: 副标题');
    const { status, lines, stderr } = checkContent(copy.dir);
    // Paths are relative to the project, so the copy's start with ../ up to the temp folder.
    const problem = (file: string, line: number, text: string) =>
      expect.stringMatching(new RegExp(`^\\S*/e2e/fixtures/content/articles/${file}:${line}: ${text}`));
    expect(lines).toEqual(
      expect.arrayContaining([
        problem('county-report/en.mdx', 2, 'placeholder — the headline in English$'),
        problem('holiday-notice/zh.mdx', 4, 'lang is "en" but the file name says zh \\(zh-Hans\\) — set lang: zh-Hans'),
        problem(
          'holiday-notice/notes.yaml',
          1,
          'notes\\.yaml does not start with its JSON Schema reference — make its first line: # yaml-language-server',
        ),
        problem('county-report/zh.mdx', 5, 'frontmatter is invalid: .*"subtitle"'),
      ]),
    );
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^\S+:\d+: .+ — .+$/);
    expect(stderr).toContain(`${lines.length} problems`);
    expect(status).toBe(1);
  });
});
