/** Everything `npm run validate` and the build check: data, metadata, stories. One code path. */
import { join } from 'node:path';
import { validateStories } from '../stories/validate';
import { validateData, type Tables } from './data';
import { readMetadata } from './metadata';
import type { Report } from './problem';

/** The validated project content. */
export interface Validated {
  report: Report;
  tables: Tables;
}

/**
 * Validates the project at `root` and returns typed data with a report of every problem:
 * the CSVs in data/, their metadata, and the stories in content/stories/ (when that folder exists).
 */
export function validateProject(root: string): Validated {
  const t0 = performance.now();
  const dataDir = join(root, 'data');
  const data = validateData(dataDir);
  const meta = readMetadata(dataDir);
  const stories = validateStories(join(root, 'content', 'stories'), data.tables['administrative-units'].rows, 'content/stories', data.tables['unit-changes'].rows);
  const problems = [...data.problems, ...meta.problems, ...stories.problems];
  const report: Report = { problems, files: data.files * 2 + stories.files, rows: data.rows + stories.files, ms: performance.now() - t0, omitted: data.omitted };
  return { report, tables: data.tables };
}
