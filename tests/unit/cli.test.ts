import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(__dirname, '../..');
const tsx = join(repo, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'gn-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the project's sources in a temp folder, with one cell of ward-poverty.csv broken. */
function brokenProject(): string {
  const root = mkdtempSync(join(tmp, 'p-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  const f = join(root, 'data/ward-poverty.csv');
  const lines = readFileSync(f, 'utf8').split('\n');
  const cells = lines[13]!.split(',');
  cells[3] = 'abc';
  lines[13] = cells.join(',');
  writeFileSync(f, lines.join('\n'));
  return root;
}

const run = (script: string, cwd: string, ...args: string[]) =>
  spawnSync(tsx, [join(repo, 'src/cli', script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('npm run validate', () => {
  it('exits 0 on the shipped data with a one-line summary', () => {
    const r = run('validate.ts', repo);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^Dữ liệu hợp lệ: \d+ tệp, \d+ dòng, \d+ ms\.$/);
  });

  it('exits 1 and names file, line and field of a broken cell', () => {
    const r = run('validate.ts', brokenProject());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/ward-poverty.csv:14 [poor_households] type-error: "abc" không phải số nguyên không âm.');
  });

  it('prints the report as JSON with --json', () => {
    const r = run('validate.ts', brokenProject(), '--json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'type-error', file: 'data/ward-poverty.csv', line: 14, field: 'poor_households' }));
  });
});

describe('npm run build', () => {
  it('fails on bad data with the same report and leaves the previous dist/ untouched', () => {
    const root = brokenProject();
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), 'bản cũ');
    const r = run('build.ts', root);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/ward-poverty.csv:14 [poor_households] type-error');
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('bản cũ');
  });
});
