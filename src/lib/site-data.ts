/** Validated data for pages, loaded once per build. Throws the validation report when anything is wrong. */
import { validateProject } from './validate/index';
import { formatReport } from './validate/problem';
import type { Tables } from './validate/data';
import type { RowOf } from './datasets';

let cached: Tables | undefined;

/** All validated tables. The build stops with the full report on any problem. */
export function getTables(): Tables {
  if (!cached) {
    const { report, tables } = validateProject(process.cwd());
    if (report.problems.length > 0) throw new Error(`Dữ liệu chưa hợp lệ:\n${formatReport(report)}`);
    cached = tables;
  }
  return cached;
}

/** Rows of one dataset. */
export function rowsOf<N extends keyof Tables>(name: N): RowOf<N>[] {
  return getTables()[name].rows as RowOf<N>[];
}
