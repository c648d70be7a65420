/**
 * The Content-Security-Policy of every page. Astro adds it as a <meta> tag with hashes of
 * what it emits; public/_headers sends the same policy as an HTTP header, where
 * frame-ancestors also works. Scripts and styles are files on this site ('self'), never
 * inline code from elsewhere.
 */
export const cspDirectives = [
  "default-src 'none'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
] as const;

/** The header form of the policy, as public/_headers must state it. */
export const cspHeader = [...cspDirectives, "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"].join(
  '; ',
);
