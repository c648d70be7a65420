/**
 * `npm run bench`: measures the built site and writes the results to docs/bench.md
 * (report.ts lays it out, with how it measures and on what machine).
 *
 * - bytes of each page type and language (HTML, CSS, JS: raw, gzip -9, brotli -q 11) and
 *   the text ratio (gzip of everything the page loads ÷ gzip of its own text: its words
 *   and the source addresses it cites), and the same against its words alone;
 * - the full build time, and build times with 1, 10 and 100 articles (synthetic copies
 *   of the real one, built in a temporary copy of the project);
 * - Lighthouse (mobile preset and desktop; simulated throttling, Lighthouse's default, and
 *   throttling applied to the real load), interleaved rounds of the article pages, the
 *   side-by-side view and their control pages (the same text without annotations: see
 *   control-build.ts), served with gzip and the site's headers by gzip-server.ts;
 *   medians with min–max, and each page's LCP ÷ its control's.
 *
 * `npm run bench -- --rounds=2 --skip-scaling` for a quick look while developing.
 *
 * It measures and reports; it enforces nothing (the byte budgets live in e2e/weight.spec.ts).
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../../src/i18n/languages.ts';
import { formattedMarkdown } from '../markdown.ts';
import { serveCompressed } from './gzip-server.ts';
import {
  lcpTable,
  lighthouse,
  runsTable,
  type PageRuns,
  type Preset,
  type Run,
  type Throttling,
} from './lighthouse.ts';
import { weighPage, type Sizes } from './page-weight.ts';
import { benchReport, benchReportFile } from './report.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

function timeBuild(cwd: string): number {
  const start = performance.now();
  execFileSync(process.execPath, [astro, 'build', '--silent'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return (performance.now() - start) / 1000;
}

/** Builds a temporary copy of the project whose content is `count` copies of each real article. */
function timeBuildWith(count: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    // The content every article shares (publishers, term groups, the notes schema), as it is.
    for (const entry of readdirSync(join(root, 'content'))) {
      if (entry !== 'articles') cpSync(join(root, 'content', entry), join(dir, 'content', entry), { recursive: true });
    }
    const articles = join(root, 'content/articles');
    for (const slug of readdirSync(articles)) {
      for (let copy = 1; copy <= count; copy += 1) {
        const target = copy === 1 ? slug : `${slug}-copy-${copy}`;
        cpSync(join(articles, slug), join(dir, 'content/articles', target), { recursive: true });
      }
    }
    return timeBuild(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const cell = (sizes: Sizes) => `${kb(sizes.raw)} / ${kb(sizes.gzip)} / ${kb(sizes.brotli)}`;

function weightTable(): string {
  const pages: [string, string][] = [
    ['root', 'index.html'],
    ['404', '404.html'],
  ];
  // The first article stands for all: the page types are what matter.
  const [slug = ''] = readdirSync(join(root, 'content/articles')).sort();
  const dist = join(root, 'dist');
  const [section = ''] = readdirSync(join(dist, 'zh', slug, 's')).sort();
  for (const lang of locales) {
    pages.push([`list (${lang})`, `${lang}/index.html`]);
    pages.push([`article (${lang})`, `${lang}/${slug}/index.html`]);
    if (existsSync(join(dist, lang, slug, 'bilingual/index.html'))) {
      pages.push([`side by side (${lang})`, `${lang}/${slug}/bilingual/index.html`]);
    }
    pages.push([`figures (${lang})`, `${lang}/${slug}/figures/index.html`]);
    pages.push([`section preview (${lang})`, `${lang}/${slug}/s/${section}/index.html`]);
    pages.push([`404 (${lang})`, `${lang}/404.html`]);
  }
  const lines = [
    '| page | HTML KB raw / gz / br | inline CSS KB raw / gz / br (in the HTML) | JS KB raw / gz / br | text KB gz | text ratio | words-only ratio |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, file] of pages) {
    const weight = weighPage(join(root, 'dist'), file);
    lines.push(
      `| ${name} | ${cell(weight.html)} | ${cell(weight.inlineCss)} | ${cell(weight.js)} | ${kb(weight.text.gzip)} | ${weight.ratio.toFixed(2)} | ${weight.wordsRatio.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

/** Builds the site again with the control pages (control-build.ts) into a folder of its own, never dist/. */
function buildControl(): string {
  const outDir = join(root, 'node_modules/.cache/bench-control');
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'tools/bench/control-build.ts'), outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return outDir;
}

/** The 1-minute load average, sampled at the start, after each Lighthouse round and at the end. */
const loadSamples: number[] = [];
const sampleLoad = () => loadSamples.push(loadavg()[0] ?? 0);

const presets: Preset[] = ['mobile', 'desktop'];
const throttlings: Throttling[] = ['simulate', 'devtools'];
const throttlingHeading: Record<Throttling, string> = {
  simulate: "Simulated throttling (Lighthouse's default)",
  devtools: 'Applied throttling (`--throttling-method=devtools`)',
};

/**
 * Each page's control, article and side-by-side view, in Lighthouse's mobile preset and
 * desktop, each with simulated and with applied throttling, `rounds` times, interleaved
 * (every page once per round, in the same order), so that a busy spell of the machine falls
 * on every page alike.
 */
async function lighthouseTables(): Promise<string> {
  if (chromium === undefined) return '_Lighthouse skipped: no Chromium (set CHROMIUM_PATH)._';
  // BENCH_PORT, or any free port: never one a dev or test server of the project may hold.
  const server = await serveCompressed([join(root, 'dist'), buildControl()], Number(process.env.BENCH_PORT ?? 0));
  try {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('bench: the gzip server has no port');
    const base = `http://127.0.0.1:${address.port}`;
    const [slug = ''] = readdirSync(join(root, 'content/articles')).sort();
    const pages = [
      { name: 'control (zh)', path: `/zh/${slug}/bench-control` },
      { name: 'control (en)', path: `/en/${slug}/bench-control` },
      { name: 'article (zh)', control: 'control (zh)', path: `/zh/${slug}/` },
      { name: 'article (en)', control: 'control (en)', path: `/en/${slug}/` },
      { name: 'side by side (zh)', control: 'control (zh)', path: `/zh/${slug}/bilingual/` },
    ];
    const key = (preset: Preset, throttling: Throttling, page: string) => `${preset} ${throttling} ${page}`;
    const runs = new Map<string, Run[]>();
    for (let round = 1; round <= rounds; round += 1) {
      for (const preset of presets) {
        for (const throttling of throttlings) {
          for (const page of pages) {
            const run = await lighthouse(root, chromium, `${base}${page.path}`, preset, throttling);
            runs.set(key(preset, throttling, page.name), [
              ...(runs.get(key(preset, throttling, page.name)) ?? []),
              run,
            ]);
          }
        }
      }
      sampleLoad();
      process.stderr.write(`bench: Lighthouse round ${round} of ${rounds} done\n`);
    }
    const pageRuns = (preset: Preset, throttling: Throttling): PageRuns[] =>
      pages.map((page) => ({ ...page, runs: runs.get(key(preset, throttling, page.name)) ?? [] }));
    return presets
      .map((preset) =>
        [
          `### ${preset === 'mobile' ? 'Mobile preset' : 'Desktop preset'}`,
          `#### LCP, simulated and applied throttling\n\n${lcpTable(pageRuns(preset, 'simulate'), pageRuns(preset, 'devtools'))}`,
          ...throttlings.map(
            (throttling) => `#### ${throttlingHeading[throttling]}\n\n${runsTable(pageRuns(preset, throttling))}`,
          ),
        ].join('\n\n'),
      )
      .join('\n\n');
  } finally {
    server.close();
  }
}

/** The machine, for the report: the numbers mean little without it. */
function machine(): string {
  const cpu = cpus();
  const chromiumVersion =
    chromium === undefined
      ? 'no Chromium'
      : execFileSync(chromium, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim();
  return `${chromiumVersion}; ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${platform()} ${release()}`;
}

/** `--rounds=N` (default 5) Lighthouse rounds; `--skip-scaling` leaves out the 1/10/100-article builds. */
const rounds = Number(/^--rounds=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--rounds=')) ?? '')?.[1] ?? 5);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('npm run bench: --rounds= takes a whole number ≥ 1');
const skipScaling = process.argv.includes('--skip-scaling');
const started = new Date();
sampleLoad();

const fullBuild = timeBuild(root);
const scaling = (skipScaling ? [] : [1, 10, 100]).map((count) => [count, timeBuildWith(count)] as const);
const weights = weightTable();
const lighthouseSection = await lighthouseTables();
sampleLoad();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

const report = benchReport({
  command: process.argv.length > 2 ? `npm run bench -- ${process.argv.slice(2).join(' ')}` : 'npm run bench',
  started,
  machine: `${machine()}; Node ${process.version}, Lighthouse ${pkg.devDependencies.lighthouse ?? '?'}`,
  cores: cpus().length,
  loadSamples,
  rounds,
  weights,
  builds: [
    ['this site', fullBuild],
    ...scaling.map(
      ([count, seconds]) => [`${count} article${count === 1 ? '' : 's'} (synthetic copies)`, seconds] as const,
    ),
  ],
  lighthouse: lighthouseSection,
});
writeFileSync(benchReportFile, await formattedMarkdown(report, benchReportFile));
console.log(`bench: wrote ${relative(process.cwd(), benchReportFile)}`);
