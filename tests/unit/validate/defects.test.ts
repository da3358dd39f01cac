/** One fixture per defect class of issue 10 (CSV side): each asserts its code, file and line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS } from '../../../src/lib/datasets';
import { validateData } from '../../../src/lib/validate/data';
import { EXCERPT_MAX, type Problem } from '../../../src/lib/validate/problem';
import { validateTable } from '../../../src/lib/validate/table';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/data', name));
const FILE = 'data/ward-poverty.csv';
const table = (name: string) => validateTable(fixture(name), FILE, DATASETS['ward-poverty'].schema, columnsOf('ward-poverty'));
const withFixture = (name: string, as: string): Problem[] =>
  validateData(join(__dirname, '../../../data'), (f) => (f === as ? fixture(name) : undefined)).problems;
const pick = (ps: Problem[]) => [...ps].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((p) => ({ code: p.code, file: p.file, line: p.line, field: p.field }));

describe('parse errors are reported, never dropped', () => {
  it('an unclosed quote: source-error on its line, naming the swallowed lines', () => {
    const t = table('source-error-unclosed-quote.csv');
    expect(pick(t.problems)).toEqual([{ code: 'source-error', file: FILE, line: 3, field: null }]);
    expect(t.problems[0]!.message).toContain('dòng 3');
    expect(t.problems[0]!.message).toContain('đến dòng 5');
    expect(t.problems[0]!.message).toContain('Sửa:');
    // The rows it swallowed are not published as if they were fine, and the table is marked incomplete.
    expect(t.rows).toHaveLength(1);
    expect(t.complete).toBe(false);
  });

  it('text after a closing quote: source-error at that line, the row is not published', () => {
    const t = table('source-error-invalid-quote.csv');
    expect(pick(t.problems)).toContainEqual({ code: 'source-error', file: FILE, line: 3, field: null });
    expect(t.lines).not.toContain(3);
  });

  it('an unclosed quote in the header: that one source-error, not a label error per column', () => {
    const t = table('source-error-unclosed-quote-header.csv');
    expect(pick(t.problems)).toEqual([{ code: 'source-error', file: FILE, line: 1, field: null }]);
  });

  it('a blank first line (CR-only file): one missing-label at line 1', () => {
    const t = table('missing-label-blank-first-line-cr-only.csv');
    expect(pick(t.problems)).toEqual([{ code: 'missing-label', file: FILE, line: 1, field: null }]);
  });

  it('a semicolon-separated file says so at line 1', () => {
    const t = table('source-error-semicolon-delimiter.csv');
    expect(pick(t.problems)).toEqual([{ code: 'source-error', file: FILE, line: 1, field: null }]);
    expect(t.problems[0]!.message).toContain('dấu chấm phẩy');
  });
});

describe('line endings', () => {
  it('CR-only (old Mac/Excel) parses with the right lines and no phantom blank row', () => {
    const t = table('valid-cr-only.csv');
    expect(t.problems).toEqual([]);
    expect(t.lines).toEqual([2, 3]);
  });

  it.each([
    ['type-error-cr-only.csv', 3],
    ['type-error-mixed-crlf-lf.csv', 4],
  ])('%s: the error is on line %i', (name, line) => {
    const t = table(name);
    expect(pick(t.problems)).toEqual([{ code: 'type-error', file: FILE, line, field: 'poor_households' }]);
    expect(t.rows).toHaveLength(2);
  });
});

describe('encodings are named', () => {
  it.each([
    ['encoding-error-utf16le-bom.csv', 'UTF-16 LE'],
    ['encoding-error-utf16be-bom.csv', 'UTF-16 BE'],
    ['encoding-error-utf16le-no-bom.csv', 'UTF-16 LE'],
    ['encoding-error-utf16be-no-bom.csv', 'UTF-16 BE'],
  ])('%s → encoding-error naming %s', (name, enc) => {
    const t = table(name);
    expect(pick(t.problems)).toEqual([{ code: 'encoding-error', file: FILE, line: 1, field: null }]);
    expect(t.problems[0]!.message).toContain(`tệp được lưu theo ${enc}`);
    expect(t.problems[0]!.message).toContain('Lưu thành → CSV UTF-8');
  });

  it.each([
    ['encoding-error-windows-1258-vietnamese.csv', 'Windows-1258'],
    ['encoding-error-windows-1258.csv', 'Windows-1258'],
    ['encoding-error-tcvn3.csv', 'TCVN3'],
  ])('%s → encoding-error at line 3: "có vẻ được lưu theo %s"', (name, enc) => {
    const t = table(name);
    expect(pick(t.problems)).toEqual([{ code: 'encoding-error', file: FILE, line: 3, field: null }]);
    expect(t.problems[0]!.message).toContain(`có vẻ được lưu theo ${enc}`);
  });
});

describe('numbers are bounded, never published as another number', () => {
  it('a 20-digit, a beyond-2^53 and an over-maximum count are constraint-errors on their lines', () => {
    const t = table('constraint-error-huge-integer.csv');
    expect(pick(t.problems)).toEqual([
      { code: 'constraint-error', file: FILE, line: 3, field: 'poor_households' },
      { code: 'constraint-error', file: FILE, line: 4, field: 'poor_households' },
      { code: 'constraint-error', file: FILE, line: 5, field: 'total_households' },
    ]);
    expect(t.problems[1]!.message).toContain('"9007199254740993" lớn hơn giá trị tối đa 1000000');
    expect(t.rows).toHaveLength(1);
  });

  it('a 400-digit decimal is a constraint-error, not Infinity', () => {
    const t = table('constraint-error-huge-number.csv');
    expect(pick(t.problems)).toEqual([{ code: 'constraint-error', file: FILE, line: 3, field: 'near_poor_rate' }]);
    expect(t.problems[0]!.message.length).toBeLessThan(EXCERPT_MAX + 200);
  });
});

describe('a report quotes at most ~200 characters of a cell', () => {
  it('a 5,000-character cell is cut in the message', () => {
    const t = table('constraint-error-long-cell.csv');
    expect(pick(t.problems)).toContainEqual({ code: 'constraint-error', file: FILE, line: 3, field: 'source' });
    for (const p of t.problems) expect(p.message.length).toBeLessThan(EXCERPT_MAX + 200);
  });

  it('a 5 MB cell in a header, key or enum cell is never echoed whole', () => {
    const big = 'x'.repeat(5_000_000);
    const header = columnsOf('ward-poverty').join(',');
    const bytes = new TextEncoder().encode(`${header},${big}\n2023,${big},1000,10,20,1.00,2.00,3,1,${big},minh họa,,\n`);
    const t = validateTable(bytes, FILE, DATASETS['ward-poverty'].schema, columnsOf('ward-poverty'));
    expect(t.problems.length).toBeGreaterThan(0);
    for (const p of t.problems) expect(p.message.length + (p.field ?? '').length).toBeLessThan(600);
  });
});

describe('administrative units', () => {
  const UNITS = 'data/administrative-units.csv';

  it('valid_from after valid_to → consistency-error at that line [valid_to]', () => {
    const ps = withFixture('consistency-error-valid-to-before-valid-from.csv', 'administrative-units.csv');
    expect(pick(ps)).toEqual([{ code: 'consistency-error', file: UNITS, line: 6, field: 'valid_to' }]);
  });

  it('two names giving the same page slug → consistency-error at the second [name]', () => {
    const ps = withFixture('consistency-error-duplicate-slug.csv', 'administrative-units.csv');
    expect(pick(ps)).toEqual([{ code: 'consistency-error', file: UNITS, line: 17, field: 'name' }]);
    expect(ps[0]!.message).toContain('phuong-xa/van-hai/');
    expect(ps[0]!.message).toContain('dòng 15');
  });

  it('a name with no letter gives an empty slug → constraint-error [name]', () => {
    const ps = withFixture('constraint-error-empty-slug.csv', 'administrative-units.csv');
    expect(pick(ps)).toEqual([{ code: 'constraint-error', file: UNITS, line: 13, field: 'name' }]);
  });
});

describe('cascades: the cause is reported, not its echoes', () => {
  it('a bad ward cell gives one type-error and no sum errors on the city row', () => {
    const ps = withFixture('cascade-bad-ward-cell.csv', 'ward-poverty.csv');
    expect(pick(ps)).toEqual([{ code: 'type-error', file: FILE, line: 38, field: 'poor_households' }]);
  });

  it('sums of the other years are still checked', () => {
    const text = fixture('cascade-bad-ward-cell.csv').toString('utf8').replace(/^2021,582,53180,/m, '2021,582,53181,');
    const ps = validateData(join(__dirname, '../../../data'), (f) => (f === 'ward-poverty.csv' ? new TextEncoder().encode(text) : undefined)).problems;
    expect(pick(ps)).toEqual([
      { code: 'consistency-error', file: FILE, line: 2, field: 'total_households' },
      { code: 'type-error', file: FILE, line: 38, field: 'poor_households' },
    ]);
  });

  it('a bad unit row gives its own error, not a foreign-key error on every row that uses it', () => {
    const ps = withFixture('cascade-bad-unit-row.csv', 'administrative-units.csv');
    expect(pick(ps)).toEqual([{ code: 'constraint-error', file: 'data/administrative-units.csv', line: 2, field: 'type' }]);
  });

  it('a units file that cannot be read at all gives no foreign-key errors elsewhere', () => {
    const ps = withFixture('encoding-error-utf16le-bom.csv', 'administrative-units.csv');
    expect(pick(ps)).toEqual([{ code: 'encoding-error', file: 'data/administrative-units.csv', line: 1, field: null }]);
  });
});
