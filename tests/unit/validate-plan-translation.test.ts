import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateProject } from '../../src/lib/validate/index';

// A copy of the project whose English plan is edited: `npm run validate` must name the file.
const root = mkdtempSync(join(tmpdir(), 'plan-tr-'));
cpSync('data', join(root, 'data'), { recursive: true });
cpSync('content/plan', join(root, 'content', 'plan'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('validate reads the plan translations', () => {
  it('accepts the shipped translation', () => {
    const codes = validateProject(root).report.problems.filter((p) => p.file.startsWith('content/plan'));
    expect(codes).toEqual([]);
  });
  it('reports a changed figure, a wrong number and broken YAML at their files', () => {
    const file = join(root, 'content/plan/en/00-mo-dau.md');
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 3) + 4;
    const body = text.slice(0, end) + text.slice(end).replace(/\d+/, (d) => String(Number(d) + 7));
    expect(body).not.toBe(text);
    writeFileSync(file, body);
    writeFileSync(join(root, 'content/plan/en/10-muc-dich-yeu-cau.md'), readFileSync(join(root, 'content/plan/en/10-muc-dich-yeu-cau.md'), 'utf8').replace(/^number: .*$/m, 'number: "IX"'));
    writeFileSync(join(root, 'content/plan/en/rows.yaml'), 'targets: [unclosed\n');
    const got = validateProject(root).report.problems.filter((p) => p.file.startsWith('content/plan')).map((p) => `${p.file} ${p.field ?? ''} ${p.code}`);
    expect(got).toContain('content/plan/en/00-mo-dau.md body consistency-error');
    expect(got).toContain('content/plan/en/10-muc-dich-yeu-cau.md number consistency-error');
    expect(got).toContain('content/plan/en/rows.yaml  yaml-error');
    expect(got.filter((g) => g.startsWith('content/plan/en/rows.yaml'))).toHaveLength(1);
  });
});
