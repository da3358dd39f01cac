/** Parsing CSV text into raw rows with their lines, and papaparse's errors in Vietnamese. */
import Papa from 'papaparse';
import { excerpt } from './problem';

/** A parse error of papaparse, placed on its line. */
export interface ParseError {
  /** 1-based line where the error is. */
  line: number;
  /** Index in `rows` of the record it is in, when known. */
  row: number | null;
  /** papaparse's code, e.g. `MissingQuotes`. */
  code: string;
  message: string;
}

/** Raw rows as strings, each with its starting line. */
export interface RawCsv {
  rows: string[][];
  lines: number[];
  errors: ParseError[];
  /** Number of lines in the text (CR, LF and CRLF each end one). */
  lastLine: number;
}

/**
 * Parses CSV text with papaparse, keeping the line where each record starts. Line endings are first
 * made LF (CRLF, old Mac CR-only, or a mix), so records split where an editor shows a new line and
 * line numbers match it. One bare parse (no step callback: a result object per row costs as much as
 * the parse itself); a record's line is the previous record's line plus one, plus the line breaks
 * inside its quoted cells. Parse errors keep their line, from their offset in the text.
 */
export function parseCsvText(input: string): RawCsv {
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const errors: ParseError[] = [];
  if (text === '') return { rows: [], lines: [], errors, lastLine: 1 };
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', newline: '\n', skipEmptyLines: false });
  const rows = parsed.data;
  const lines = new Array<number>(rows.length);
  let line = 1;
  for (let r = 0; r < rows.length; r++) {
    lines[r] = line;
    line++;
    for (const cell of rows[r]!) {
      for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
    }
  }
  const endsWithBreak = text.endsWith('\n');
  const lastLine = endsWithBreak ? line - 2 : line - 1;
  // Offsets to lines in one walk over the text, errors in offset order.
  const located = parsed.errors.map((e) => ({ e, at: typeof e.index === 'number' && e.index >= 0 ? Math.min(e.index, text.length) : null }));
  const byOffset = located.filter((x) => x.at !== null).sort((a, b) => a.at! - b.at!);
  let pos = 0;
  let at = 1;
  for (const x of byOffset) {
    for (let i = text.indexOf('\n', pos); i !== -1 && i < x.at!; i = text.indexOf('\n', i + 1)) {
      at++;
      pos = i + 1;
    }
    errors.push(toParseError(x.e, at));
  }
  for (const x of located) {
    if (x.at !== null) continue;
    const row = typeof x.e.row === 'number' && x.e.row >= 0 && x.e.row < lines.length ? x.e.row : null;
    errors.push(toParseError(x.e, row === null ? 1 : lines[row]!));
  }
  // A newline at the end of the file is not a blank row.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '' && endsWithBreak) {
    rows.pop();
    lines.pop();
  }
  return { rows, lines, errors, lastLine: Math.max(1, lastLine) };

  function toParseError(e: Papa.ParseError, errLine: number): ParseError {
    const row = typeof e.row === 'number' && e.row >= 0 && e.row < rows.length ? e.row : null;
    return { line: errLine, row, code: e.code, message: e.message };
  }
}

/** A parse error in Vietnamese, with the fix. */
export function parseErrorMessage(e: ParseError, lastLine: number): string {
  switch (e.code) {
    case 'MissingQuotes':
      return `dấu ngoặc kép (") mở ở dòng ${e.line} không được đóng, nên mọi dòng sau đó (đến dòng ${lastLine}) bị gộp vào một ô và không được kiểm tra. Sửa: thêm dấu " đóng ô, hoặc xóa dấu " thừa (trong một ô có ngoặc kép, viết "" cho mỗi dấu ngoặc kép).`;
    case 'InvalidQuotes':
      return 'ô có ngoặc kép nhưng có ký tự ngay sau dấu " đóng. Sửa: đặt cả ô trong ngoặc kép và viết "" cho mỗi dấu ngoặc kép bên trong, ví dụ "a ""b"" c".';
    case 'UndetectableDelimiter':
      return 'không xác định được dấu phân cách giữa các cột. Sửa: dùng dấu phẩy (,) giữa các cột.';
    case 'TooManyFields':
      return 'dòng có nhiều ô hơn tiêu đề. Sửa: xóa ô thừa hoặc đặt nội dung có dấu phẩy trong ngoặc kép.';
    case 'TooFewFields':
      return 'dòng có ít ô hơn tiêu đề. Sửa: thêm ô còn thiếu (để trống nếu không có giá trị, nhưng vẫn giữ dấu phẩy).';
    default:
      return `không đọc được dòng này (${excerpt(e.code, 40)}: ${excerpt(e.message, 80)}). Sửa: kiểm tra dấu phẩy và dấu ngoặc kép ở dòng này.`;
  }
}
