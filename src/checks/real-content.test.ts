import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArticles } from './index';
import { formatProblem } from '../model/content-problem';

/** The real article and the fixture site pass every content check (the build would stop otherwise). */
const root = fileURLToPath(new URL('../../', import.meta.url));

describe.each(['content/articles', 'e2e/fixtures/content/articles'])('%s', (articles) => {
  it('passes every content check', () => {
    expect(checkArticles(articles, root).map(formatProblem).join('\n')).toBe('');
  });
});
