/**
 * The processes the cross-engine suite starts for itself (the site's server, Xvfb,
 * WebKitWebDriver) and stops again by their process ids, never by name: other checkouts
 * on the same machine may run their own.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export interface Started {
  readonly name: string;
  readonly child: ChildProcess;
  /** What it wrote so far, for the error when it fails. */
  output(): string;
  /** Ends it and its children by its process group's id (SIGTERM, then SIGKILL after 5 s), and waits until it has exited. */
  stop(): Promise<void>;
}

/** Fails with what to install where a browser or tool the suite needs is missing. */
export function requireExecutable(path: string, what: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`${path} is missing: ${what} (.ci/run installs it; docs/browsers.md lists the packages)`);
  }
}

export function start(name: string, command: string, args: string[], options: SpawnOptions = {}): Started {
  // Its own process group, so that stopping it stops whatever it started too (npm's and
  // WebKitWebDriver's children), still by id.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  let output = '';
  const keep = (chunk: Buffer) => {
    // The start and the latest: enough to say why it failed.
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    name,
    child,
    output: () => output,
    async stop() {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      const group = -child.pid;
      process.kill(group, 'SIGTERM');
      const killer = setTimeout(() => {
        if (child.exitCode === null) process.kill(group, 'SIGKILL');
      }, 5000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Whether something already answers at `url`. */
export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

/** Waits until `url` answers (any status), or fails with the process's output. */
export async function waitForUrl(server: Started, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`${server.name} exited (${server.child.exitCode}) before ${url} answered:\n${server.output()}`);
    }
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${server.name}: ${url} did not answer within ${timeoutMs / 1000} s:\n${server.output()}`);
}

/**
 * Starts Xvfb on a display number it picks itself (-displayfd), so that checkouts side by
 * side never clash, and returns it with the display (":N").
 */
export async function startXvfb(): Promise<{ xvfb: Started; display: string }> {
  requireExecutable('/usr/bin/Xvfb', 'Debian package xvfb');
  const xvfb = start('Xvfb', '/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const fd = xvfb.child.stdio[3];
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb named no display within 30 s:\n${xvfb.output()}`)), 30_000);
    fd?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    xvfb.child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}):\n${xvfb.output()}`));
    });
  });
  return { xvfb, display };
}
