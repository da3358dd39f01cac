/** `npm run validate` on a 200,000-row bad file: a capped report, the total, no stack trace. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRINTED_PER_FILE, STORED_PER_FILE } from '../../../src/lib/validate/problem';

const repo = join(__dirname, '../../..');
const tsx = join(repo, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'gn-cap-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const N = 200_000;

/** The project with ward-poverty.csv replaced by N rows whose poor_households is not a number. */
function hugeBadProject(): string {
  const root = mkdtempSync(join(tmp, 'p-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  const f = join(root, 'data/ward-poverty.csv');
  const header = readFileSync(f, 'utf8').split('\n')[0]!;
  const rows = [header];
  for (let i = 0; i < N; i++) rows.push(`2023,22738,1000,x${i},20,1.00,2.00,3,1,illustrative,minh họa,`);
  writeFileSync(f, rows.join('\n') + '\n');
  return root;
}

const run = (cwd: string, ...args: string[]) =>
  spawnSync(tsx, [join(repo, 'src/cli/validate.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('npm run validate on 200,000 bad rows', () => {
  const root = hugeBadProject();

  it('prints at most 50 problems of the file, then "… và N lỗi khác" and the total', () => {
    const r = run(root);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+|RangeError|Maximum call stack/);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('data/ward-poverty.csv:'))).toHaveLength(PRINTED_PER_FILE);
    expect(lines).toContain(`… và ${N - PRINTED_PER_FILE} lỗi khác.`);
    expect(lines.at(-1)).toContain(`Có ${N} lỗi`);
  }, 60_000);

  it('--json keeps at most STORED_PER_FILE problems and says the total', () => {
    const report = JSON.parse(run(root, '--json').stdout);
    expect(report.total).toBe(N);
    expect(report.problems).toHaveLength(STORED_PER_FILE);
    expect(report.omitted).toBe(N - STORED_PER_FILE);
  }, 60_000);
});
