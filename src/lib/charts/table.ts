/**
 * The data behind a chart as one table: the "Bảng số liệu" shows it formatted in Vietnamese,
 * and the "Tải dữ liệu (CSV)" link serves the very same rows through toCsv, so they cannot drift.
 */
import { toCsv, type CsvValue } from '../csv/write';
import { formatNumber, formatPercent, formatVnd } from '../format';

/** How a column's values are shown in the table. */
export type ColumnKind = 'text' | 'int' | 'percent' | 'vnd' | 'number' | 'provenance';

/** A column: CSV key, Vietnamese header, display kind; `table: false` keeps it out of the HTML table only. */
export interface Column {
  key: string;
  label: string;
  kind: ColumnKind;
  table?: boolean;
}

/** The rows a chart shows. */
export interface ChartTable {
  /** Caption of the HTML table. */
  caption: string;
  columns: Column[];
  rows: Record<string, CsvValue>[];
}

/** Vietnamese text for one cell: "0,72%", "1.234", "853 triệu đồng"; blank stays "—". */
export function cellText(kind: ColumnKind, v: CsvValue): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'number') {
    if (kind === 'percent') return formatPercent(v);
    if (kind === 'vnd') return formatVnd(v);
    if (kind === 'int') return formatNumber(v);
    if (kind === 'number') return formatNumber(v, Number.isInteger(v) ? 0 : 2);
  }
  if (kind === 'provenance') return v === 'official' ? 'Chính thức' : v === 'illustrative' ? 'Minh họa' : String(v);
  return String(v);
}

/** Columns shown in the HTML table. */
export function tableColumns(t: ChartTable): Column[] {
  return t.columns.filter((c) => c.table !== false);
}

/** The chart's rows as CSV (UTF-8 BOM, CRLF), every column, in table order. */
export function tableCsv(t: ChartTable): string {
  return toCsv(
    t.columns.map((c) => c.key),
    t.rows,
  );
}

/** "minh họa", "chính thức" or "có số liệu minh họa" for a set of provenances. */
export function provenancePhrase(ps: readonly string[]): string {
  if (ps.length === 0) return '';
  if (ps.every((p) => p === 'illustrative')) return 'số liệu minh họa';
  if (ps.every((p) => p === 'official')) return 'số liệu chính thức';
  return 'có cả số liệu chính thức và minh họa';
}

/** The distinct sources of the rows a chart shows, joined for its source line. */
export function sourcesOf(rows: readonly { source: string }[]): string {
  return [...new Set(rows.map((r) => r.source))].join('; ');
}

/** The distinct provenances of the rows a chart shows. */
export function provenancesOf<P extends string>(rows: readonly { provenance: P }[]): P[] {
  return [...new Set(rows.map((r) => r.provenance))];
}
