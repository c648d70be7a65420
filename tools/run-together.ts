/**
 * node tools/run-together.ts <script> <script> …
 *
 * Runs npm scripts at the same time, prints each one's output whole once it has ended, in
 * the order given, and exits with the first failure's exit code. For steps that write
 * nothing another reads: `npm test` runs `lint` (which only reads) beside `check`, on the
 * core that `astro check` leaves idle, and the cross-engine journeys beside the Playwright
 * suite (each serves the built fixture site on its own port). Not for the builds, the unit
 * tests or `check` among themselves: each writes the project's .astro/ folder.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node tools/run-together.ts <npm script> <npm script> …');
  process.exit(2);
}

// Each output is collected and printed later, not to a terminal: keep its colours.
const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;

const runs = scripts.map(
  (script) =>
    new Promise<{ output: Buffer; code: number }>((resolve) => {
      const child = spawn('npm', ['run', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
      child.on('close', (code) => resolve({ output: Buffer.concat(chunks), code: code ?? 1 }));
    }),
);

let failure = 0;
for (const run of runs) {
  const { output, code } = await run;
  process.stdout.write(output);
  if (code !== 0 && failure === 0) failure = code;
}
process.exitCode = failure;
