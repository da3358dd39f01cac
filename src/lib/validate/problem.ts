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
}

/** Formats a problem as one line: `file:line [field] code: message`. */
export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const field = p.field === null ? '' : ` [${p.field}]`;
  return `${where}${field} ${p.code}: ${p.message}`;
}

/** Sorts problems by file, then line, then field, so reports are stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field ?? '').localeCompare(b.field ?? '') ||
      a.code.localeCompare(b.code),
  );
}

/** Formats a whole report: one line per problem, then a summary line. */
export function formatReport(r: Report): string {
  const lines = sortProblems(r.problems).map(formatProblem);
  const summary =
    r.problems.length === 0
      ? `Dữ liệu hợp lệ: ${r.files} tệp, ${r.rows} dòng, ${Math.round(r.ms)} ms.`
      : `Có ${r.problems.length} lỗi trong ${new Set(r.problems.map((p) => p.file)).size} tệp (đã kiểm tra ${r.files} tệp, ${r.rows} dòng). Sửa các lỗi trên rồi chạy lại "npm run validate".`;
  return [...lines, summary].join('\n');
}

/** Longest stretch of a cell or value a message quotes: a 5 MB cell is never echoed back whole. */
export const EXCERPT_MAX = 200;

/** `s` as a message may quote it: at most `max` characters, with "…" and the full length when cut. */
export function excerpt(s: string, max = EXCERPT_MAX): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max)}… (${s.length} ký tự)`;
}
