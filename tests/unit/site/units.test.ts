import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../../src/lib/site-data';
import {
  absorbedBy, becameBy, mergedIntoWard, nameOn, reorganisations, typeOn, unitAt, unitLabel, unitSlug, unitsOn, wardsOf,
} from '../../../src/lib/units/index';
import { groupWards, timelineOf } from '../../../src/lib/units/timeline';

const h = { units: rowsOf('administrative-units'), changes: rowsOf('unit-changes') };
const units = h.units;
// The city's ward of that name (a 2025 unit may share it).
const by = (name: string) => {
  const u = wardsOf(units).find((x) => x.name === name);
  if (!u) throw new Error(`no unit ${name}`);
  return u;
};
const labels = (xs: { unit: { type: string; name: string } }[]) => xs.map((x) => unitLabel(x.unit));

describe('units', () => {
  it('lists the 16 wards without the city row or the 2025 units, with unique slugs', () => {
    const wards = wardsOf(units);
    expect(wards).toHaveLength(16);
    expect(wards.some((w) => w.gso_code === '582')).toBe(false);
    const slugs = wards.map(unitSlug);
    expect(new Set(slugs).size).toBe(16);
    expect(slugs).toEqual(expect.arrayContaining(['dong-hai', 'do-vinh', 'thanh-hai', 'my-huong', 'phu-ha']));
  });

  it('answers which units exist on a date, and a reused code by date', () => {
    expect(unitsOn(units, '2024-06-01').filter((u) => u.gso_code !== '582')).toHaveLength(16);
    expect(unitsOn(units, '2024-11-01').filter((u) => u.gso_code !== '582')).toHaveLength(13);
    expect(unitsOn(units, '2025-07-01').map(unitLabel).sort()).toEqual(
      ['Phường Phan Rang', 'Phường Đông Hải', 'Phường Ninh Chử', 'Phường Bảo An', 'Phường Đô Vinh', 'Xã Phước Dinh'].sort(),
    );
    expect(nameOn(units, '22741', '2025-06-30')).toBe('Phước Mỹ');
    expect(nameOn(units, '22741', '2025-07-01')).toBe('Bảo An');
    expect(nameOn(units, '22780', '2025-07-01')).toBe('Đông Hải');
    expect(typeOn(units, '22888', '2025-07-01')).toBe('Xã');
    expect(unitAt(units, '22750', '2024-11-01')).toBeNull();
  });

  it('groups 13 continuing wards and the 3 merged on 1/11/2024', () => {
    const g = groupWards(h);
    expect(g.continuing).toHaveLength(13);
    expect(g.merged.map((u) => u.name).sort()).toEqual(['Mỹ Hương', 'Thanh Sơn', 'Tấn Tài'].sort());
  });

  it('resolves 2024 mergers to our own pages (Phủ Hà was re-coded 22750)', () => {
    expect(mergedIntoWard(h, by('Mỹ Hương'))).toMatchObject({ unit: { name: 'Kinh Dinh' }, date: '2024-11-01' });
    expect(mergedIntoWard(h, by('Thanh Sơn'))).toMatchObject({ unit: { name: 'Phủ Hà', gso_code: '22747' } });
    expect(mergedIntoWard(h, by('Phủ Hà'))).toBeNull();
    expect(absorbedBy(h, by('Kinh Dinh')).map((a) => a.unit.name).sort()).toEqual(['Mỹ Hương', 'Tấn Tài'].sort());
    expect(absorbedBy(h, by('Phủ Hà')).map((a) => a.unit.name)).toEqual(['Thanh Sơn']);
    expect(absorbedBy(h, by('Đô Vinh'))).toEqual([]);
    const phuHa = timelineOf(h, by('Phủ Hà'));
    expect(phuHa.map((e) => [e.date, e.kind, e.recoded])).toEqual([['2024-11-01', 'absorbed', '22750'], ['2025-07-01', 'into-new', null]]);
    expect(timelineOf(h, by('Đô Vinh'))[0]).toMatchObject({ kind: 'unchanged', recoded: null, acts: ['Nghị quyết 1198/NQ-UBTVQH15'] });
  });

  it('follows the split of Đông Hải in 2025: most into the new Phường Đông Hải, a part into Xã Phước Dinh', () => {
    const s = becameBy(h, by('Đông Hải'), '2025-07-01');
    expect(s.map((x) => [unitLabel(x.unit), x.share])).toEqual([['Phường Đông Hải', 'most'], ['Xã Phước Dinh', 'part']]);
    expect(becameBy(h, by('Mỹ Bình'), '2025-07-01').map((x) => [unitLabel(x.unit), x.share])).toEqual([['Phường Đông Hải', null]]);
    // Not yet on the eve of the change.
    expect(becameBy(h, by('Đông Hải'), '2025-06-30').map((x) => x.unit.gso_code)).toEqual(['22768']);
  });

  it('follows a merged ward through both reorganisations', () => {
    expect(labels(becameBy(h, by('Thanh Sơn'), '2024-12-31'))).toEqual(['Phường Phủ Hà']);
    expect(labels(becameBy(h, by('Thanh Sơn'), '2026-01-01'))).toEqual(['Phường Phan Rang']);
    const t = timelineOf(h, by('Thanh Sơn'));
    expect(t.map((e) => [e.date, e.kind, e.holder.name, e.heldSince])).toEqual([
      ['2024-11-01', 'merged', 'Thanh Sơn', null],
      ['2025-07-01', 'into-new', 'Phủ Hà', '2024-11-01'],
    ]);
    expect(t[1]!.cityEnded?.gso_code).toBe('582');
  });

  it('every ward goes into one of the six 2025 units', () => {
    const names = new Set(wardsOf(units).flatMap((u) => labels(becameBy(h, u, '2025-07-01'))));
    expect([...names].sort()).toEqual(
      ['Phường Phan Rang', 'Phường Đông Hải', 'Phường Ninh Chử', 'Phường Bảo An', 'Phường Đô Vinh', 'Xã Phước Dinh'].sort(),
    );
  });

  it('finds the 2025 partners', () => {
    const partners = (name: string) => timelineOf(h, by(name)).find((e) => e.date === '2025-07-01')!.partners.map((u) => u.name).sort();
    expect(partners('Thành Hải')).toEqual(['Bảo An', 'Phước Mỹ'].sort());
    // Merged wards were already part of another ward by 2025.
    expect(partners('Kinh Dinh')).toEqual(['Phủ Hà', 'Đài Sơn', 'Đạo Long'].sort());
    expect(reorganisations(h).map((r) => r.date)).toEqual(['2024-11-01', '2025-07-01']);
  });
});
