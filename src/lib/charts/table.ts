/**
 * The data behind a chart as one table: the "Bảng số liệu" shows it formatted in the page's locale,
 * and the "Tải dữ liệu (CSV)" link serves the very same rows through toCsv, so they cannot drift.
 */
import { toCsv, type CsvValue } from '../csv/write';
import { formatsFor } from '../format';
import { strings, type Locale } from '../i18n/index';
import { kindsOf, provenanceCell, provenancePhrase as phraseOf, shownValues, type RowProvenance, type ShownValue, type ValueProvenance } from '../provenance';

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

/** The columns every chart CSV ends with: provenance (shown), official fields and source (CSV only); `h` maps keys to headers. */
export function provenanceColumns(h: Record<string, string>): Column[] {
  return [
    { key: 'provenance', label: h.provenance!, kind: 'provenance' },
    { key: 'official_fields', label: h.official_fields!, kind: 'text', table: false },
    { key: 'source', label: h.source!, kind: 'text', table: false },
  ];
}

/** The leading columns of a table of units in one year: year and code (CSV only), then the unit's name. */
export function unitYearColumns(h: Record<string, string>): Column[] {
  return [
    { key: 'year', label: h.year!, kind: 'text', table: false },
    { key: 'unit_code', label: h.unit_code!, kind: 'text', table: false },
    { key: 'unit_name', label: h.unit_name!, kind: 'text' },
  ];
}

/** Vietnamese text for one cell: "0,72%", "1.234", "853 triệu đồng"; blank stays "—". `row` gives a provenance cell its official_fields. */
export function cellText(kind: ColumnKind, v: CsvValue, row?: Record<string, CsvValue>, columns?: readonly Column[], locale: Locale = 'vi'): string {
  if (v === null || v === undefined || v === '') return '—';
  const f = formatsFor(locale);
  if (typeof v === 'number') {
    if (kind === 'percent') return f.percent(v);
    if (kind === 'vnd') return f.vnd(v);
    if (kind === 'int') return f.number(v);
    if (kind === 'number') return f.number(v, Number.isInteger(v) ? 0 : 2);
  }
  if (kind === 'provenance') {
    const label = (k: string) => columns?.find((c) => c.key === k)?.label.toLocaleLowerCase(locale) ?? k;
    return provenanceCell(String(v), row ? (row.official_fields as string | null | undefined) : null, label, locale);
  }
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

/** "số liệu minh họa", "số liệu chính thức" or "có cả …" for the value provenances shown (wording: src/lib/provenance). */
export function provenancePhrase(ps: readonly ValueProvenance[], locale: Locale = 'vi'): string {
  return phraseOf(ps, locale);
}

const VALUE_KINDS: readonly ColumnKind[] = ['int', 'percent', 'vnd', 'number'];

/**
 * Every value a chart table shows, with its provenance: the value columns (numbers other than the
 * year) of each row, official or not by the row's `provenance` and `official_fields` (in the
 * table's own column keys). The chart's badges and sentences are computed from these.
 */
export function tableShown(t: ChartTable, locale: Locale = 'vi'): ShownValue[] {
  const cityName = strings(locale).charts.units.city.toLocaleLowerCase(locale);
  const city = strings(locale).charts.units.cityInSentence;
  const targetKind = strings(locale).charts.targetKind;
  const keys = t.columns.filter((c) => VALUE_KINDS.includes(c.kind) && c.key !== 'year').map((c) => c.key);
  return t.rows.flatMap((r) => {
    const row = { ...r, provenance: (r.provenance ?? 'illustrative') as RowProvenance, official_fields: (r.official_fields as string | null | undefined) ?? null };
    // A target row of a chart shows targets, not the unit's values.
    if (r.row_type === 'chi-tieu' || r.kind === targetKind) return shownValues(row, keys).map((v) => ({ field: 'target', provenance: v.provenance }));
    const where = { ...(typeof r.unit_name === 'string' ? { unit: r.unit_name.toLocaleLowerCase(locale) === cityName ? city : r.unit_name } : {}), ...(typeof r.year === 'number' ? { year: r.year } : {}) };
    return shownValues(row, keys, where);
  });
}

/** The distinct value provenances a table shows. */
export function tableKinds(t: ChartTable, locale: Locale = 'vi'): ValueProvenance[] {
  return kindsOf(tableShown(t, locale));
}

/** The distinct sources of the rows a chart shows, joined for its source line. */
export function sourcesOf(rows: readonly { source: string }[]): string {
  return [...new Set(rows.map((r) => r.source))].join('; ');
}

/** The distinct provenances of the rows a chart shows. */
export function provenancesOf<P extends string>(rows: readonly { provenance: P }[]): P[] {
  return [...new Set(rows.map((r) => r.provenance))];
}
