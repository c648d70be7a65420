import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentCheckError } from '../model/content-problem';
import { minimal, termGroupsSource } from '../checks/fixtures/minimal';
import contentChecks from './content-checks';

let root: string;

/** A project root holding the minimal article, its table of publishers and its term groups, with one file replaced. */
function projectWith(file: keyof typeof minimal, text: string): URL {
  root = mkdtempSync(join(tmpdir(), 'content-checks-'));
  const folder = join(root, 'content/articles/minimal');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(root, 'content/term-groups.yaml'), termGroupsSource);
  for (const [name, original] of Object.entries(minimal)) {
    // A notes.yaml in a project names the project's JSON Schema on its first line.
    const reference = name === 'notes.yaml' ? '# yaml-language-server: $schema=../../notes.schema.json\n' : '';
    writeFileSync(join(folder, name), reference + (name === file ? text : original));
  }
  copyFileSync(
    fileURLToPath(new URL('../checks/fixtures/publishers.yaml', import.meta.url)),
    join(root, 'content/publishers.yaml'),
  );
  copyFileSync(
    fileURLToPath(new URL('../../content/notes.schema.json', import.meta.url)),
    join(root, 'content/notes.schema.json'),
  );
  return pathToFileURL(`${root}/`);
}

function runSetup(rootUrl: URL, command: 'build' | 'dev') {
  const logger = { warn: vi.fn() };
  const setup = contentChecks().hooks['astro:config:setup'];
  const run = () => (setup as (options: unknown) => void)({ config: { root: rootUrl }, command, logger });
  return { run, logger };
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the content-checks integration', () => {
  it('stops the build, naming file, line and fix', () => {
    const { run } = runSetup(projectWith('en.mdx', minimal['en.mdx'].replace('130 million', '13 million')), 'build');
    expect(run).toThrow(ContentCheckError);
    expect(run).toThrow(/content\/articles\/minimal\/en\.mdx:\d+: figure "money-involved" reads "13 million yuan"/);
    expect(run).toThrow(/ — /);
  });

  it('stops the build on a placeholder left to fill in, naming file, line and what to write', () => {
    const en = minimal['en.mdx'].replace(/^title: .*$/m, 'title: "[[TODO: the headline in English]]"');
    const { run } = runSetup(projectWith('en.mdx', en), 'build');
    expect(run).toThrow(/content\/articles\/minimal\/en\.mdx:2: placeholder — the headline in English\n/);
  });

  it('lets a valid project build', () => {
    const { run } = runSetup(projectWith('en.mdx', minimal['en.mdx']), 'build');
    expect(run).not.toThrow();
  });

  it('stops the build when the term groups are missing', () => {
    const project = projectWith('en.mdx', minimal['en.mdx']);
    rmSync(join(root, 'content/term-groups.yaml'));
    const { run } = runSetup(project, 'build');
    expect(run).toThrow(/content\/term-groups\.yaml: the term groups are missing/);
  });

  it('logs the problems as warnings in dev instead of stopping the server', () => {
    const { run, logger } = runSetup(
      projectWith('zh.mdx', minimal['zh.mdx'].replace('lang: zh-Hans', 'lang: en')),
      'dev',
    );
    expect(run).not.toThrow();
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('zh.mdx:3: lang is "en"'));
  });
});
