import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Written by the content-checks integration after `npm run build` (src/integrations/content-checks.ts).
const parsesFile = fileURLToPath(new URL('../node_modules/.astro/edition-parses.json', import.meta.url));

test('the build parses each edition file once: the content checks and the pages share one parse', () => {
  const parses = JSON.parse(readFileSync(parsesFile, 'utf8')) as Record<string, number>;
  const files = Object.keys(parses);
  expect(files.length, 'edition files parsed').toBeGreaterThan(1);
  expect(files.every((file) => file.endsWith('.mdx'))).toBe(true);
  for (const file of files) expect(parses[file], file).toBe(1);
});
