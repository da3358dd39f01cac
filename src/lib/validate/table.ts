/** Validating one CSV table: header checks, row shape, then zod per row. */
import { z } from 'zod';
import type { ErrorCode } from '../../schemas/cells';
import { decodeUtf8 } from './decode';
import { parseCsvText, parseErrorMessage } from './parse';
import { excerpt, STORED_PER_FILE, type Problem } from './problem';

export { parseCsvText, type ParseError, type RawCsv } from './parse';

/** A validated table: typed rows with the line each came from. */
export interface Table<T> {
  file: string;
  rows: T[];
  /** `lines[i]` is the 1-based line of `rows[i]`. */
  lines: number[];
  /** Problems found, at most STORED_PER_FILE of them (memory stays bounded on huge bad files). */
  problems: Problem[];
  /** Problems found beyond those kept in `problems`. */
  omitted: number;
  /** Data rows read, valid or not. */
  rowCount: number;
  /** The header labels as read (trimmed, NFC), in file order: the order of `rejected` cells. */
  header: string[];
  /** Rows that failed (their raw cells and line), at most STORED_PER_FILE of them. */
  rejected: { line: number; cells: string[] }[];
  /** Rows that failed, all of them. */
  rejectedCount: number;
  /**
   * False when rows may be missing that `rejected` does not name (bad encoding, bad header, an
   * unclosed quote, too many failed rows): checks across tables then skip what depends on it.
   */
  complete: boolean;
}

/** Normalises a header label: trimmed and NFC, so NFD exports match. */
export function normaliseHeader(h: string): string {
  return h.trim().normalize('NFC');
}

/** True when every cell is empty or spaces. */
function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

/** Code attached to a custom zod issue by the cell builders, or type-error. */
function issueCode(issue: z.core.$ZodIssue): ErrorCode {
  const params = (issue as { params?: { code?: ErrorCode } }).params;
  return params?.code ?? 'type-error';
}

/** Validates the bytes of one CSV file against a row schema. Never throws on bad input. */
export function validateTable<S extends z.ZodType>(bytes: Uint8Array, file: string, schema: S, columns: readonly string[]): Table<z.output<S>> {
  const out: Table<z.output<S>> = { file, rows: [], lines: [], problems: [], omitted: 0, rowCount: 0, header: [], rejected: [], rejectedCount: 0, complete: true };
  try {
    fill(out, bytes, file, schema, columns);
  } catch (e) {
    // A bug, not bad data; still a report, never a stack trace.
    out.complete = false;
    out.problems.push({ code: 'source-error', file, line: null, field: null, message: `lỗi nội bộ khi đọc tệp (${excerpt(String((e as Error)?.message ?? e), 120)}). Sửa: báo lỗi này cho nhóm phát triển kèm tệp.` });
  }
  return out;
}

