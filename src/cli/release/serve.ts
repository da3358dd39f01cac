/**
 * A static host for a built folder, in-process, for the release checks and the Lighthouse bench:
 * files under BASE, `dir/` → `dir/index.html`, a 301 for a missing trailing slash, 404.html with
 * status 404, the `_headers` rules applied (as Netlify and Cloudflare Pages do), and text responses
 * compressed with Brotli or gzip by Accept-Encoding, as a production host would send them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type ParsedRule } from './headers';
import { normaliseBase } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.pdf': 'application/pdf',
};

/** Types worth compressing (Pagefind's own files are gzip already; images and fonts are compressed). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;

/** A running host. */
export interface StaticServer {
  /** Origin, e.g. http://127.0.0.1:4416 (no trailing slash). */
  url: string;
  /** Responses sent, by encoding (`br`, `gzip`, `identity`). */
  encodings: Map<string, number>;
  stop(): Promise<void>;
}

/** Options of serveDir. */
export interface ServeOptions {
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Compress text responses (default true). */
  compress?: boolean;
  /** Apply `dir/_headers` (default true). */
  headers?: boolean;
}

/** The encoding a client accepts that we send: br first, then gzip. */
export function pickEncoding(accept: string | undefined): 'br' | 'gzip' | 'identity' {
  const list = (accept ?? '').toLowerCase().split(',').map((s) => s.trim().split(';'));
  const ok = (name: string) => list.some(([n, q]) => n === name && !/q=0(\.0*)?$/.test((q ?? '').trim()));
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : 'identity';
}

/** Serves `dir` under `base` on 127.0.0.1 until stop(). */
export async function serveDir(dir: string, opts: ServeOptions = {}): Promise<StaticServer> {
  const base = normaliseBase(opts.base ?? '/');
  const rules: ParsedRule[] = opts.headers !== false && existsSync(join(dir, '_headers')) ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')).rules : [];
  const cache = new Map<string, Buffer>();
  const encodings = new Map<string, number>();
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (rel === base.slice(0, -1)) rel = base;
    let status = 200;
    let file: string | null = null;
    if (rel.startsWith(base)) {
      const inner = normalize(rel.slice(base.length)).replace(/^(\.\.(\/|$))+/, '');
      const candidate = join(dir, inner);
      if (rel.endsWith('/') ? isFile(join(candidate, 'index.html')) : false) file = join(candidate, 'index.html');
      else if (!rel.endsWith('/') && isFile(candidate)) file = candidate;
      else if (!rel.endsWith('/') && isFile(join(candidate, 'index.html'))) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    if (file === null) {
      status = 404;
      file = isFile(join(dir, '404.html')) ? join(dir, '404.html') : null;
      if (file === null) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
        return;
      }
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, vary: 'Accept-Encoding' };
    // _headers paths are written for a site at the root of its host.
    const rootPath = status === 404 ? '/404.html' : `/${rel.slice(base.length)}`;
    for (const [k, v] of headersFor(rules, rootPath)) headers[k.toLowerCase()] = v.join(', ');
    const enc = opts.compress !== false && COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : 'identity';
    const key = `${enc}:${file}`;
    let body = cache.get(key);
    if (!body) {
      const raw = readFileSync(file);
      body = enc === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }) : enc === 'gzip' ? gzipSync(raw, { level: 9 }) : raw;
      cache.set(key, body);
    }
    if (enc !== 'identity') headers['content-encoding'] = enc;
    headers['content-length'] = String(body.length);
    encodings.set(enc, (encodings.get(enc) ?? 0) + 1);
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    encodings,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
