import { cspHeader } from './csp';

/**
 * The `_headers` file of static hosts that read one (Netlify, Cloudflare Pages), written
 * into the built site by src/integrations/built-pages.ts: its Content-Security-Policy
 * allows the inline styles and scripts of the pages built with it, by hash.
 */
export function headersFile(styleHashes: readonly string[], scriptHashes: readonly string[] = []): string {
  return `# HTTP headers for static hosts that read this file (Netlify, Cloudflare Pages).
# Written by the build (src/security/headers.ts): the style and script hashes are those of the pages built with it.
/*
  Content-Security-Policy: ${cspHeader(styleHashes, scriptHashes)}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  Cross-Origin-Opener-Policy: same-origin
  Strict-Transport-Security: max-age=31536000; includeSubDomains

# Hashed build assets never change: cache them for a year.
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
# Pages keep the hosts' default (revalidate on each visit): they change with each build.
`;
}
