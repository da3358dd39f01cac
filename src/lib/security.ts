/**
 * Security headers: the single source of the Content-Security-Policy and the other headers.
 * public/_headers is generated from here (`renderHeadersFile()`; a unit test keeps them equal),
 * BaseLayout's <meta http-equiv> uses CSP_META, and DEPLOY.md copies the values for nginx.
 */

/** CSP directives shared by every page, in output order. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // Pagefind compiles its WebAssembly search engine in the page and in its worker.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // Astro inlines small stylesheets as <style> (build.inlineStylesheets: 'auto').
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Serialises directives as a policy string: `name value; name value`. */
export function serializeCsp(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

/**
 * The policy for a <meta http-equiv>: browsers ignore frame-ancestors (and report-uri, sandbox)
 * in a meta policy, so it carries only the shared directives.
 */
export const CSP_META = serializeCsp(CSP_DIRECTIVES);

/**
 * The header policy of ordinary pages. It has no frame-ancestors on purpose: on hosts that merge
 * the headers of every matching _headers rule (Cloudflare Pages joins them with a comma, which is
 * two policies, both enforced), a `frame-ancestors 'self'` here would also block the embeds.
 * Framing by other sites is refused by X-Frame-Options instead, which browsers ignore wherever a
 * policy has frame-ancestors (the embeds).
 */
export const CSP_HEADER = CSP_META;

/** The header policy of embeddable pages (/nhung/*): any site may frame them. */
export const CSP_EMBED = serializeCsp([...CSP_DIRECTIVES, ['frame-ancestors', '*']]);

/** The policy nginx (or any server with exact per-location control) sends on ordinary pages. */
export const CSP_STRICT_FRAMES = serializeCsp([...CSP_DIRECTIVES, ['frame-ancestors', "'self'"]]);

/** Site path prefix (without base) of the CMS (src/pages/admin/): it has its own policy, below. */
export const ADMIN_PREFIX = 'admin/';

/**
 * The policy of the CMS at /admin/ only, sent in its <meta http-equiv>. Decap CMS needs what the
 * site never allows: 'unsafe-eval' (its config schema is compiled with new Function), blob: and
 * data: images (uploads before they are saved), and requests to its backend, which is
 * decap-server on 127.0.0.1 in `npm run cms` and the GitHub API in production (`connect`).
 */
export function adminCsp(connect: readonly string[], images: readonly string[] = []): string {
  return serializeCsp([
    ['default-src', "'self'"],
    ['script-src', "'self' 'unsafe-eval' 'wasm-unsafe-eval'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', ["'self'", 'data:', 'blob:', ...images].join(' ')],
    ['font-src', "'self' data:"],
    // Decap reads an upload back from its blob: URL before sending it to the backend.
    ['connect-src', ["'self'", 'blob:', ...connect].join(' ')],
    ['media-src', "'self' blob:"],
    ['worker-src', "'self' blob:"],
    ['frame-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ]);
}

/** The production CMS policy (GitHub backend): the API and the avatars of signed-in editors. */
export const CSP_ADMIN = adminCsp(['https://api.github.com'], ['https://avatars.githubusercontent.com']);

/** Site path prefix (without base) of the pages made to be framed by other sites. */
export const EMBED_PREFIX = 'nhung/';

/** Referrer-Policy: other sites see only the origin, never the page a reader came from. Also a <meta name="referrer">. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Permissions-Policy: the site uses no device feature, so none may be used (not even by a framed page). */
export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** Headers every response gets. */
export const COMMON_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', CSP_HEADER],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', REFERRER_POLICY],
  ['Permissions-Policy', PERMISSIONS_POLICY],
];

/** Cache-Control of content-hashed assets (Astro's /_astro/*): a year, never revalidated. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache-Control of Pagefind's files: names of the index chunks are hashed but the entry files are not. */
export const CACHE_PAGEFIND = 'public, max-age=3600';

/** One rule of a `_headers` file: a path pattern, its headers, and headers it removes from broader rules. */
export interface HeaderRule {
  path: string;
  headers: (readonly [string, string])[];
  /** Cloudflare Pages' `! Name` lines: headers of broader rules this path does not get. */
  detach?: string[];
}

/**
 * The rules of public/_headers (Netlify and Cloudflare Pages syntax), for a site served at the
 * root of its host. Order matters on hosts where a later matching rule overrides an earlier one:
 * the specific rules come after `/*`.
 */
export const HEADER_RULES: readonly HeaderRule[] = [
  { path: '/*', headers: [...COMMON_HEADERS] },
  { path: `/${EMBED_PREFIX}*`, headers: [['Content-Security-Policy', CSP_EMBED]] },
  // The CMS carries its own policy in its <meta>: the site's header policy would block it.
  { path: `/${ADMIN_PREFIX}*`, headers: [], detach: ['Content-Security-Policy'] },
  { path: '/_astro/*', headers: [['Cache-Control', CACHE_IMMUTABLE]] },
  { path: '/pagefind/*', headers: [['Cache-Control', CACHE_PAGEFIND]] },
];

/** The text of public/_headers. */
export function renderHeadersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  const head = [
    '# Generated from src/lib/security.ts (a unit test keeps this file equal to it): edit there.',
    '# Read by Netlify and Cloudflare Pages. See DEPLOY.md for other hosts.',
  ];
  const blocks = rules.map((r) => [r.path, ...r.headers.map(([k, v]) => `  ${k}: ${v}`), ...(r.detach ?? []).map((d) => `  ! ${d}`)].join('\n'));
  return `${head.join('\n')}\n${blocks.join('\n')}\n`;
}

/** Where and how an nginx server serves the built site. */
export interface NginxOptions {
  /** Base path the site was built with (BASE), e.g. "/giam-ngheo/". */
  base: string;
  /** Folder that holds the base path: dist/ is copied to `${root}${base}`. */
  root: string;
  serverName: string;
}

/**
 * The nginx server block for the built site, from the same constants as public/_headers. With exact
 * per-location control, ordinary pages get frame-ancestors 'self' and the embeds frame-ancestors *.
 * nginx drops inherited add_header lines in any location that has its own, so every location
 * repeats the security headers (through one included snippet).
 */
export function renderNginxServer(o: NginxOptions): string {
  const b = o.base.endsWith('/') ? o.base : `${o.base}/`;
  const security = COMMON_HEADERS.filter(([k]) => k !== 'Content-Security-Policy' && k !== 'X-Frame-Options')
    .map(([k, v]) => `add_header ${k} "${v}" always;`)
    .join('\n');
  const loc = (path: string, lines: string[]) => [`    location ${path} {`, ...lines.map((l) => `        ${l}`), '    }'].join('\n');
  return `# /etc/nginx/snippets/giam-ngheo-security.conf
${security}

# /etc/nginx/sites-available/giam-ngheo
server {
    listen 443 ssl http2;
    server_name ${o.serverName};
    # ssl_certificate and ssl_certificate_key: your certificate.

    # dist/ is copied to ${o.root}${b}, so every URL maps to a file under root.
    root ${o.root};
    index index.html;
    charset utf-8;

    # Redirects (e.g. /ke-hoach → /ke-hoach/) keep the scheme and host the reader used.
    absolute_redirect off;

    include /etc/nginx/mime.types;
    # Pagefind's WebAssembly and index chunks are binary files named *.pagefind and *.pf_*,
    # already gzip-compressed: serve them as bytes and do not compress them again.
    # Debian's mime.types has no entry for CSV downloads.
    types {
        application/octet-stream pagefind pf_meta pf_index pf_fragment pf_filter;
        text/csv csv;
    }
    charset_types text/css text/plain text/xml text/csv application/javascript application/json application/rss+xml image/svg+xml;
    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml text/csv application/xml text/plain;

    error_page 404 ${b}404.html;

${loc(b, ['try_files $uri $uri/ =404;', `add_header Content-Security-Policy "${CSP_STRICT_FRAMES}" always;`, 'include snippets/giam-ngheo-security.conf;'])}

    # Embeds: other sites may frame these pages.
${loc(`${b}${EMBED_PREFIX}`, ['try_files $uri $uri/ =404;', `add_header Content-Security-Policy "${CSP_EMBED}" always;`, 'include snippets/giam-ngheo-security.conf;'])}

    # The CMS: its own policy is in the page's <meta> (the site's would block it); no framing.
${loc(`${b}${ADMIN_PREFIX}`, ['try_files $uri $uri/ =404;', 'add_header X-Frame-Options "SAMEORIGIN" always;', 'include snippets/giam-ngheo-security.conf;'])}

    # Content-hashed assets: cache for a year.
${loc(`${b}_astro/`, ['try_files $uri =404;', `add_header Cache-Control "${CACHE_IMMUTABLE}" always;`, 'include snippets/giam-ngheo-security.conf;'])}

    # Search index: the worker script gets the CSP too (it compiles WebAssembly).
${loc(`${b}pagefind/`, ['try_files $uri =404;', `add_header Cache-Control "${CACHE_PAGEFIND}" always;`, `add_header Content-Security-Policy "${CSP_STRICT_FRAMES}" always;`, 'include snippets/giam-ngheo-security.conf;'])}
}

server {
    listen 80;
    server_name ${o.serverName};
    return 301 https://$host$request_uri;
}
`;
}
