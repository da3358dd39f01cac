/** Everything `npm run validate` and the build check: data, metadata, stories. One code path. */
import { join } from 'node:path';
import { validateStories } from '../stories/validate';
import { validateData, type Tables } from './data';
import { readMetadata } from './metadata';
import { validatePlanTranslations } from './plan';
import type { Report } from './problem';

/** The validated project content. */
export interface Validated {
  report: Report;
  tables: Tables;
}

/**
 * Validates the project at `root` and returns typed data with a report of every problem:
 * the CSVs in data/, their metadata, the stories in content/stories/ (when that folder exists) and
 * the plan's translations in content/plan/<locale>/.
 */
export function validateProject(root: string): Validated {
  const t0 = performance.now();
  const dataDir = join(root, 'data');
  const data = validateData(dataDir);
  const meta = readMetadata(dataDir);
  const stories = validateStories(join(root, 'content', 'stories'), data.tables['administrative-units'].rows, 'content/stories', data.tables['unit-changes'].rows);
  const t = data.tables;
  const plan = validatePlanTranslations(root, { targets: t['plan-targets'].rows, projects: t['plan-projects'].rows, agencies: t['plan-agencies'].rows });
  const problems = [...data.problems, ...meta.problems, ...stories.problems, ...plan];
  const report: Report = { problems, files: data.files * 2 + stories.files, rows: data.rows + stories.files, ms: performance.now() - t0, omitted: data.omitted };
  return { report, tables: data.tables };
}
