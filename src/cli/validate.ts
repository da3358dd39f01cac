/** `npm run validate [-- --json]`: checks data/ and content/, prints every problem, exits 1 on any. */
import { formatReport, sortProblems } from '../lib/validate/problem';
import { validateProject } from '../lib/validate/index';

const { report } = validateProject(process.cwd());
if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify({ ...report, problems: sortProblems(report.problems), ms: Math.round(report.ms) }, null, 2) + '\n');
} else {
  const out = formatReport(report);
  (report.problems.length ? process.stderr : process.stdout).write(out + '\n');
}
process.exitCode = report.problems.length ? 1 : 0;
