/** Validating all of `data/`: every table, then the checks across tables. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CITY_CODE } from '../../schemas/common';
import { DATASETS, DATASET_NAMES, columnsOf, type DatasetName, type RowOf } from '../datasets';
import type { Problem } from './problem';
import { checkProvenance } from './provenance';
import { validateTable, type Table } from './table';

/** Every table, typed. */
export type Tables = { [N in DatasetName]: Table<RowOf<N>> };

/** The outcome of validating `data/`. */
export interface DataResult {
  tables: Tables;
  problems: Problem[];
  files: number;
  rows: number;
}

/** Reads one data file; a missing file is a problem, not a crash. */
function readBytes(dir: string, rel: string, problems: Problem[]): Uint8Array {
  try {
    return readFileSync(join(dir, rel));
  } catch {
    problems.push({ code: 'file-error', file: rel, line: null, field: null, message: 'không tìm thấy tệp. Sửa: khôi phục tệp này trong thư mục data/.' });
    return new Uint8Array();
  }
}

/**
 * Validates the CSV files found in `dataDir` (read from `bytesOf` when given, for tests)
 * and returns typed tables plus every problem, never throwing on bad data.
 */
export function validateData(dataDir: string, bytesOf?: (file: string) => Uint8Array | undefined): DataResult {
  const problems: Problem[] = [];
  const tables = {} as Record<DatasetName, Table<unknown>>;
  for (const name of DATASET_NAMES) {
    const d = DATASETS[name];
    const rel = `data/${d.file}`;
    const bytes = bytesOf?.(d.file) ?? readBytes(dataDir, d.file, problems);
    const t = validateTable(bytes, rel, d.schema, columnsOf(name));
    problems.push(...t.problems);
    tables[name] = t;
  }
  const typed = tables as unknown as Tables;
  problems.push(...checkKeys(typed), ...checkUnits(typed), ...checkSums(typed), ...checkAgencies(typed), ...checkProvenance(typed));
  const rows = Object.values(typed).reduce((n, t) => n + t.rowCount, 0);
  return { tables: typed, problems, files: DATASET_NAMES.length, rows };
}

type AnyTable = Table<Record<string, unknown>>;

function keyOf(row: Record<string, unknown>, fields: string[]): string {
  return fields.map((f) => String(row[f])).join('|');
}

/** Primary keys are unique; foreign keys resolve (null values are skipped, as in Frictionless). */
function checkKeys(tables: Tables): Problem[] {
  const out: Problem[] = [];
  for (const name of DATASET_NAMES) {
    const d = DATASETS[name];
    const t = tables[name] as unknown as AnyTable;
    const seen = new Map<string, number>();
    t.rows.forEach((row, i) => {
      const k = keyOf(row, d.primaryKey);
      const line = t.lines[i]!;
      const first = seen.get(k);
      if (first !== undefined) {
        out.push({ code: 'primary-key', file: t.file, line, field: d.primaryKey.join(', '), message: `khóa (${d.primaryKey.join(', ')}) = (${k.replace(/\|/g, ', ')}) trùng với dòng ${first}. Sửa: xóa dòng trùng hoặc sửa giá trị khóa.` });
      } else seen.set(k, line);
    });
    for (const fk of d.foreignKeys) {
      const target = tables[fk.reference.resource as DatasetName] as unknown as AnyTable;
      const keys = new Set(target.rows.map((r) => keyOf(r, fk.reference.fields)));
      t.rows.forEach((row, i) => {
        if (fk.fields.some((f) => row[f] === null)) return;
        const k = keyOf(row, fk.fields);
        if (!keys.has(k)) {
          out.push({ code: 'foreign-key', file: t.file, line: t.lines[i]!, field: fk.fields.join(', '), message: `"${k}" không có trong ${target.file} (cột ${fk.reference.fields.join(', ')}). Sửa: dùng một mã có trong tệp đó.` });
        }
      });
    }
  }
  return out;
}

/** True when the unit was in force on the given ISO day. */
export function unitValidOn(unit: RowOf<'administrative-units'>, day: string): boolean {
  return (unit.valid_from === null || unit.valid_from <= day) && (unit.valid_to === null || unit.valid_to >= day);
}

