/** Validating all of `data/`: every table, then the checks across tables. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CITY_CODE } from '../../schemas/common';
import { DATASETS, DATASET_NAMES, columnsOf, type DatasetName, type RowOf } from '../datasets';
import { slugify } from '../url';
import { excerpt, STORED_PER_FILE, type Problem } from './problem';
import { roleProblems, rolesOf } from '../plan/roles';
import { checkProvenance } from './provenance';
import { validateTable, type Table } from './table';

/** Every table, typed. */
export type Tables = { [N in DatasetName]: Table<RowOf<N>> };

/** The outcome of validating `data/`. */
export interface DataResult {
  tables: Tables;
  problems: Problem[];
  /** Problems found but not kept (each file keeps at most STORED_PER_FILE). */
  omitted: number;
  files: number;
  rows: number;
}

/** Collects problems, keeping at most STORED_PER_FILE per file and counting the rest. */
class Sink {
  readonly list: Problem[] = [];
  omitted = 0;
  private readonly perFile = new Map<string, number>();
  add(p: Problem): void {
    const n = this.perFile.get(p.file) ?? 0;
    if (n < STORED_PER_FILE) {
      this.perFile.set(p.file, n + 1);
      this.list.push(p);
    } else this.omitted++;
  }
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
  const sink = new Sink();
  const tables = {} as Record<DatasetName, Table<unknown>>;
  for (const name of DATASET_NAMES) {
    const d = DATASETS[name];
    const rel = `data/${d.file}`;
    const missing: Problem[] = [];
    const bytes = bytesOf?.(d.file) ?? readBytes(dataDir, d.file, missing);
    const t = validateTable(bytes, rel, d.schema, columnsOf(name));
    if (missing.length > 0) t.problems = missing;
    // One at a time: spreading 200,000 problems into push() overflows the call stack.
    for (const p of t.problems) sink.add(p);
    sink.omitted += t.omitted;
    tables[name] = t;
  }
  const typed = tables as unknown as Tables;
  for (const check of [checkKeys, checkUnits, checkSlugs, checkSums, checkAgencies]) check(typed, sink);
  for (const p of checkProvenance(typed)) sink.add(p);
  const rows = Object.values(typed).reduce((n, t) => n + t.rowCount, 0);
  return { tables: typed, problems: sink.list, omitted: sink.omitted, files: DATASET_NAMES.length, rows };
}

type AnyTable = Table<Record<string, unknown>>;

function keyOf(row: Record<string, unknown>, fields: string[]): string {
  return fields.map((f) => String(row[f])).join('|');
}

/** The keys of a table's rejected rows, from their raw cells (trimmed, NFC), as keyOf writes them. */
function rejectedKeys(t: AnyTable, fields: string[]): Set<string> {
  const idx = fields.map((f) => t.header.indexOf(f));
  const out = new Set<string>();
  for (const r of t.rejected) out.add(idx.map((i) => (i < 0 ? '' : (r.cells[i] ?? '').trim().normalize('NFC'))).join('|'));
  return out;
}

/**
 * Primary keys are unique; foreign keys resolve (null values are skipped, as in Frictionless). A key
 * that only a failed row of the target holds is not reported again, and nothing is checked against
 * a target that could not be read whole: its own problems are the cause.
 */
