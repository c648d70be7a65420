import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHeaders, serveCompressed } from './gzip-server';

describe('the bench server', () => {
  const site = mkdtempSync(join(tmpdir(), 'serve-site-'));
  const extra = mkdtempSync(join(tmpdir(), 'serve-extra-'));
  mkdirSync(join(site, 'en'));
  mkdirSync(join(extra, 'control'));
  const page = `<!doctype html><title>x</title>${'<p>Some text of the page.</p>'.repeat(50)}`;
  writeFileSync(join(site, 'en/index.html'), page);
  writeFileSync(join(site, '404.html'), 'not here');
  writeFileSync(join(extra, 'control/index.html'), 'control');
  writeFileSync(
    join(site, '_headers'),
    "/*\n  Content-Security-Policy: default-src 'none'\n/_astro/*\n  Cache-Control: immutable\n",
  );
  const listening = serveCompressed([site, extra], 0);
  afterAll(async () => (await listening).close());
  const base = async () => {
    const address = (await listening).address();
    return `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  };

  it('sends pages gzip-compressed, with the headers of _headers', async () => {
    const response = await fetch(`${await base()}/en/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('cache-control')).toBeNull();
    // fetch decompresses; the length on the wire is the compressed one.
    expect(Number(response.headers.get('content-length'))).toBeLessThan(page.length / 5);
    expect(await response.text()).toBe(page);
  });

  it('finds what the site lacks in the next folder, and answers 404 with the not-found page', async () => {
    expect(await (await fetch(`${await base()}/control/`)).text()).toBe('control');
    const missing = await fetch(`${await base()}/nowhere/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('not here');
  });

  it('reads _headers rules and says which line it cannot read', () => {
    const rules = parseHeaders('/_astro/*\n  Cache-Control: immutable\n');
    expect(rules[0]?.pattern.test('/_astro/a.js')).toBe(true);
    expect(rules[0]?.pattern.test('/en/')).toBe(false);
    expect(rules[0]?.headers).toEqual([['Cache-Control', 'immutable']]);
    expect(() => parseHeaders('  Orphan: value\n')).toThrow(/cannot read the line "Orphan: value"/);
  });

  it('compresses only when asked', async () => {
    const response = await fetch(`${await base()}/en/`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBe(page.length);
  });
});
