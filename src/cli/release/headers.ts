/**
 * `_headers` files (Netlify, Cloudflare Pages): parsing, path matching, and a coverage check
 * that every page gets the security headers and the right frame policy. Also CSP parsing.
 */

/** One rule: a path pattern and its header lines. */
export interface ParsedRule {
  path: string;
  line: number;
  headers: [string, string][];
  /** Cloudflare's `! Name` lines: headers removed from broader rules. */
  detach: string[];
}

/** The parsed file, with any malformed lines. */
export interface ParsedHeaders {
  rules: ParsedRule[];
  errors: { line: number; message: string }[];
}

/** Parses a `_headers` file. */
export function parseHeadersFile(text: string): ParsedHeaders {
  const out: ParsedHeaders = { rules: [], errors: [] };
  let current: ParsedRule | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      current = { path: raw.trim(), line, headers: [], detach: [] };
      out.rules.push(current);
      return;
    }
    if (!current) {
      out.errors.push({ line, message: 'dòng tiêu đề (header) thụt lề nằm trước mọi đường dẫn.' });
      return;
    }
    const s = raw.trim();
    if (s.startsWith('!')) {
      current.detach.push(s.slice(1).trim());
      return;
    }
    const colon = s.indexOf(':');
    if (colon <= 0) {
      out.errors.push({ line, message: `thiếu dấu ":" giữa tên và giá trị: "${s}".` });
      return;
    }
    current.headers.push([s.slice(0, colon).trim(), s.slice(colon + 1).trim()]);
  });
  return out;
}

/** True when a `_headers` path pattern (`*` splat, `:name` segment) matches a URL path. */
export function pathMatches(pattern: string, path: string): boolean {
  const re = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(path);
}

/**
 * The headers a path gets when every matching rule applies (Cloudflare Pages: values of a repeated
 * header are joined with ", "; `! Name` in a matching rule removes it). Names are lower-cased.
 */
export function headersFor(rules: ParsedRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const matching = rules.filter((r) => pathMatches(r.path, path));
  for (const r of matching) {
    for (const [k, v] of r.headers) {
      const key = k.toLowerCase();
      out.set(key, [...(out.get(key) ?? []), v]);
    }
  }
  for (const r of matching) for (const d of r.detach) out.delete(d.toLowerCase());
  return out;
}

/** The headers a path gets when, per header, the last matching rule wins (the other reading of `_headers`). */
export function headersLastWins(rules: ParsedRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rules) {
    if (!pathMatches(r.path, path)) continue;
    for (const [k, v] of r.headers) out.set(k.toLowerCase(), [v]);
  }
  return out;
}

/** A policy as directive → source list. Directive names are lower-cased; the first occurrence wins. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const name = tokens[0]!.toLowerCase();
    if (!out.has(name)) out.set(name, tokens.slice(1));
  }
  return out;
}

/** The sources that govern a fetch directive, falling back as CSP does (e.g. script-src-elem → script-src → default-src). */
export function effectiveSources(csp: Map<string, string[]>, directive: string): string[] | null {
  const chain: Record<string, string[]> = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
    'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
    'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
    'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
    'frame-src': ['frame-src', 'child-src', 'default-src'],
  };
  for (const d of chain[directive] ?? [directive, 'default-src']) {
    const v = csp.get(d);
    if (v) return v;
  }
  return null;
}

/** A missing or wrong header on some page. */
export interface HeaderProblem {
  path: string;
  message: string;
}

/** What a page must get, for the coverage check. */
export interface HeaderExpectations {
  /** Header names every page must get (lower- or mixed-case). */
  required: string[];
  /** Site path prefix (e.g. `/nhung/`) of pages other sites may frame. */
  embedPrefix: string;
}

/**
 * Checks the headers each page path gets, under both readings of overlapping `_headers` rules
 * (all merged, or last wins): the required headers are there, ordinary pages refuse framing by
 * other sites, and embeddable pages allow it.
 */
export function checkHeaderCoverage(rules: ParsedRule[], paths: string[], exp: HeaderExpectations): HeaderProblem[] {
  const out: HeaderProblem[] = [];
  for (const path of paths) {
    for (const [mode, h] of [['gộp', headersFor(rules, path)], ['quy tắc sau thắng', headersLastWins(rules, path)]] as const) {
      for (const name of exp.required) {
        if (!h.has(name.toLowerCase())) out.push({ path, message: `thiếu header ${name} (cách đọc: ${mode}).` });
      }
      const policies = (h.get('content-security-policy') ?? []).flatMap((v) => v.split(',')).map(parseCsp);
      const ancestors = policies.map((p) => p.get('frame-ancestors')).filter((v): v is string[] => v !== undefined);
      const embed = path.startsWith(exp.embedPrefix);
      if (embed) {
        // Every policy with frame-ancestors must allow any site; at least one must say so, or X-Frame-Options wins.
        if (ancestors.length === 0) out.push({ path, message: `trang nhúng không có frame-ancestors nên X-Frame-Options chặn trang khác nhúng nó (cách đọc: ${mode}).` });
        else if (ancestors.some((a) => !a.includes('*'))) out.push({ path, message: `trang nhúng có chính sách frame-ancestors ${ancestors.map((a) => a.join(' ')).join(' / ')} chặn trang khác nhúng nó (cách đọc: ${mode}).` });
      } else {
        const xfo = (h.get('x-frame-options') ?? []).join(',').toUpperCase();
        const framedByAnyone = ancestors.length > 0 ? ancestors.every((a) => a.includes('*')) : !/DENY|SAMEORIGIN/.test(xfo);
        if (framedByAnyone) out.push({ path, message: `trang thường cho phép mọi trang khác nhúng (thiếu frame-ancestors 'self' hoặc X-Frame-Options) (cách đọc: ${mode}).` });
      }
    }
  }
  return out;
}
