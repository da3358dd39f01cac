/** Validating all of `data/`: every table, then the checks across tables. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, DATASET_NAMES, columnsOf, type DatasetName, type RowOf } from '../datasets';
import type { Problem } from './problem';
import { checkKeys, checkListKeys, checkSums, checkUnitYears, type AnyTables } from './rules';
import { Sink } from './sink';
import { checkSlugs, checkUnitTable } from './units';
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
  const any = tables as unknown as AnyTables;
  // The order of the checks is the order of the report: keys, units, slugs, sums, lists, roles.
  checkKeys(any, sink);
  checkUnitTable(typed, sink);
  checkUnitYears(any, sink);
  checkSlugs(typed, sink);
  checkSums(any, sink);
  checkListKeys(any, sink);
  checkRoles(typed, sink);
  for (const p of checkProvenance(typed)) sink.add(p);
  const rows = Object.values(typed).reduce((n, t) => n + t.rowCount, 0);
  return { tables: typed, problems: sink.list, omitted: sink.omitted, files: DATASET_NAMES.length, rows };
}

/** The plan's roles against section IV, for projects whose agencies all exist (the others were reported by the list keys). */
function checkRoles(tables: Tables, sink: Sink): void {
  if (!tables['plan-agencies'].complete) return;
  const ids = new Set(tables['plan-agencies'].rows.map((a) => a.id));
  const t = tables['plan-projects'];
  // Roles against section IV of the plan, for projects whose agencies all exist (the others were reported above).
  const known = t.rows.map((p, i) => ({ p, line: t.lines[i]! })).filter(({ p }) => rolesOf(p).every((r) => ids.has(r.agency)));
  for (const problem of roleProblems(known.map((k) => k.p), tables['plan-agencies'].rows, known.map((k) => k.line))) sink.add(problem);
}
