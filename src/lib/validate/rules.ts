/**
 * The generic checker of the rules each dataset declares in src/lib/datasets.ts: primary and
 * foreign keys, list keys, unit validity by year and sums to the city row. No dataset is named here.
 * A failed row never causes echoes: what it would have broken is not judged.
 */
import { CITY_CODE } from '../../schemas/common';
import { DATASETS, DATASET_NAMES, type DatasetDef, type DatasetName, type SumRule } from '../datasets';
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import type { UnitChange } from '../../schemas/unit-change';
import { datesInverted } from '../units/index';
import { unitYearProblem } from '../units/validity';
import { excerpt } from './problem';
import { keyOf, rejectedKeys, type AnyTable, type Sink } from './sink';

/** Every table, by name, seen through column names. */
export type AnyTables = Record<DatasetName, AnyTable>;

const defs = (): [DatasetName, DatasetDef][] => DATASET_NAMES.map((n) => [n, DATASETS[n]]);

/**
 * Primary keys are unique; foreign keys resolve (null values are skipped, as in Frictionless). A key
 * that only a failed row of the target holds is not reported again, and nothing is checked against
 * a target that could not be read whole: its own problems are the cause.
 */
export function checkKeys(tables: AnyTables, sink: Sink): void {
  for (const [name, d] of defs()) {
    const t = tables[name];
    const seen = new Map<string, number>();
    t.rows.forEach((row, i) => {
      const k = keyOf(row, d.primaryKey);
      const line = t.lines[i]!;
      const first = seen.get(k);
      if (first !== undefined) {
        sink.add({ code: 'primary-key', file: t.file, line, field: d.primaryKey.join(', '), message: `khóa (${d.primaryKey.join(', ')}) = (${excerpt(k.replace(/\|/g, ', '))}) trùng với dòng ${first}. Sửa: xóa dòng trùng hoặc sửa giá trị khóa.` });
      } else seen.set(k, line);
    });
    for (const fk of d.foreignKeys) {
      const target = tables[fk.reference.resource as DatasetName];
      if (!target.complete) continue;
      const keys = new Set(target.rows.map((r) => keyOf(r, fk.reference.fields)));
      const failed = rejectedKeys(target, fk.reference.fields);
      t.rows.forEach((row, i) => {
        if (fk.fields.some((f) => row[f] === null)) return;
        const k = keyOf(row, fk.fields);
        if (!keys.has(k) && !failed.has(k)) {
          sink.add({ code: 'foreign-key', file: t.file, line: t.lines[i]!, field: fk.fields.join(', '), message: `"${excerpt(k)}" không có trong ${target.file} (cột ${fk.reference.fields.join(', ')}). Sửa: dùng một mã có trong tệp đó.` });
        }
      });
    }
  }
}

/** Every value of a declared list column exists in its target (a failed target row is not reported again). */
export function checkListKeys(tables: AnyTables, sink: Sink): void {
  for (const [name, d] of defs()) {
    for (const lk of d.listKeys ?? []) {
      const target = tables[lk.reference.resource as DatasetName];
      if (!target.complete) continue;
      const ids = new Set(target.rows.map((r) => String(r[lk.reference.field])));
      const failed = rejectedKeys(target, [lk.reference.field]);
      const t = tables[name];
      t.rows.forEach((row, i) => {
        const cell = row[lk.field];
        for (const v of typeof cell === 'string' ? cell.split(lk.separator) : []) {
          if (!ids.has(v) && !failed.has(v)) sink.add({ code: 'foreign-key', file: t.file, line: t.lines[i]!, field: lk.field, message: `${lk.noun} "${excerpt(v)}" không có trong ${target.file}. Sửa: dùng một mã cột ${lk.reference.field} của tệp đó.` });
        }
      });
    }
  }
}

