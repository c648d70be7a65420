/**
 * Lighthouse for `npm run bench`: one run of a page in a preset and a throttling, and the
 * tables of many interleaved runs (medians with min–max), each page beside a control page.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';

export type Preset = 'mobile' | 'desktop';

/**
 * How Lighthouse slows the page down. `simulate` (its default) loads the page at full speed
 * and computes the timings a slow link and CPU would give, from the requests' dependencies;
 * it cannot see that a browser parses and paints HTML as it streams in. `devtools` applies
 * the throttling to the real load through Chromium (latency, bandwidth, CPU slowdown), so
 * streaming counts: slower and noisier, but what a reader's browser does.
 */
export type Throttling = 'simulate' | 'devtools';

/** What one Lighthouse run says about a page. */
export interface Run {
  performance: number;
  lcp: number;
  fcp: number;
  tbt: number;
  /** Elements in the DOM after load. */
  dom: number;
  /** Bytes transferred (compressed, as served), every request of the page. */
  bytes: number;
  /** Requests below the document in the longest chain on the critical path (1: the document loads it directly). */
  chainDepth: number;
  renderBlocking: number;
}

interface ChainNode {
  children?: Record<string, ChainNode>;
}

interface LighthouseResult {
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: unknown[] } }>;
}

const depth = (node: ChainNode): number =>
  Math.max(0, ...Object.values(node.children ?? {}).map((child) => 1 + depth(child)));

/** The depth of the network dependency tree Lighthouse draws (its insight of that name), below the document. */
function chainDepth(result: LighthouseResult): number {
  const items = (result.audits['network-dependency-tree-insight']?.details?.items ?? []) as {
    value?: { type?: string; chains?: Record<string, ChainNode> };
  }[];
  const tree = items.find((item) => item.value?.type === 'network-tree')?.value?.chains ?? {};
  return Math.max(0, ...Object.values(tree).map(depth));
}

/**
 * Runs Lighthouse (performance only) on `url` in Chromium at `chromium`. Asynchronous: the
 * bench's server runs in this process and must keep answering meanwhile. Lighthouse
 * sometimes fails to record its trace (NO_NAVSTART) and says to run it again; such a run is
 * retried up to twice, and the retry is logged.
 */
export async function lighthouse(
  root: string,
  chromium: string,
  url: string,
  preset: Preset,
  throttling: Throttling,
  attempt = 1,
): Promise<Run> {
  try {
    return await lighthouseOnce(root, chromium, url, preset, throttling);
  } catch (error) {
    if (attempt >= 3 || !/Please run Lighthouse again/.test(String(error))) throw error;
    process.stderr.write(`bench: Lighthouse asked to be run again for ${url} (${preset}, ${throttling}); retrying\n`);
    return lighthouse(root, chromium, url, preset, throttling, attempt + 1);
  }
}

async function lighthouseOnce(
  root: string,
  chromium: string,
  url: string,
  preset: Preset,
  throttling: Throttling,
): Promise<Run> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      '--quiet',
      '--only-categories=performance',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      `--throttling-method=${throttling}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic',
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as LighthouseResult;
  const value = (name: string) => {
    const found = result.audits[name]?.numericValue;
    if (found === undefined) throw new Error(`Lighthouse gave no ${name} for ${url} (${preset}, ${throttling})`);
    return found;
  };
  return {
    performance: Math.round((result.categories.performance?.score ?? 0) * 100),
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    dom: value('dom-size-insight'),
    bytes: value('total-byte-weight'),
    chainDepth: chainDepth(result),
    renderBlocking: result.audits['render-blocking-insight']?.details?.items?.length ?? 0,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** `median (min–max)`, rounded; just the value when every run agrees. */
export function spread(values: number[], format = (n: number) => String(Math.round(n))): string {
  const low = format(Math.min(...values));
  const high = format(Math.max(...values));
  const middle = format(median(values));
  return low === high ? middle : `${middle} (${low}–${high})`;
}

/** A page's runs, and the name of the page whose LCP it is compared with (none for a control). */
export interface PageRuns {
  name: string;
  control?: string;
  runs: Run[];
}

/** A page's median LCP ÷ its control's, or — for a control. */
function lcpRatio(pages: PageRuns[], page: PageRuns): string {
  const control = pages.find((candidate) => candidate.name === page.control);
  if (control === undefined) return '—';
  return (median(page.runs.map((run) => run.lcp)) / median(control.runs.map((run) => run.lcp))).toFixed(2);
}

/** The Markdown table of one preset and throttling: a row per page. */
export function runsTable(pages: PageRuns[]): string {
  const lines = [
    '| page | performance | LCP ms | LCP ÷ control | FCP ms | TBT ms | DOM elements | transfer KB | chain depth | render-blocking |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const page of pages) {
    const of = (key: keyof Run) => page.runs.map((run) => run[key]);
    lines.push(
      `| ${[
        page.name,
        spread(of('performance')),
        spread(of('lcp')),
        lcpRatio(pages, page),
        spread(of('fcp')),
        spread(of('tbt')),
        spread(of('dom')),
        spread(of('bytes'), (bytes) => (bytes / 1024).toFixed(1)),
        spread(of('chainDepth')),
        spread(of('renderBlocking')),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/**
 * LCP under both throttlings, side by side: a row per page, the same pages and rounds in
 * `simulated` and `applied`, each beside its control's.
 */
export function lcpTable(simulated: PageRuns[], applied: PageRuns[]): string {
  const lines = [
    '| page | LCP ms, simulated | ÷ control | LCP ms, applied | ÷ control |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const page of simulated) {
    const other = applied.find((candidate) => candidate.name === page.name);
    if (other === undefined) throw new Error(`bench: no applied-throttling runs of ${page.name}`);
    const lcp = (runs: Run[]) => spread(runs.map((run) => run.lcp));
    lines.push(
      `| ${[page.name, lcp(page.runs), lcpRatio(simulated, page), lcp(other.runs), lcpRatio(applied, other)].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
