import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspDirectives, cspHeader } from './csp';

const headers = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

describe('Content-Security-Policy', () => {
  it('public/_headers sends the same policy as the pages', () => {
    const sent = /^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
    expect(sent).toBe(cspHeader);
    for (const directive of cspDirectives) expect(sent).toContain(directive);
  });

  it('never allows inline or evaluated scripts', () => {
    expect(cspHeader).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(cspDirectives.join(';')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('caches hashed assets for good', () => {
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});