/** Units named by a declared unit column existed (as units of the city) on 31/12 of the row's year. */
export function checkUnitYears(tables: AnyTables, sink: Sink): void {
  const ut = tables['administrative-units'];
  // A unit whose dates are inverted is reported on its own row; judging its years too would only echo that.
  const units = (ut.rows as unknown as AdministrativeUnit[]).filter((u) => !datesInverted(u));
  const h = { units, changes: tables['unit-changes'].rows as unknown as UnitChange[] };
  for (const [name, d] of defs()) {
    const rule = d.unitYears;
    if (!rule) continue;
    const t = tables[name];
    t.rows.forEach((row, i) => {
      const p = unitYearProblem(h, String(row[rule.unit]), Number(row[rule.year]));
      if (p) sink.add({ code: 'validity-error', file: t.file, line: t.lines[i]!, field: rule.unit, message: p });
    });
  }
}

/**
 * Years whose sums cannot be judged because a row of that year failed (its cells are reported as the
 * cause). `null` means every year: the table is incomplete, or a failed row's year is unreadable. A
 * failed row whose `where` cell holds another valid value (a target row) cannot touch the sums.
 */
function suspectYears(t: AnyTable, d: DatasetDef, rule: SumRule): Set<number> | null {
  if (!t.complete) return null;
  const years = new Set<number>();
  const yi = t.header.indexOf(rule.year);
  const shape = d.schema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean; data?: unknown } }>;
  for (const r of t.rejected) {
    const cell = (col: string) => (r.cells[t.header.indexOf(col)] ?? '').trim();
    const elsewhere = Object.entries(rule.where ?? {}).some(([col, v]) => {
      const parsed = shape[col]?.safeParse(cell(col));
      return parsed?.success === true && parsed.data !== v;
    });
    if (elsewhere) continue;
    const y = (r.cells[yi] ?? '').trim();
    if (!/^\d{4}$/.test(y)) return null;
    years.add(Number(y));
  }
  return years;
}

/**
 * For each year, the units' rows add up to the city row (code 582). A year with a failed row is not
 * summed: the failed cell is the cause, and five sum errors on the city row would only mislead.
 */
export function checkSums(tables: AnyTables, sink: Sink): void {
  for (const [name, d] of defs()) {
    const rule = d.sums;
    if (!rule) continue;
    const t = tables[name];
    const skip = suspectYears(t, d, rule);
    if (skip === null) continue;
    const include = (r: Record<string, unknown>) => Object.entries(rule.where ?? {}).every(([c, v]) => r[c] === v);
    const byYear = new Map<number, { city: number; parts: number[] }>();
    t.rows.forEach((r, i) => {
      const year = Number(r[rule.year]);
      if (!include(r) || skip.has(year)) return;
      let g = byYear.get(year);
      if (!g) byYear.set(year, (g = { city: -1, parts: [] }));
      if (r[rule.unit] === CITY_CODE) {
        if (g.city < 0) g.city = i;
      } else g.parts.push(i);
    });
    for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
      const { city: idx, parts } = byYear.get(y)!;
      if (idx < 0) {
        if (parts.length > 0) sink.add({ code: 'consistency-error', file: t.file, line: null, field: rule.unit, message: `năm ${y} có số liệu phường/xã nhưng thiếu dòng toàn thành phố (mã ${CITY_CODE}). Sửa: thêm dòng ${y},${CITY_CODE} với tổng các phường/xã.` });
        continue;
      }
      const city = t.rows[idx]!;
      if (parts.length === 0) continue;
      for (const c of rule.columns) {
        let sum = 0;
        for (const i of parts) sum += Number(t.rows[i]![c]) || 0;
        if (sum !== Number(city[c])) {
          sink.add({ code: 'consistency-error', file: t.file, line: t.lines[idx]!, field: c, message: `năm ${y}: tổng ${c} của ${parts.length} phường/xã là ${sum} nhưng dòng toàn thành phố ghi ${String(city[c])}. Sửa: cho hai số bằng nhau.` });
        }
      }
    }
  }
}
