/** Printing link problems: one line each, or grouped by what is broken. */
import type { LinkProblem } from './crawl';

/** One line per problem: `file:line code: message (url)`. */
export function formatLinkProblem(p: LinkProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return `${where} ${p.code}: ${p.url} — ${p.message}`;
}

/**
 * Problems grouped by what is broken (code, URL as resolved, message), so a link in the footer of
 * 1,000 pages prints once: `code: url — message` then up to `max` places and a count.
 */
export function groupLinkProblems(ps: LinkProblem[], max = 5): string[] {
  const groups = new Map<string, LinkProblem[]>();
  for (const p of sortLinkProblems(ps)) {
    const key = `${p.code}\u0000${p.url}\u0000${p.message}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out: string[] = [];
  for (const g of groups.values()) {
    const p = g[0]!;
    const places = [...new Set(g.map((x) => (x.line === null ? x.file : `${x.file}:${x.line}`)))];
    const more = places.length > max ? ` … và ${places.length - max} chỗ khác` : '';
    out.push(`${p.code}: ${p.url} — ${p.message}\n    ở ${places.slice(0, max).join(', ')}${more}`);
  }
  return out;
}

/** Problems sorted by file, line, then URL, so reports are stable. */
export function sortLinkProblems(ps: LinkProblem[]): LinkProblem[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...ps].sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.url, b.url) || cmp(a.code, b.code));
}