/** True when the unit existed at the year-end review of `year` (31 December): the rule for data rows and stories. */
export function unitValidInYear(unit: RowOf<'administrative-units'>, year: number): boolean {
  return unitValidOn(unit, `${year}-12-31`);
}

/** Units are used only in years when they existed at the year-end review. */
function checkUnits(tables: Tables): Problem[] {
  const out: Problem[] = [];
  const units = new Map(tables['administrative-units'].rows.map((u) => [u.gso_code, u]));
  const check = (t: Table<{ year: number; unit_code: string }>) => {
    t.rows.forEach((row, i) => {
      const u = units.get(row.unit_code);
      if (!u || unitValidInYear(u, row.year)) return;
      out.push({
        code: 'validity-error',
        file: t.file,
        line: t.lines[i]!,
        field: 'unit_code',
        message: `${u.type} ${u.name} (${u.gso_code}) không còn tồn tại vào 31/12/${row.year} (hiệu lực đến ${u.valid_to}). Sửa: ghi số liệu cho đơn vị kế thừa ${u.name_from_2024_11_01} (${u.code_from_2024_11_01}).`,
      });
    });
  };
  check(tables['ward-poverty']);
  check(tables.campaign);
  return out;
}

/** Columns of ward-poverty whose unit rows must add up to the city row. */
const POVERTY_SUMS = ['total_households', 'poor_households', 'near_poor_households', 'escaped_households', 'new_poor_households'] as const;
/** Columns of campaign whose unit rows must add up to the city row. */
const CAMPAIGN_SUMS = ['money_raised_vnd', 'houses_built', 'houses_repaired', 'households_helped', 'helped_housing', 'helped_livelihood', 'helped_health', 'helped_education', 'helped_other'] as const;

/** For each year, the units' rows add up to the city row (code 582). */
function checkSums(tables: Tables): Problem[] {
  const out: Problem[] = [];
  const sumCheck = <R extends { year: number; unit_code: string }>(t: Table<R>, cols: readonly (keyof R & string)[], include: (r: R) => boolean) => {
    const years = new Set(t.rows.filter(include).map((r) => r.year));
    for (const y of [...years].sort()) {
      const idx = t.rows.findIndex((r) => include(r) && r.year === y && r.unit_code === CITY_CODE);
      const parts = t.rows.filter((r) => include(r) && r.year === y && r.unit_code !== CITY_CODE);
      if (idx < 0) {
        if (parts.length > 0) out.push({ code: 'consistency-error', file: t.file, line: null, field: 'unit_code', message: `năm ${y} có số liệu phường/xã nhưng thiếu dòng toàn thành phố (mã ${CITY_CODE}). Sửa: thêm dòng ${y},${CITY_CODE} với tổng các phường/xã.` });
        continue;
      }
      const city = t.rows[idx]!;
      if (parts.length === 0) continue;
      for (const c of cols) {
        const sum = parts.reduce((a, r) => a + (Number(r[c]) || 0), 0);
        if (sum !== Number(city[c])) {
          out.push({ code: 'consistency-error', file: t.file, line: t.lines[idx]!, field: c, message: `năm ${y}: tổng ${c} của ${parts.length} phường/xã là ${sum} nhưng dòng toàn thành phố ghi ${String(city[c])}. Sửa: cho hai số bằng nhau.` });
        }
      }
    }
  };
  sumCheck(tables['ward-poverty'], POVERTY_SUMS, () => true);
  sumCheck(tables.campaign, CAMPAIGN_SUMS, (r) => r.kind === 'actual');
  return out;
}

/** Every implementing agency of a project exists (a list, so not a plain foreign key). */
function checkAgencies(tables: Tables): Problem[] {
  const ids = new Set(tables['plan-agencies'].rows.map((a) => a.id));
  const t = tables['plan-projects'];
  const out: Problem[] = [];
  t.rows.forEach((p, i) => {
    for (const a of p.implementing_agencies?.split('|') ?? []) {
      if (!ids.has(a)) out.push({ code: 'foreign-key', file: t.file, line: t.lines[i]!, field: 'implementing_agencies', message: `cơ quan "${a}" không có trong data/plan-agencies.csv. Sửa: dùng một mã cột id của tệp đó.` });
    }
  });
  return out;
}
