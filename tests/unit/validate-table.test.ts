import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS } from '../../src/lib/datasets';
import { validateData } from '../../src/lib/validate/data';
import { formatProblem, type Problem } from '../../src/lib/validate/problem';
import { validateTable } from '../../src/lib/validate/table';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/data', name));
const FILE = 'data/ward-poverty.csv';

/** Validates a fixture as ward-poverty.csv on its own (no cross-file checks). */
function table(name: string) {
  return validateTable(fixture(name), FILE, DATASETS['ward-poverty'].schema, columnsOf('ward-poverty'));
}

/** Validates all of data/ with one file replaced by a fixture, so cross-file checks run. */
function withFixture(name: string, as = 'ward-poverty.csv'): Problem[] {
  return validateData(join(__dirname, '../../data'), (f) => (f === as ? fixture(name) : undefined)).problems;
}

const pick = (ps: Problem[]) => ps.map((p) => ({ code: p.code, line: p.line, field: p.field }));

describe('one fixture per error code', () => {
  it('accepts a minimal valid file, with or without BOM and CRLF', () => {
    for (const f of ['valid-minimal.csv', 'valid-bom-crlf.csv']) {
      const t = table(f);
      expect(t.problems).toEqual([]);
      expect(t.rows).toHaveLength(2);
      expect(t.lines).toEqual([2, 3]);
      expect(t.rows[1]).toMatchObject({ year: 2023, unit_code: '22738', poor_households: 10, poor_rate: 1, note: null });
    }
  });

  it.each([
    ['encoding-error-windows-1258.csv', 'encoding-error', 3, null],
    ['blank-header.csv', 'blank-header', 1, 'cột 6'],
    ['duplicate-header.csv', 'duplicate-header', 1, 'poor_rate'],
    ['missing-label.csv', 'missing-label', 1, 'note'],
    ['extra-label.csv', 'extra-label', 1, 'ghi_chu_them'],
    ['missing-cell.csv', 'missing-cell', 3, 'escaped_households'],
    ['extra-cell.csv', 'extra-cell', 3, null],
    ['blank-row.csv', 'blank-row', 3, null],
    ['type-error.csv', 'type-error', 3, 'poor_households'],
    ['type-error-decimal-comma.csv', 'type-error', 3, 'poor_rate'],
    ['constraint-error-provenance.csv', 'constraint-error', 3, 'provenance'],
    ['constraint-error-negative.csv', 'constraint-error', 3, 'poor_households'],
    ['constraint-error-required.csv', 'constraint-error', 3, 'source'],
    ['consistency-error-rate.csv', 'consistency-error', 3, 'poor_rate'],
    ['consistency-error-over-total.csv', 'consistency-error', 2, 'poor_households'],
  ])('%s → %s at line %s [%s]', (name, code, line, field) => {
    const t = table(name);
    expect(pick(t.problems)).toContainEqual({ code, line, field });
  });

  it('reports an empty file as a missing header, not a crash', () => {
    expect(pick(table('empty-file.csv').problems)).toEqual([{ code: 'missing-label', line: 1, field: null }]);
  });

  it('names the fix: decimal comma → use a dot; "12a" → not an integer', () => {
    expect(table('type-error-decimal-comma.csv').problems[0]!.message).toContain('dùng dấu chấm, ví dụ "1.00"');
    const line = formatProblem(table('type-error.csv').problems[0]!);
    expect(line).toBe('data/ward-poverty.csv:3 [poor_households] type-error: "12a" không phải số nguyên không âm. Sửa: chỉ dùng chữ số 0–9, không có chữ hay khoảng trắng.');
  });

  it('never coerces a bad cell: the row is dropped, not turned into NaN or 0', () => {
    const t = table('type-error.csv');
    expect(t.rows).toHaveLength(1);
    expect(t.rows.every((r) => Number.isFinite(r.poor_households))).toBe(true);
  });
});

describe('checks across files', () => {
  it('the shipped data is valid', () => {
    expect(validateData(join(__dirname, '../../data')).problems.map(formatProblem)).toEqual([]);
  });

  it.each([
    ['primary-key.csv', 'primary-key', 4, 'year, unit_code'],
    ['foreign-key.csv', 'foreign-key', 3, 'unit_code'],
    ['validity-error.csv', 'validity-error', 3, 'unit_code'],
    ['consistency-error-sum.csv', 'consistency-error', 2, 'poor_households'],
  ])('%s → %s at line %s [%s]', (name, code, line, field) => {
    expect(pick(withFixture(name))).toContainEqual({ code, line, field });
  });

  it('collects every problem at once across files', () => {
    const problems = validateData(join(__dirname, '../../data'), (f) =>
      f === 'ward-poverty.csv' ? fixture('type-error.csv') : f === 'campaign.csv' ? fixture('extra-label.csv') : undefined,
    ).problems;
    const files = new Set(problems.map((p) => p.file));
    expect(files).toEqual(new Set(['data/ward-poverty.csv', 'data/campaign.csv']));
  });

  it('names the successor when a merged unit is used after the merger', () => {
    const p = withFixture('validity-error.csv').find((x) => x.code === 'validity-error')!;
    expect(p.message).toContain('Mỹ Hương');
    expect(p.message).toContain('Kinh Dinh (22759)');
  });
});