function checkKeys(tables: Tables, sink: Sink): void {
  for (const name of DATASET_NAMES) {
    const d = DATASETS[name];
    const t = tables[name] as unknown as AnyTable;
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
      const target = tables[fk.reference.resource as DatasetName] as unknown as AnyTable;
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

/** True when the unit was in force on the given ISO day. */
export function unitValidOn(unit: RowOf<'administrative-units'>, day: string): boolean {
  return (unit.valid_from === null || unit.valid_from <= day) && (unit.valid_to === null || unit.valid_to >= day);
}

/** True when the unit existed at the year-end review of `year` (31 December): the rule for data rows and stories. */
export function unitValidInYear(unit: RowOf<'administrative-units'>, year: number): boolean {
  return unitValidOn(unit, `${year}-12-31`);
}

/** Each unit's validity starts before it ends; units are used only in years when they existed at the year-end review. */
function checkUnits(tables: Tables, sink: Sink): void {
  const ut = tables['administrative-units'];
  ut.rows.forEach((u, i) => {
    if (u.valid_from !== null && u.valid_to !== null && u.valid_from > u.valid_to) {
      sink.add({ code: 'consistency-error', file: ut.file, line: ut.lines[i]!, field: 'valid_to', message: `${u.type} ${excerpt(u.name, 80)} hết hiệu lực (valid_to = ${u.valid_to}) trước ngày bắt đầu hiệu lực (valid_from = ${u.valid_from}). Sửa: kiểm tra lại hai ngày, có thể đã ghi đảo ngược.` });
    }
  });
  // A unit whose dates are inverted is reported above; judging its years too would only echo that.
  const units = new Map(ut.rows.filter((u) => !(u.valid_from !== null && u.valid_to !== null && u.valid_from > u.valid_to)).map((u) => [u.gso_code, u]));
  const check = (t: Table<{ year: number; unit_code: string }>) => {
    t.rows.forEach((row, i) => {
      const u = units.get(row.unit_code);
      if (!u || unitValidInYear(u, row.year)) return;
      sink.add({
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
}

/**
 * Every phường/xã gets a page at phuong-xa/<slugify(name)>/: the slug must not be empty, and two
 * units must never share one, or one page would silently overwrite the other.
 */
function checkSlugs(tables: Tables, sink: Sink): void {
  const t = tables['administrative-units'];
  const seen = new Map<string, { line: number; name: string }>();
  t.rows.forEach((u, i) => {
    if (u.type === 'Thành phố' || u.gso_code === CITY_CODE) return;
    const line = t.lines[i]!;
    const slug = slugify(u.name);
    if (slug === '') {
      sink.add({ code: 'constraint-error', file: t.file, line, field: 'name', message: `tên "${excerpt(u.name, 80)}" không có chữ cái hay chữ số nào để làm đường dẫn trang phuong-xa/…/. Sửa: ghi tên đơn vị bằng chữ.` });
      return;
    }
    const first = seen.get(slug);
    if (first) {
      sink.add({ code: 'consistency-error', file: t.file, line, field: 'name', message: `tên "${excerpt(u.name, 80)}" cho cùng đường dẫn phuong-xa/${excerpt(slug, 80)}/ với "${excerpt(first.name, 80)}" ở dòng ${first.line}, nên trang này sẽ ghi đè trang kia. Sửa: sửa lại tên cho đúng, hai đơn vị phải có tên khác nhau (không tính dấu và chữ hoa).` });
    } else seen.set(slug, { line, name: u.name });
  });
}

/** Columns of ward-poverty whose unit rows must add up to the city row. */
const POVERTY_SUMS = ['total_households', 'poor_households', 'near_poor_households', 'escaped_households', 'new_poor_households'] as const;
/** Columns of campaign whose unit rows must add up to the city row. */
const CAMPAIGN_SUMS = ['money_raised_vnd', 'houses_built', 'houses_repaired', 'households_helped', 'helped_housing', 'helped_livelihood', 'helped_health', 'helped_education', 'helped_other'] as const;

/**
 * Years whose sums cannot be judged because a row of that year failed (its cells are reported as the
 * cause). `null` means every year: the table is incomplete, or a failed row's year is unreadable.
 */
function suspectYears(t: AnyTable, relevant: (cell: (col: string) => string) => boolean): Set<number> | null {
  if (!t.complete) return null;
  const years = new Set<number>();
  const yi = t.header.indexOf('year');
  for (const r of t.rejected) {
    const cell = (col: string) => (r.cells[t.header.indexOf(col)] ?? '').trim();
    if (!relevant(cell)) continue;
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
function checkSums(tables: Tables, sink: Sink): void {
  const sumCheck = <R extends { year: number; unit_code: string }>(t: Table<R>, cols: readonly (keyof R & string)[], include: (r: R) => boolean, relevant: (cell: (col: string) => string) => boolean) => {
    const skip = suspectYears(t as unknown as AnyTable, relevant);
    if (skip === null) return;
    const byYear = new Map<number, { city: number; parts: number[] }>();
    t.rows.forEach((r, i) => {
      if (!include(r) || skip.has(r.year)) return;
      let g = byYear.get(r.year);
      if (!g) byYear.set(r.year, (g = { city: -1, parts: [] }));
      if (r.unit_code === CITY_CODE) {
        if (g.city < 0) g.city = i;
      } else g.parts.push(i);
    });
    for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
      const { city: idx, parts } = byYear.get(y)!;
      if (idx < 0) {
        if (parts.length > 0) sink.add({ code: 'consistency-error', file: t.file, line: null, field: 'unit_code', message: `năm ${y} có số liệu phường/xã nhưng thiếu dòng toàn thành phố (mã ${CITY_CODE}). Sửa: thêm dòng ${y},${CITY_CODE} với tổng các phường/xã.` });
        continue;
      }
      const city = t.rows[idx]!;
      if (parts.length === 0) continue;
      for (const c of cols) {
        let sum = 0;
        for (const i of parts) sum += Number(t.rows[i]![c]) || 0;
        if (sum !== Number(city[c])) {
          sink.add({ code: 'consistency-error', file: t.file, line: t.lines[idx]!, field: c, message: `năm ${y}: tổng ${c} của ${parts.length} phường/xã là ${sum} nhưng dòng toàn thành phố ghi ${String(city[c])}. Sửa: cho hai số bằng nhau.` });
        }
      }
    }
  };
  sumCheck(tables['ward-poverty'], POVERTY_SUMS, () => true, () => true);
  // A failed row that is clearly a target row does not touch the sums of actual rows.
  sumCheck(tables.campaign, CAMPAIGN_SUMS, (r) => r.kind === 'actual', (cell) => cell('kind') !== 'target');
}

/** Every implementing agency of a project exists (a list, so not a plain foreign key). */
function checkAgencies(tables: Tables, sink: Sink): void {
  const agencies = tables['plan-agencies'] as unknown as AnyTable;
  if (!agencies.complete) return;
  const ids = new Set(tables['plan-agencies'].rows.map((a) => a.id));
  const failed = rejectedKeys(agencies, ['id']);
  const t = tables['plan-projects'];
  t.rows.forEach((p, i) => {
    for (const a of p.implementing_agencies?.split('|') ?? []) {
      if (!ids.has(a) && !failed.has(a)) sink.add({ code: 'foreign-key', file: t.file, line: t.lines[i]!, field: 'implementing_agencies', message: `cơ quan "${excerpt(a)}" không có trong data/plan-agencies.csv. Sửa: dùng một mã cột id của tệp đó.` });
    }
  });
  // Roles against section IV of the plan, for projects whose agencies all exist (the others were reported above).
  const known = t.rows.map((p, i) => ({ p, line: t.lines[i]! })).filter(({ p }) => rolesOf(p).every((r) => ids.has(r.agency)));
  for (const problem of roleProblems(known.map((k) => k.p), tables['plan-agencies'].rows, known.map((k) => k.line))) sink.add(problem);
}
