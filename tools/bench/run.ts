/**
 * `npm run bench`: measures the built site and prints Markdown tables.
 *
 * - bytes of each page type and language (HTML, CSS, JS: raw, gzip -9, brotli -q 11) and
 *   the text ratio (gzip of everything the page loads ÷ gzip of its own text: its words
 *   and the source addresses it cites), and the same against its words alone;
 * - the full build time, and build times with 1, 10 and 100 articles (synthetic copies
 *   of the real one, built in a temporary copy of the project);
 * - Lighthouse (mobile preset and desktop), interleaved rounds of the article pages, the
 *   side-by-side view and their control pages (the same text without annotations: see
 *   control-build.ts), served with gzip and the site's headers by gzip-server.ts;
 *   medians with min–max, and each page's LCP ÷ its control's.
 *
 * `npm run bench -- --rounds=2 --skip-scaling` for a quick look while developing.
 *
 * It measures and reports; it enforces nothing (the byte budgets live in e2e/weight.spec.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../../src/i18n/languages.ts';
import { serveCompressed } from './gzip-server.ts';
import { lighthouse, runsTable, type Preset, type Run } from './lighthouse.ts';
import { weighPage, type Sizes } from './page-weight.ts';

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

/**
 * Each page's control, article and side-by-side view, in Lighthouse's mobile preset and
 * desktop, `rounds` times, interleaved (every page once per round, in the same order), so
 * that a busy spell of the machine falls on every page alike.
 */
async function lighthouseTables(): Promise<string> {
  if (chromium === undefined) return '_Lighthouse skipped: no Chromium (set CHROMIUM_PATH)._';
  const port = Number(process.env.BENCH_PORT ?? 4399);
  const server = await serveCompressed([join(root, 'dist'), buildControl()], port);
  try {
    const [slug = ''] = readdirSync(join(root, 'content/articles')).sort();
    const base = `http://127.0.0.1:${port}`;
    const pages = [
      { name: 'control (zh)', path: `/zh/${slug}/bench-control` },
      { name: 'control (en)', path: `/en/${slug}/bench-control` },
      { name: 'article (zh)', control: 'control (zh)', path: `/zh/${slug}/` },
      { name: 'article (en)', control: 'control (en)', path: `/en/${slug}/` },
      { name: 'side by side (zh)', control: 'control (zh)', path: `/zh/${slug}/bilingual/` },
    ];
    const presets: Preset[] = ['mobile', 'desktop'];
    const runs = new Map(presets.flatMap((preset) => pages.map((page) => [`${preset} ${page.name}`, [] as Run[]])));
    for (let round = 1; round <= rounds; round += 1) {
      for (const preset of presets) {
        for (const page of pages) {
          runs.get(`${preset} ${page.name}`)?.push(await lighthouse(root, chromium, `${base}${page.path}`, preset));
        }
      }
      process.stderr.write(`bench: Lighthouse round ${round} of ${rounds} done\n`);
    }
    return presets
      .map(
        (preset) =>
          `### ${preset === 'mobile' ? 'Mobile preset' : 'Desktop preset'}\n\n${runsTable(
            pages.map((page) => ({ ...page, runs: runs.get(`${preset} ${page.name}`) ?? [] })),
          )}`,
      )
      .join('\n\n');
  } finally {
    server.close();
  }
}

/** The machine, for the table's caption: the numbers mean little without it. */
function machine(): string {
  const cpu = cpus();
  const [load = 0] = loadavg();
  const chromiumVersion =
    chromium === undefined
      ? 'no Chromium'
      : execFileSync(chromium, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
          .toString()
          .trim();
  return `${chromiumVersion}; ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${platform()} ${release()}; load average ${load.toFixed(2)} at the start`;
}

/** `--rounds=N` (default 5) Lighthouse rounds; `--skip-scaling` leaves out the 1/10/100-article builds. */
const rounds = Number(/^--rounds=(\d+)$/.exec(process.argv.find((arg) => arg.startsWith('--rounds=')) ?? '')?.[1] ?? 5);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('npm run bench: --rounds= takes a whole number ≥ 1');
const skipScaling = process.argv.includes('--skip-scaling');
const startedOn = machine();

const fullBuild = timeBuild(root);
const scaling = (skipScaling ? [] : [1, 10, 100]).map((count) => [count, timeBuildWith(count)] as const);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

console.log(
  `## Page weight (built files; KB = 1024 bytes; the CSS is inlined, so it counts in the HTML)\n\n${weightTable()}\n`,
);
console.log(
  `## Build time\n\n| build | seconds |\n| --- | --- |\n| this site | ${fullBuild.toFixed(1)} |\n${scaling
    .map(
      ([count, seconds]) => `| ${count} article${count === 1 ? '' : 's'} (synthetic copies) | ${seconds.toFixed(1)} |`,
    )
    .join('\n')}\n`,
);
console.log(
  `## Lighthouse (${rounds} interleaved rounds, median (min–max); gzip server, CSP header applied)\n\n${await lighthouseTables()}\n`,
);
console.log(
  `_${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${startedOn}, ${(loadavg()[0] ?? 0).toFixed(2)} at the end; Node ${process.version}, Lighthouse ${pkg.devDependencies.lighthouse ?? '?'}._`,
);
