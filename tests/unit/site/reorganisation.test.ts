/**
 * A fictional reorganisation (tests/fixtures/reorganisation/) added as data only: the units module,
 * the validator and the successor answers handle it with no code change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../../src/lib/validate/data';
import { validateStoryText } from '../../../src/lib/stories/validate';
import { tilePositions } from '../../../src/lib/charts/tilemap';
import { becameBy, reorganisations, unitLabel, unitSlug, unitsOn, wardsOf } from '../../../src/lib/units/index';
import { timelineOf } from '../../../src/lib/units/timeline';
import { unitYearProblem } from '../../../src/lib/units/validity';

const repo = join(__dirname, '../../..');
const fx = join(repo, 'tests/fixtures/reorganisation');
const shipped = (f: string) => readFileSync(join(repo, 'data', f), 'utf8');
const add = (f: string) => readFileSync(join(fx, f.replace('.csv', '.add.csv')), 'utf8');

// The shipped units, with the city counted again from 2026 and the two 2025 wards ending on 31/12/2025.
const unitsCsv = shipped('administrative-units.csv')
  .replace(/^582,Phan Rang-Tháp Chàm,Thành phố,,2025-06-30,/m, '582,Phan Rang-Tháp Chàm,Thành phố,,,')
  .replace(/^(22759,Phan Rang,Phường,2025-07-01,)/m, '$12025-12-31')
  .replace(/^(22780,Đông Hải,Phường,2025-07-01,)/m, '$12025-12-31') + add('administrative-units.csv');
const files: Record<string, string> = {
  'administrative-units.csv': unitsCsv,
  'unit-changes.csv': shipped('unit-changes.csv') + add('unit-changes.csv'),
  'ward-poverty.csv': shipped('ward-poverty.csv') + add('ward-poverty.csv'),
};
const run = (over: Record<string, string> = {}) => {
  const all = { ...files, ...over };
  return validateData(join(repo, 'data'), (f) => (all[f] === undefined ? undefined : new TextEncoder().encode(all[f])));
};
const data = run();
const h = { units: data.tables['administrative-units'].rows, changes: data.tables['unit-changes'].rows };
const ward = (name: string) => wardsOf(h.units).find((u) => u.name === name)!;

describe('a fourth arrangement, added as data only', () => {
  it('validates', () => {
    expect(data.problems).toEqual([]);
    expect(h.units.some((u) => u.gso_code === '99001')).toBe(true);
  });

  it('is a reorganisation with its act, and changes which units exist', () => {
    expect(reorganisations(h).map((r) => r.date)).toEqual(['2024-11-01', '2025-07-01', '2026-01-01']);
    expect(reorganisations(h)[2]!.acts).toEqual(['Nghị quyết 9999/NQ-UBTVQH15 (hư cấu)']);
    const on = (d: string) => unitsOn(h.units, d).map(unitLabel).sort();
    expect(on('2025-12-31')).toContain('Phường Phan Rang');
    expect(on('2026-01-01')).toContain('Phường Tháp Chàm');
    expect(on('2026-01-01')).not.toContain('Phường Phan Rang');
  });

  it('answers what a ward became through all three steps, shares included', () => {
    const at = (name: string, d: string) => becameBy(h, ward(name), d).map((x) => [unitLabel(x.unit), x.share]);
    expect(at('Mỹ Hương', '2024-12-31')).toEqual([['Phường Kinh Dinh', null]]);
    expect(at('Mỹ Hương', '2025-12-31')).toEqual([['Phường Phan Rang', null]]);
    expect(at('Mỹ Hương', '2026-06-01')).toEqual([['Phường Tháp Chàm', null]]);
    // Đông Hải's split of 2025 carries through: most of it is now in Tháp Chàm, a part still in Phước Dinh.
    expect(at('Đông Hải', '2026-01-01')).toEqual([['Phường Tháp Chàm', 'most'], ['Xã Phước Dinh', 'part']]);
  });

  it('gives the new unit of the city a page slug, a tile, and a page timeline for the old wards', () => {
    expect(wardsOf(h.units).map(unitSlug)).toContain('thap-cham');
    expect(tilePositions(h.units).get('99001')).toEqual({ col: 3, row: 3 });
    const t = timelineOf(h, ward('Tấn Tài'));
    expect(t.map((e) => [e.date, e.kind, e.holder.name])).toEqual([
      ['2024-11-01', 'merged', 'Tấn Tài'],
      ['2025-07-01', 'into-new', 'Kinh Dinh'],
      ['2026-01-01', 'into-new', 'Phan Rang'],
    ]);
    expect(t[2]!.into.map((x) => x.unit.name)).toEqual(['Tháp Chàm']);
    expect(t[2]!.heldSince).toBe('2025-07-01');
  });

  it('judges data rows and stories on 31/12 of their year against the new units', () => {
    expect(unitYearProblem(h, '99001', 2026)).toBeNull();
    expect(unitYearProblem(h, '99001', 2025)).toContain('chưa tồn tại vào 31/12/2025');
    expect(unitYearProblem(h, '22753', 2026)).toContain('đơn vị kế thừa Tháp Chàm (99001)');
    const bad = run({ 'ward-poverty.csv': files['ward-poverty.csv']!.replace('2026,99001,', '2026,22759,') });
    expect(bad.problems.map((p) => [p.code, p.file, p.field])).toEqual([['validity-error', 'data/ward-poverty.csv', 'unit_code']]);
    expect(bad.problems[0]!.message).toContain('Tháp Chàm (99001)');
    const story = readFileSync(join(repo, 'tests/fixtures/stories/valid-story.mdx'), 'utf8').replace('year: 2023', 'year: 2026').replace('published: 2024-06-15', 'published: 2026-01-10').replace('unit: "22738"', 'unit: "22756"');
    const p = validateStoryText(story, 'content/stories/x.mdx', { ...h, dir: join(repo, 'tests/fixtures/stories') }).problems.filter((x) => x.field === 'unit');
    expect(p.map((x) => x.code)).toEqual(['validity-error']);
    expect(p[0]!.message).toContain('99001 (Phường Tháp Chàm)');
  });

  it('reports a change that points at a unit not in force that day', () => {
    const bad = run({ 'unit-changes.csv': files['unit-changes.csv']!.replace('22759,99001,2026-01-01', '22759,99001,2025-12-01') });
    expect(bad.problems.map((p) => [p.code, p.field])).toEqual([['validity-error', 'to_code']]);
  });
});
