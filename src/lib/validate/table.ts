/** Validating one CSV table: header checks, row shape, then zod per row. */
import Papa from 'papaparse';
import type { z } from 'zod';
import type { ErrorCode } from '../../schemas/cells';
import { decodeUtf8 } from './decode';
import type { Problem } from './problem';

/** A validated table: typed rows with the line each came from. */
export interface Table<T> {
  file: string;
  rows: T[];
  /** `lines[i]` is the 1-based line of `rows[i]`. */
  lines: number[];
  problems: Problem[];
  /** Data rows read, valid or not. */
  rowCount: number;
}

/** Raw rows as strings, each with its starting line. */
export interface RawCsv {
  rows: string[][];
  lines: number[];
  errors: { line: number; message: string }[];
}

/** Parses CSV text with papaparse, keeping the line where each record starts. */
export function parseCsvText(text: string): RawCsv {
  const rows: string[][] = [];
  const lines: number[] = [];
  const errors: RawCsv['errors'] = [];
  let line = 1;
  let pos = 0;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
    step: (res) => {
      const end = res.meta.cursor;
      rows.push(res.data);
      lines.push(line);
      for (const e of res.errors) errors.push({ line, message: e.message });
      // The cursor stands after the record and its newline; quoted cells may hold line breaks too.
      for (let i = pos; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      pos = end;
    },
  });
  // A newline at the end of the file is not a blank row.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '' && /\r?\n$/.test(text)) {
    rows.pop();
    lines.pop();
  }
  if (text === '') { rows.length = 0; lines.length = 0; }
  return { rows, lines, errors };
}

/** Normalises a header label: trimmed and NFC, so NFD exports match. */
export function normaliseHeader(h: string): string {
  return h.trim().normalize('NFC');
}

/** Code attached to a custom zod issue by the cell builders, or type-error. */
function issueCode(issue: z.core.$ZodIssue): ErrorCode {
  const params = (issue as { params?: { code?: ErrorCode } }).params;
  return params?.code ?? 'type-error';
}

/** Validates the bytes of one CSV file against a row schema. Never throws on bad input. */
export function validateTable<S extends z.ZodType>(bytes: Uint8Array, file: string, schema: S, columns: readonly string[]): Table<z.output<S>> {
  const out: Table<z.output<S>> = { file, rows: [], lines: [], problems: [], rowCount: 0 };
  const p = (code: ErrorCode, line: number | null, field: string | null, message: string) =>
    out.problems.push({ code, file, line, field, message });

  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) {
    out.problems.push(decoded.problem);
    return out;
  }
  const raw = parseCsvText(decoded.text);
  if (raw.rows.length === 0) {
    p('missing-label', 1, null, `tệp trống, thiếu dòng tiêu đề. Sửa: dòng đầu tiên phải là tên các cột: ${columns.join(',')}.`);
    return out;
  }
  const header = raw.rows[0]!.map(normaliseHeader);
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === '') p('blank-header', 1, `cột ${i + 1}`, `cột thứ ${i + 1} không có tên. Sửa: đặt tên cột hoặc xóa cột trống.`);
    else if (seen.has(h)) p('duplicate-header', 1, h, `cột "${h}" xuất hiện hai lần (cột ${seen.get(h)! + 1} và ${i + 1}). Sửa: xóa hoặc đổi tên một cột.`);
    else seen.set(h, i);
  });
  for (const h of seen.keys()) {
    if (!columns.includes(h)) p('extra-label', 1, h, `cột "${h}" không có trong lược đồ. Sửa: xóa cột này hoặc sửa tên thành một trong: ${columns.join(', ')}.`);
  }
  const missing = columns.filter((c) => !seen.has(c));
  for (const c of missing) p('missing-label', 1, c, `thiếu cột "${c}". Sửa: thêm cột "${c}" vào dòng tiêu đề.`);
  const headerOk = out.problems.length === 0;

  for (let r = 1; r < raw.rows.length; r++) {
    const cells = raw.rows[r]!;
    const line = raw.lines[r]!;
    out.rowCount++;
    if (cells.every((c) => c.trim() === '')) {
      p('blank-row', line, null, 'dòng trống. Sửa: xóa dòng này.');
      continue;
    }
    if (cells.length > header.length) {
      p('extra-cell', line, null, `dòng có ${cells.length} ô nhưng tiêu đề có ${header.length} cột. Sửa: xóa ô thừa hoặc đặt nội dung có dấu phẩy trong ngoặc kép.`);
      continue;
    }
    if (cells.length < header.length) {
      const field = header[cells.length] ?? null;
      p('missing-cell', line, field, `dòng chỉ có ${cells.length} ô nhưng tiêu đề có ${header.length} cột. Sửa: thêm ô còn thiếu (để trống nếu không có giá trị, nhưng vẫn giữ dấu phẩy).`);
      continue;
    }
    if (!headerOk) continue;
    const record: Record<string, string> = {};
    header.forEach((h, i) => { record[h] = cells[i]!; });
    const res = schema.safeParse(record);
    if (res.success) {
      out.rows.push(res.data);
      out.lines.push(line);
    } else {
      for (const issue of res.error.issues) {
        const field = issue.path.length > 0 ? String(issue.path[0]) : null;
        p(issueCode(issue), line, field, issue.message);
      }
    }
  }
  return out;
}
