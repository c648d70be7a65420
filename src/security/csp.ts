/**
 * The Content-Security-Policy of every page. Astro adds it as a <meta> tag with hashes of
 * what it emits (the inlined site CSS among them); the build writes the same policy, with
 * the same style hashes, into dist/_headers as an HTTP header, where frame-ancestors also
 * works (src/integrations/built-pages.ts). Scripts are files on this site ('self'), but
 * for each page's small inline loader; it and the inline styles are allowed by their hashes
 * only, never 'unsafe-inline'.
 */
export const cspDirectives = [
  "default-src 'none'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
] as const;

/**
 * The header form of the policy, allowing the inline styles and the inline scripts whose
 * CSP hashes ('sha256-…') are given (the scripts: each page's loader, src/integrations/page-scripts.ts).
 */
export function cspHeader(styleHashes: readonly string[], scriptHashes: readonly string[] = []): string {
  const quoted = (hashes: readonly string[]) => [...new Set(hashes)].sort().map((hash) => `'${hash}'`);
  return [
    ...cspDirectives,
    ["script-src 'self'", ...quoted(scriptHashes)].join(' '),
    ["style-src 'self'", ...quoted(styleHashes)].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}
