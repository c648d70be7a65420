import { describe, expect, it } from 'vitest';
import { cspDirectives, cspHeader } from './csp';
import { headersFile } from './headers';
import { allowedHashes, cspHash, inlineStyles, metaPolicy } from './inline-code';

describe('Content-Security-Policy', () => {
  const hash = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

  it('the header carries every directive of the pages, and the style hashes it is given', () => {
    const header = cspHeader([hash]);
    for (const directive of cspDirectives) expect(header).toContain(directive);
    expect(header).toContain(`style-src 'self' '${hash}'`);
    expect(header).toContain("script-src 'self';");
    expect(header).toContain("frame-ancestors 'none'");
  });

  it('allows the inline scripts whose hashes it is given, by hash only', () => {
    expect(cspHeader([], [hash, hash])).toContain(`script-src 'self' '${hash}';`);
  });

  it('never allows inline or evaluated scripts or unhashed inline styles', () => {
    expect(cspHeader([hash])).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(cspDirectives.join(';')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('_headers sends that policy to every page and caches hashed assets for good', () => {
    const headers = headersFile([hash]);
    expect(headers).toMatch(/^\/\*\n\s+Content-Security-Policy: (.+)$/m);
    expect(/^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1]).toBe(cspHeader([hash]));
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});

describe('inline style hashes', () => {
  it('hashes as CSP does: SHA-256 of the UTF-8 text, in base64', () => {
    // The well-known SHA-256 of the empty string, and of "abc" (FIPS 180-2, in base64).
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('abc')).toBe('sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });

  it('reads the style elements of a page and the hashes its meta policy allows for styles', () => {
    const html =
      `<head><meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-BBB=' 'sha256-CCC=';">` +
      '<style>a{color:red}</style><style media="print">b{}</style></head>';
    expect(inlineStyles(html)).toEqual(['a{color:red}', 'b{}']);
    const policy = metaPolicy(html) ?? '';
    expect(allowedHashes(policy, 'style-src')).toEqual(['sha256-BBB=', 'sha256-CCC=']);
    expect(allowedHashes(policy, 'script-src')).toEqual(['sha256-AAA=']);
  });
});
