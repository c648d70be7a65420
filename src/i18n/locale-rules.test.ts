import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locales } from './languages';

const src = fileURLToPath(new URL('..', import.meta.url));

/** Source files of the site, tests excluded. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('what a locale means', () => {
  it('is said only by its profile: no code compares locale codes', () => {
    const codes = locales.map((locale) => locale.replace(/-/g, '\\-')).join('|');
    const comparison = new RegExp(`[!=]==\\s*'(?:${codes})'|'(?:${codes})'\\s*[!=]==`);
    const offenders = sourceFiles(src).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${relative(src, file)}:${index + 1}` }))
        .filter(({ line }) => comparison.test(line))
        .map(({ where, line }) => `${where}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
