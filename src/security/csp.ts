/**
 * The Content-Security-Policy of every page. Astro adds it as a <meta> tag with hashes of
 * what it emits (the inlined site CSS among them); the build writes the same policy, with
 * the same style hashes, into dist/_headers as an HTTP header, where frame-ancestors also
 * works (src/integrations/static-headers.ts). Scripts are files on this site ('self');
 * styles are inline, allowed by their hashes only, never 'unsafe-inline'.
 */
export const cspDirectives = [
  "default-src 'none'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
] as const;

/** The header form of the policy, allowing the inline styles whose CSP hashes ('sha256-…') are given. */
export function cspHeader(styleHashes: readonly string[]): string {
  const styles = [...new Set(styleHashes)].sort().map((hash) => `'${hash}'`);
  return [
    ...cspDirectives,
    "script-src 'self'",
    ["style-src 'self'", ...styles].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}
