/**
 * The one CSV writer for every download (dataset files and chart data): UTF-8 with a BOM so
 * Excel shows Vietnamese correctly, CRLF line endings (RFC 4180), a header row, dot decimals,
 * ISO dates, and quotes around any cell holding a comma, quote or line break.
 *
 * No formula is ever published: a TEXT cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return, which Excel or LibreOffice would run as a formula (CSV injection), is written with a leading
 * `'` (OWASP's advice). Numbers are written as numbers, so `-5` in a numeric column stays `-5`.
 */

/** A cell value a CSV can hold; null and undefined become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** The byte order mark that makes Excel read the file as UTF-8. */
export const BOM = '\uFEFF';

/** First characters that make a spreadsheet read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as published: prefixed with `'` when a spreadsheet would run it as a formula. */
export function defuseFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * Escapes one cell per RFC 4180. Numbers are written with a dot decimal, never localised, and never
 * prefixed; text that would start a formula gets a leading `'`.
 */
export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : defuseFormula(String(v));
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes rows as CSV text: BOM, header, CRLF after every record. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
