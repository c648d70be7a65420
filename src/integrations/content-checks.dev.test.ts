import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { copyFixtureContent } from '../checks/fixtures/content-copy';
import { cleanLine } from './content-checks';

/**
 * `astro dev` as an editor runs it, on a copy of the fixture content: a mistake saved while
 * it runs is logged with file and line, the page is still served, and fixing it logs the
 * clean line. Port: this checkout's E2E_PORT + 5 (the suite's servers take +0 and +1).
 */
const project = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 4391) + 5;
// A fixed place: Astro's content store (.astro/) is keyed on the config, not the content
// folder, so a store an earlier run left would name the files of another copy.
const copy = copyFixtureContent(`dev-${port}`);
let server: ChildProcess | undefined;
let log = '';
let origin = '';

/** Starts `astro dev` on the copy, as an editor's shell would (not with Vitest's NODE_ENV=test). */
function startDev(): ChildProcess {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );
  const child = spawn(
    `${project}node_modules/.bin/astro`,
    ['dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
    { cwd: project, env: { ...env, CONTENT_ROOT: copy.dir }, detached: true },
  );
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => (log += stripVTControlCharacters(chunk.toString())));
  }
  return child;
}

afterAll(() => {
  // Its own process group, so astro's workers stop with it.
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  copy.remove();
});

/** Waits until the log, from `from` on, has a line matching `pattern`; returns where that line ends. */
async function logged(pattern: RegExp, from: number, seconds: number): Promise<number> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const lines = log.slice(from).split('\n');
    const index = lines.findIndex((line) => pattern.test(line));
    if (index !== -1) return from + lines.slice(0, index + 1).join('\n').length;
    if (server?.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no line matching ${String(pattern)} within ${seconds} s; the log:\n${log}`);
}

/** The page's HTTP status, and the server's log when it is not 200. */
async function expectServed(path: string): Promise<void> {
  const { status } = await fetch(new URL(path, origin));
  expect(status, `GET ${path}; the log:\n${log}`).toBe(200);
}

it('re-runs the content checks on save under npm run dev, logging each problem and the clean line', async () => {
  server = startDev();
  // The address it prints: another process may hold the port, and astro then takes the next.
  let at = await logged(/Local\s+http:\/\/127\.0\.0\.1:\d+\//, 0, 60);
  origin = /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(log)?.[1] ?? '';
  await expectServed('/zh/holiday-notice/');

  copy.edit('articles/holiday-notice/zh.mdx', 'lang: zh-Hans', 'lang: en');
  copy.edit('articles/county-report/en.mdx', /^title: .*$/m, 'title: "[[TODO: the headline in English]]"');
  const warning = (text: string) => new RegExp(`\\[WARN\\].*e2e/fixtures/content/articles/${text}`);
  at = Math.max(
    await logged(warning('holiday-notice/zh\\.mdx:4: lang is "en" but the file name says zh'), at, 30),
    await logged(warning('county-report/en\\.mdx:2: placeholder — the headline in English'), at, 30),
  );
  await expectServed('/zh/holiday-notice/');

  copy.edit('articles/holiday-notice/zh.mdx', 'lang: en', 'lang: zh-Hans');
  copy.edit('articles/county-report/en.mdx', /^title: .*$/m, 'title: "Keeping the County Safe"');
  await logged(new RegExp(cleanLine), at, 30);
  await expectServed('/en/county-report/');
}, 150_000);