function fill<S extends z.ZodType>(out: Table<z.output<S>>, bytes: Uint8Array, file: string, schema: S, columns: readonly string[]): void {
  const p = (code: ErrorCode, line: number | null, field: string | null, message: string) => {
    if (out.problems.length < STORED_PER_FILE) out.problems.push({ code, file, line, field, message });
    else out.omitted++;
  };
  const reject = (line: number, cells: string[]) => {
    out.rejectedCount++;
    if (out.rejected.length < STORED_PER_FILE) out.rejected.push({ line, cells });
    else out.complete = false;
  };

  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) {
    out.complete = false;
    out.problems.push(decoded.problem);
    return;
  }
  const raw = parseCsvText(decoded.text);
  if (raw.rows.length === 0) {
    out.complete = false;
    p('missing-label', 1, null, `tệp trống, thiếu dòng tiêu đề. Sửa: dòng đầu tiên phải là tên các cột: ${columns.join(',')}.`);
    return;
  }
  // Rows a parse error runs through are reported once, as that error, not again as a shape problem.
  const badRows = new Set<number>();
  const reported = new Set<string>();
  for (const e of raw.errors) {
    if (e.row !== null) badRows.add(e.row);
    if (e.code === 'MissingQuotes') out.complete = false;
    const key = `${e.line}|${e.code}`;
    if (reported.has(key)) continue;
    reported.add(key);
    p('source-error', e.line, null, parseErrorMessage(e, raw.lastLine));
  }
  // A header a parse error runs through, or a blank one, cannot be judged label by label.
  if (badRows.has(0) || isBlank(raw.rows[0]!)) {
    if (!badRows.has(0)) p('missing-label', 1, null, `dòng đầu tiên trống, thiếu dòng tiêu đề. Sửa: dòng đầu tiên phải là tên các cột: ${columns.join(',')}.`);
    out.complete = false;
    out.rowCount = raw.rows.length - 1;
    return;
  }
  const header = raw.rows[0]!.map(normaliseHeader);
  out.header = header;
  const before = out.problems.length + out.omitted;
  const seen = new Map<string, number>();
  if (header.length === 1 && columns.length > 1 && /[;\t]/.test(header[0]!)) {
    // Every label and every row would be wrong too: report the cause alone.
    p('source-error', 1, null, `các cột được phân cách bằng ${header[0]!.includes(';') ? 'dấu chấm phẩy (;)' : 'ký tự Tab'}, không phải dấu phẩy. Sửa: lưu lại tệp dạng "CSV UTF-8 (phân cách bằng dấu phẩy)".`);
    out.complete = false;
    out.rowCount = raw.rows.length - 1;
    return;
  }
  header.forEach((h, i) => {
    if (h === '') p('blank-header', 1, `cột ${i + 1}`, `cột thứ ${i + 1} không có tên. Sửa: đặt tên cột hoặc xóa cột trống.`);
    else if (seen.has(h)) p('duplicate-header', 1, excerpt(h, 60), `cột "${excerpt(h)}" xuất hiện hai lần (cột ${seen.get(h)! + 1} và ${i + 1}). Sửa: xóa hoặc đổi tên một cột.`);
    else seen.set(h, i);
  });
  for (const h of seen.keys()) {
    if (!columns.includes(h)) p('extra-label', 1, excerpt(h, 60), `cột "${excerpt(h)}" không có trong lược đồ. Sửa: xóa cột này hoặc sửa tên thành một trong: ${columns.join(', ')}.`);
  }
  const missing = columns.filter((c) => !seen.has(c));
  for (const c of missing) p('missing-label', 1, c, `thiếu cột "${c}". Sửa: thêm cột "${c}" vào dòng tiêu đề.`);
  const headerOk = out.problems.length + out.omitted === before;

  if (!headerOk) {
    out.complete = false;
    for (let r = 1; r < raw.rows.length; r++) if (!badRows.has(r)) shapeProblem(raw.rows[r]!, raw.lines[r]!);
    out.rowCount = raw.rows.length - 1;
    return;
  }
  const rowOf = compileRow(schema, columns, header);
  for (let r = 1; r < raw.rows.length; r++) {
    const cells = raw.rows[r]!;
    const line = raw.lines[r]!;
    if (badRows.has(r)) {
      out.rowCount++;
      reject(line, cells);
      continue;
    }
    if (shapeProblem(cells, line)) {
      if (!isBlank(cells)) reject(line, cells);
      continue;
    }
    const res = rowOf(cells);
    if (res.ok) {
      out.rows.push(res.value as z.output<S>);
      out.lines.push(line);
    } else {
      for (const i of res.issues) p(i.code, line, i.field, i.message);
      reject(line, cells);
    }
  }

  /** Counts the row; reports a blank row or a wrong number of cells. True when the row cannot be read. */
  function shapeProblem(cells: string[], line: number): boolean {
    out.rowCount++;
    if (isBlank(cells)) {
      p('blank-row', line, null, 'dòng trống. Sửa: xóa dòng này.');
      return true;
    }
    if (cells.length > header.length) {
      p('extra-cell', line, null, `dòng có ${cells.length} ô nhưng tiêu đề có ${header.length} cột. Sửa: xóa ô thừa hoặc đặt nội dung có dấu phẩy trong ngoặc kép.`);
      return true;
    }
    if (cells.length < header.length) {
      const name = header[cells.length];
      const field = name === undefined ? null : excerpt(name, 60);
      p('missing-cell', line, field, `dòng chỉ có ${cells.length} ô nhưng tiêu đề có ${header.length} cột. Sửa: thêm ô còn thiếu (để trống nếu không có giá trị, nhưng vẫn giữ dấu phẩy).`);
      return true;
    }
    return false;
  }
}

interface RowIssue { code: ErrorCode; field: string | null; message: string }
type RowResult = { ok: true; value: Record<string, unknown> } | { ok: false; issues: RowIssue[] };

/** Most columns repeat a few values (year, unit, provenance, source): each distinct text is parsed once. */
const CACHE_LIMIT = 20_000;

/**
 * A row validator equivalent to `schema.safeParse(record)` for an object schema: each cell through its
 * column's schema (memoised per distinct text; cell schemas are pure), then the object's own checks
 * (superRefine) on the typed row, only when every cell passed, as zod does. Falls back to the plain
 * safeParse for schemas that are not objects.
 */
function compileRow(schema: z.ZodType, columns: readonly string[], header: string[]): (cells: string[]) => RowResult {
  const toIssues = (issues: z.core.$ZodIssue[], field: string | null): RowIssue[] =>
    issues.map((i) => ({ code: issueCode(i), field: i.path.length > 0 ? String(i.path[0]) : field, message: i.message }));
  if (!(schema instanceof z.ZodObject)) {
    return (cells) => {
      const record: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) record[header[i]!] = cells[i]!;
      const res = schema.safeParse(record);
      return res.success ? { ok: true, value: res.data as Record<string, unknown> } : { ok: false, issues: toIssues(res.error.issues, null) };
    };
  }
  const shape = schema.shape as Record<string, z.ZodType>;
  // In schema order, so issues come out in the order zod gives them.
  const order = columns.map((c) => ({ name: c, index: header.indexOf(c), cell: shape[c]!, cache: new Map<string, z.ZodSafeParseResult<unknown>>() }));
  const checks = schema.def.checks ?? [];
  // The object's own checks (superRefine), on a schema that passes the typed row through as it is.
  const rowChecks = checks.length > 0 ? z.unknown().check(...(checks as z.core.$ZodCheck<unknown>[])) : null;
  return (cells) => {
    const value: Record<string, unknown> = {};
    let issues: RowIssue[] | null = null;
    for (const col of order) {
      const raw = cells[col.index]!;
      let res = col.cache.get(raw);
      if (res === undefined) {
        res = col.cell.safeParse(raw);
        // Failures are not kept: a ZodError per distinct bad cell would grow with a huge bad file.
        if (res.success && col.cache.size < CACHE_LIMIT) col.cache.set(raw, res);
      }
      if (res.success) value[col.name] = res.data;
      else for (const i of toIssues(res.error.issues, col.name)) (issues ??= []).push(i);
    }
    if (issues) return { ok: false, issues };
    if (rowChecks) {
      const res = rowChecks.safeParse(value);
      if (!res.success) return { ok: false, issues: toIssues(res.error.issues, null) };
    }
    return { ok: true, value };
  };
}

