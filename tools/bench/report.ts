/**
 * docs/bench.md, as `npm run bench` writes it: what was run, on what machine and how
 * loaded, how the bench measures, then its tables.
 */
import { fileURLToPath } from 'node:url';

export const benchReportFile = fileURLToPath(new URL('../../docs/bench.md', import.meta.url));

export interface BenchResults {
  /** The command as run, flags included. */
  command: string;
  started: Date;
  /** Browser, CPU, memory, system, Node and Lighthouse versions. */
  machine: string;
  cores: number;
  /** The 1-minute load average at the start, after each Lighthouse round, and at the end. */
  loadSamples: number[];
  rounds: number;
  /** The page weight table (Markdown). */
  weights: string;
  /** Each build and its seconds. */
  builds: (readonly [string, number])[];
  /** The Lighthouse tables (Markdown), one section per preset. */
  lighthouse: string;
}

const method = `How it measures:

- **Page weight** is read from the built files: each page's HTML (with its inlined CSS) and
  the JavaScript it loads, raw, gzip -9 and brotli -q 11, against the gzip size of its own
  text (its words and the addresses of the sources it cites; "words-only" leaves the
  addresses out). The byte budgets themselves are enforced by \`e2e/weight.spec.ts\`, not here.
- **Served as readers get it**: \`tools/bench/gzip-server.ts\`, a small Node server, sends the
  built site gzip-compressed with the headers of \`dist/_headers\` (the CSP header included).
- **A control page** for each language: the article page with its highlights as plain words
  and no notes, built from the same content by the same components
  (\`tools/bench/control-build.ts\` builds it into a folder of its own; the site never has it).
  "÷ control" divides a page's median LCP by its language's control's, measured in the same
  rounds with the same throttling.
- **Interleaved rounds**: each round runs Lighthouse (performance only) on every page once,
  in the mobile and then the desktop preset, each with **simulated** throttling (Lighthouse's
  default: it loads the page at full speed and computes what a slow link and CPU would take,
  which cannot see the browser parse and paint HTML as it streams in) and with **applied**
  throttling (\`--throttling-method=devtools\`: Chromium slows the real load, so streaming
  counts). Each cell is the median (min–max) of the rounds. "Chain depth" is the depth of
  Lighthouse's network dependency tree below the document (1: nothing waits for anything but
  the page). Transfer is every response as the server sends it, headers included.`;

/** A sentence on the machine's load, and a warning when other work competed with the bench for its cores. */
export function loadNote(cores: number, samples: number[]): string {
  const [first = 0] = samples;
  const last = samples.at(-1) ?? first;
  const peak = Math.max(...samples);
  const sampled = `1-minute load average ${first.toFixed(2)} at the start, ${last.toFixed(2)} at the end, at most ${peak.toFixed(2)} between Lighthouse rounds, on ${cores} cores.`;
  if (peak <= cores) return sampled;
  return `${sampled}\n\n**The machine was loaded by other work running in parallel** (a load above its ${cores} cores): every time here is slower and noisier than on a quiet machine. Compare pages by their ratio to the control, measured in the same interleaved rounds, rather than by their absolute times.`;
}

export function benchReport(results: BenchResults): string {
  const when = `${results.started.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const builds = results.builds.map(([build, seconds]) => `| ${build} | ${seconds.toFixed(1)} |`);
  return [
    '# Benchmarks',
    `Written by \`${results.command}\` on ${when}; do not edit by hand: run it again.`,
    `${results.machine}. ${loadNote(results.cores, results.loadSamples)}`,
    method,
    '## Page weight (built files; KB = 1024 bytes; the CSS is inlined, so it counts in the HTML)',
    results.weights,
    '## Build time',
    ['| build | seconds |', '| --- | --- |', ...builds].join('\n'),
    `## Lighthouse (${results.rounds} interleaved round${results.rounds === 1 ? '' : 's'}, median (min–max); gzip server, CSP header applied)`,
    results.lighthouse,
  ].join('\n\n');
}
