import { expect, test } from './support/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Written by the content-checks integration after each build (src/integrations/content-checks.ts):
// `npm run build` (content/) and `npm run build:fixtures` (e2e/fixtures/content/).
const parsesFile = (root: string) =>
  fileURLToPath(new URL(`../node_modules/.astro/edition-parses.${root}.json`, import.meta.url));

for (const root of ['content', 'e2e-fixtures-content']) {
  test(`the build of ${root} parses each edition file once: the content checks and the pages share one parse`, () => {
    const parses = JSON.parse(readFileSync(parsesFile(root), 'utf8')) as Record<string, number>;
    const files = Object.keys(parses);
    expect(files.length, 'edition files parsed').toBeGreaterThan(1);
    expect(files.every((file) => file.endsWith('.mdx'))).toBe(true);
    for (const file of files) expect(parses[file], file).toBe(1);
  });
}
