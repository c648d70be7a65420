/**
 * A static server for the bench that delivers the built site as a CDN would: text
 * compressed with gzip, the headers of dist/_headers applied (so the CSP header is
 * enforced as readers get it). Astro's preview server compresses nothing, and a page
 * measured uncompressed is not the page readers download.
 *
 * Files are looked up in each root in turn: the built site first, then the bench's own
 * build that holds the control pages (control-build.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.csv']);

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** The rules of a Netlify/Cloudflare `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      rules.push({ pattern: new RegExp(`^${escaped.replace(/\*/g, '.*')}$`), headers: [] });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (match === null || rule === undefined) throw new Error(`_headers: cannot read the line "${line.trim()}"`);
    rule.headers.push([match[1] ?? '', match[2] ?? '']);
  }
  return rules;
}

function resolve(roots: string[], path: string): string | undefined {
  const relative = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const candidates = relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}.html`];
  for (const root of roots) {
    for (const candidate of candidates) {
      const file = join(root, candidate);
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
    }
  }
  return undefined;
}

/** Serves `roots` on 127.0.0.1:`port`; resolves once it listens. */
export function serveCompressed(roots: string[], port: number): Promise<Server> {
  const headersFile = join(roots[0] ?? '', '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    let file = resolve(roots, path);
    let status = 200;
    if (file === undefined) {
      status = 404;
      file = resolve(roots, '/404.html');
    }
    if (file === undefined) {
      response.writeHead(404).end();
      return;
    }
    const extension = extname(file);
    for (const rule of rules) {
      if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    response.setHeader('Content-Type', types[extension] ?? 'application/octet-stream');
    response.setHeader('Vary', 'Accept-Encoding');
    let body: Buffer = readFileSync(file);
    if (compressible.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = cache.get(file) ?? gzipSync(body, { level: 9 });
      cache.set(file, body);
      response.setHeader('Content-Encoding', 'gzip');
    }
    response.setHeader('Content-Length', body.length);
    response.writeHead(status).end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}
