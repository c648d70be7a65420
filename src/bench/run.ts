/**
 * `npm run bench`: measures the built site and prints Markdown tables.
 *
 * - bytes of each page type and language (HTML, CSS, JS: raw, gzip -9, brotli -q 11) and
 *   the text ratio (gzip of everything the page loads ÷ gzip of its own text: its words
 *   and the source addresses it cites), and the same against its words alone;
 * - the full build time, and build times with 1, 10 and 100 articles (synthetic copies
 *   of the real one, built in a temporary copy of the project);
 * - Lighthouse (mobile preset) scores and LCP/CLS/TBT of the article pages, in Debian
 *   Chromium against the local preview server.
 *
 * It measures and reports; it enforces nothing (the byte budgets live in e2e/weight.spec.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/languages.ts';
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
    '| page | HTML KB raw / gz / br | CSS KB raw / gz / br | JS KB raw / gz / br | text KB gz | text ratio | words-only ratio |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, file] of pages) {
    const weight = weighPage(join(root, 'dist'), file);
    lines.push(
      `| ${name} | ${cell(weight.html)} | ${cell(weight.css)} | ${cell(weight.js)} | ${kb(weight.text.gzip)} | ${weight.ratio.toFixed(2)} | ${weight.wordsRatio.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

async function lighthouseTable(): Promise<string> {
  if (chromium === undefined) return '_Lighthouse skipped: no Chromium (set CHROMIUM_PATH)._';
  const port = 4399;
  const server = spawn(
    process.execPath,
    [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  try {
    // A busy machine can take a while to start the server: wait up to 30 s, then say so.
    let ready = false;
    for (let attempt = 0; attempt < 150 && !ready; attempt += 1) {
      ready = await fetch(`http://127.0.0.1:${port}/`).then(
        (response) => response.ok,
        () => false,
      );
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (!ready) throw new Error(`astro preview did not answer on port ${port} within 30 s`);
    const lines = [
      '| page | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    const [slug = ''] = readdirSync(join(root, 'content/articles')).sort();
    for (const lang of ['zh', 'en']) {
      const url = `http://127.0.0.1:${port}/${lang}/${slug}/`;
      const json = execFileSync(
        process.execPath,
        [
          join(root, 'node_modules/lighthouse/cli/index.js'),
          url,
          '--output=json',
          '--quiet',
          '--only-categories=performance,accessibility,best-practices,seo',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic',
        ],
        { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
      );
      const result = JSON.parse(json.toString()) as LighthouseResult;
      const score = (name: string) => String(Math.round((result.categories[name]?.score ?? 0) * 100));
      const audit = (name: string) => result.audits[name]?.numericValue ?? Number.NaN;
      lines.push(
        `| article (${lang}) | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${Math.round(audit('largest-contentful-paint'))} | ${audit('cumulative-layout-shift').toFixed(3)} | ${Math.round(audit('total-blocking-time'))} |`,
      );
    }
    return lines.join('\n');
  } finally {
    server.kill();
  }
}

const fullBuild = timeBuild(root);
const scaling = [1, 10, 100].map((count) => [count, timeBuildWith(count)] as const);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

console.log(`## Page weight (built files; KB = 1024 bytes)\n\n${weightTable()}\n`);
console.log(
  `## Build time\n\n| build | seconds |\n| --- | --- |\n| this site | ${fullBuild.toFixed(1)} |\n${scaling
    .map(
      ([count, seconds]) => `| ${count} article${count === 1 ? '' : 's'} (synthetic copies) | ${seconds.toFixed(1)} |`,
    )
    .join('\n')}\n`,
);
console.log(`## Lighthouse (mobile preset, Debian Chromium, local preview)\n\n${await lighthouseTable()}\n`);
console.log(
  `_Node ${process.version}, Lighthouse ${pkg.devDependencies.lighthouse ?? '?'}, ${new Date().toISOString().slice(0, 10)}._`,
);
