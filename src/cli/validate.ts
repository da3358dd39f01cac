/**
 * `npm run validate [-- --json]`: checks data/ and content/, prints every problem (capped per file and
 * in all, with the total), exits 1 on any.
 */
import { formatReport, sortProblems } from '../lib/validate/problem';
import { validateProject } from '../lib/validate/index';

const { report } = validateProject(process.cwd());
const total = report.problems.length + (report.omitted ?? 0);
if (process.argv.includes('--json')) {
  // `problems` holds at most STORED_PER_FILE per file; `total` counts them all.
  process.stdout.write(JSON.stringify({ ...report, total, omitted: report.omitted ?? 0, problems: sortProblems(report.problems), ms: Math.round(report.ms) }, null, 2) + '\n');
} else {
  const out = formatReport(report);
  (total ? process.stderr : process.stdout).write(out + '\n');
}
process.exitCode = total ? 1 : 0;
