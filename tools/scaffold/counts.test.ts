import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('docs/authoring-counts.md', () => {
  it('holds the counts npm run scaffold:counts gives today', () => {
    const check = spawnSync(process.execPath, ['tools/scaffold-counts.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.stdout).toBe('docs/authoring-counts.md: the counts are current\n');
    expect(check.status).toBe(0);
  });
});
