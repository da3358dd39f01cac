/** 200,000 rows: no crash, bounded problem lists, a capped report that still gives the total. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS } from '../../../src/lib/datasets';
import { validateData } from '../../../src/lib/validate/data';
import { formatReport, PRINTED_PER_FILE, PRINTED_TOTAL, STORED_PER_FILE } from '../../../src/lib/validate/problem';
import { validateTable } from '../../../src/lib/validate/table';

const N = 200_000;
const header = columnsOf('ward-poverty').join(',');

/** N ward-poverty rows; `bad(i)` rows get a non-numeric poor_households. */
function rows(bad: (i: number) => boolean): Uint8Array {
  const parts = [header];
  for (let i = 0; i < N; i++) {
    const code = String(10000 + (i % 90000));
    parts.push(`${2021 + (i % 10)},${code},1000,${bad(i) ? '1x' : '10'},20,1.00,2.00,3,1,illustrative,minh họa,,`);
  }
  return new TextEncoder().encode(parts.join('\n') + '\n');
}

describe('200,000 rows', () => {
  it('all valid: typed, with lines, no stack overflow', () => {
    const t0 = performance.now();
    const t = validateTable(rows(() => false), 'data/ward-poverty.csv', DATASETS['ward-poverty'].schema, columnsOf('ward-poverty'));
    const ms = performance.now() - t0;
    expect(t.problems).toEqual([]);
    expect(t.rows).toHaveLength(N);
    expect(t.lines[N - 1]).toBe(N + 1);
    console.log(`validateTable, ${N} valid rows: ${Math.round(ms)} ms`);
  }, 60_000);

  it('all bad, through every cross-table check: problems kept are capped, the report says how many more', () => {
    const bytes = rows(() => true);
    const t0 = performance.now();
    const r = validateData(join(__dirname, '../../../data'), (f) => (f === 'ward-poverty.csv' ? bytes : undefined));
    const ms = performance.now() - t0;
    expect(r.problems.length).toBe(STORED_PER_FILE);
    expect(r.problems.length + r.omitted).toBe(N);
    expect(r.problems.every((p) => p.code === 'type-error' && p.field === 'poor_households')).toBe(true);
    const text = formatReport({ problems: r.problems, omitted: r.omitted, files: r.files, rows: r.rows, ms });
    const lines = text.split('\n');
    expect(lines).toHaveLength(PRINTED_PER_FILE + 2);
    expect(lines.at(-2)).toBe(`… và ${N - PRINTED_PER_FILE} lỗi khác.`);
    expect(lines.at(-1)).toContain(`Có ${N} lỗi`);
    console.log(`validateData, ${N} bad rows: ${Math.round(ms)} ms`);
  }, 60_000);

  it('all typed but wrong across tables (unknown units, duplicate keys): cross-table problems are capped too', () => {
    const r = validateData(join(__dirname, '../../../data'), (f) => (f === 'ward-poverty.csv' ? rows(() => false) : undefined));
    expect(r.problems.length).toBe(STORED_PER_FILE);
    expect(r.problems.length + r.omitted).toBeGreaterThan(N);
    expect(r.problems.every((p) => p.file === 'data/ward-poverty.csv')).toBe(true);
  }, 60_000);
});

describe('the printed report is capped', () => {
  const p = (file: string, line: number) => ({ code: 'type-error' as const, file, line, field: 'x', message: 'sai. Sửa: sửa.' });
  it(`at ${PRINTED_PER_FILE} per file and ${PRINTED_TOTAL} in all`, () => {
    const problems = [];
    for (let f = 0; f < 6; f++) for (let i = 1; i <= 60; i++) problems.push(p(`data/f${f}.csv`, i));
    const lines = formatReport({ problems, files: 6, rows: 360, ms: 1 }).split('\n');
    expect(lines).toHaveLength(PRINTED_TOTAL + 2);
    expect(lines.filter((l) => l.startsWith('data/f0.csv:'))).toHaveLength(PRINTED_PER_FILE);
    expect(lines.at(-2)).toBe(`… và ${360 - PRINTED_TOTAL} lỗi khác.`);
  });
  it('prints everything, with no "… và" line, when under the caps', () => {
    const lines = formatReport({ problems: [p('a.csv', 1), p('a.csv', 2)], files: 1, rows: 2, ms: 1 }).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('… và');
  });
});
