/**
 * Value-level provenance: which values of a row are official. A row is `official` (all its
 * values), `illustrative` (none) or `mixed` (those named in `official_fields`). Pure and
 * client-safe: no schema import, so the browser enhancer can use it too.
 */

/** A row's provenance. */
export type RowProvenance = 'official' | 'illustrative' | 'mixed';
/** One value's provenance. */
export type ValueProvenance = 'official' | 'illustrative';

/** The provenance columns of any data row. */
export interface Provenanced {
  provenance: RowProvenance;
  official_fields?: string | null;
}

/** The official columns a row lists in `official_fields` (empty when blank). */
export function officialFieldsOf(row: { official_fields?: string | null }): string[] {
  const s = row.official_fields?.trim();
  return s ? s.split(';').map((f) => f.trim()).filter((f) => f !== '') : [];
}

/** Whether the value of `field` in this row is official. */
export function valueProvenance(row: Provenanced, field: string): ValueProvenance {
  if (row.provenance === 'mixed') return officialFieldsOf(row).includes(field) ? 'official' : 'illustrative';
  return row.provenance;
}

/** One value a chart, table or page shows: its column, provenance and where it belongs (for the wording). */
export interface ShownValue {
  /** Column name in data/, e.g. `poor_rate`. */
  field: string;
  provenance: ValueProvenance;
  /** Whose value, in words: "toàn thành phố", "Phường Đô Vinh". */
  unit?: string;
  /** The year of the value. */
  year?: number;
}

/** The values of `fields` a row shows (blank cells show nothing, so they are left out). */
export function shownValues(row: Provenanced & Record<string, unknown>, fields: readonly string[], where: { unit?: string; year?: number } = {}): ShownValue[] {
  return fields.filter((f) => row[f] !== null && row[f] !== undefined && row[f] !== '').map((f) => ({ field: f, provenance: valueProvenance(row, f), ...where }));
}

/**
 * The provenance of a row restricted to the columns a table shows: `official` when every shown
 * value is official, `illustrative` when none is, otherwise `mixed` with the official ones listed.
 * `rename` maps data columns to the table's own column keys.
 */
export function restrictProvenance(row: Provenanced & Record<string, unknown>, fields: readonly string[], rename: Record<string, string> = {}): { provenance: RowProvenance; official_fields: string | null } {
  const vs = shownValues(row, fields);
  const off = vs.filter((v) => v.provenance === 'official').map((v) => rename[v.field] ?? v.field);
  if (vs.length === 0) return { provenance: row.provenance === 'mixed' ? 'illustrative' : row.provenance, official_fields: null };
  if (off.length === vs.length) return { provenance: 'official', official_fields: null };
  if (off.length === 0) return { provenance: 'illustrative', official_fields: null };
  return { provenance: 'mixed', official_fields: off.join(';') };
}

/** The distinct value provenances of a list of shown values. */
export function kindsOf(values: readonly { provenance: ValueProvenance }[]): ValueProvenance[] {
  const s = new Set(values.map((v) => v.provenance));
  return (['official', 'illustrative'] as const).filter((k) => s.has(k));
}

/** A row's provenance from the provenance of each value it holds (keys with no value left out). */
export function combineProvenance(values: Readonly<Record<string, ValueProvenance | null | undefined>>): { provenance: RowProvenance; official_fields: string | null } {
  const present = Object.entries(values).filter((e): e is [string, ValueProvenance] => !!e[1]);
  const off = present.filter(([, p]) => p === 'official').map(([k]) => k);
  if (off.length === present.length) return { provenance: 'official', official_fields: null };
  if (off.length === 0) return { provenance: 'illustrative', official_fields: null };
  return { provenance: 'mixed', official_fields: off.join(';') };
}
