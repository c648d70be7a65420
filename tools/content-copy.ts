import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('../', import.meta.url));

/**
 * For tests: a copy of the fixture content (e2e/fixtures/content) in a temp folder laid
 * out like the project, so each notes.yaml's schema reference still leads to a
 * content/notes.schema.json. Returns the copy's content folder and a way to edit its files.
 */
export function copyFixtureContent(): { dir: string; edit: (file: string, from: string | RegExp, to: string) => void } {
  const base = mkdtempSync(join(tmpdir(), 'content-copy-'));
  const dir = join(base, 'e2e/fixtures/content');
  cpSync(join(project, 'e2e/fixtures/content'), dir, { recursive: true });
  mkdirSync(join(base, 'content'));
  cpSync(join(project, 'content/notes.schema.json'), join(base, 'content/notes.schema.json'));
  const edit = (file: string, from: string | RegExp, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`${file}: ${String(from)} is not in it`);
    writeFileSync(path, changed);
  };
  return { dir, edit };
}
