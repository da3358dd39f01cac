/** A validation problem: errors are data, with a stable code, a place and a Vietnamese fix. */
import type { ErrorCode } from '../../schemas/cells';

export type { ErrorCode };

/** One problem found in a data file or a story. */
export interface Problem {
  /** Stable Frictionless-style code, e.g. `type-error`. */
  code: ErrorCode;
  /** Path relative to the project root, e.g. `data/ward-poverty.csv`. */
  file: string;
  /** 1-based line in the file, when known. */
  line: number | null;
  /** Column or frontmatter field, when known. */
  field: string | null;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
}

/** The result of validating everything: all problems at once. */
export interface Report {
  problems: Problem[];
  /** Files read. */
  files: number;
  /** Data rows (and stories) checked. */
  rows: number;
  /** Milliseconds taken. */
  ms: number;
  /** Problems found but not kept in `problems` (a file keeps at most STORED_PER_FILE). */
  omitted?: number;
}

/** Most problems one file keeps in memory; the rest are only counted. */
export const STORED_PER_FILE = 1000;
/** Most problems the printed report shows for one file. */
export const PRINTED_PER_FILE = 50;
/** Most problems the printed report shows in all. */
export const PRINTED_TOTAL = 200;

/** Formats a problem as one line: `file:line [field] code: message`. */
export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const field = p.field === null ? '' : ` [${p.field}]`;
  return `${where}${field} ${p.code}: ${p.message}`;
}

const COLLATOR = new Intl.Collator();

/** Sorts problems by file, then line, then field, so reports are stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  // Same order as localeCompare, but a collator made once is many times faster on big reports.
  const cmp = COLLATOR.compare;
  return [...problems].sort(
    (a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.field ?? '', b.field ?? '') || cmp(a.code, b.code),
  );
}

/**
 * Formats a whole report: one line per problem, at most PRINTED_PER_FILE per file and PRINTED_TOTAL
 * in all (a huge bad file stays readable), then "… và N lỗi khác" and a summary line with the total.
 */
export function formatReport(r: Report, caps: { perFile?: number; total?: number } = {}): string {
  const perFile = caps.perFile ?? PRINTED_PER_FILE;
  const maxTotal = caps.total ?? PRINTED_TOTAL;
  const total = r.problems.length + (r.omitted ?? 0);
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const p of sortProblems(r.problems)) {
    const n = shown.get(p.file) ?? 0;
    if (n >= perFile || lines.length >= maxTotal) continue;
    shown.set(p.file, n + 1);
    lines.push(formatProblem(p));
  }
  if (total > lines.length) lines.push(`… và ${total - lines.length} lỗi khác.`);
  const summary =
    total === 0
      ? `Dữ liệu hợp lệ: ${r.files} tệp, ${r.rows} dòng, ${Math.round(r.ms)} ms.`
      : `Có ${total} lỗi trong ${new Set(r.problems.map((p) => p.file)).size} tệp (đã kiểm tra ${r.files} tệp, ${r.rows} dòng). Sửa các lỗi trên rồi chạy lại "npm run validate".`;
  lines.push(summary);
  return lines.join('\n');
}

/** Longest stretch of a cell or value a message quotes: a 5 MB cell is never echoed back whole. */
export const EXCERPT_MAX = 200;

/** `s` as a message may quote it: at most `max` characters, with "…" and the full length when cut. */
export function excerpt(s: string, max = EXCERPT_MAX): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max)}… (${s.length} ký tự)`;
}
