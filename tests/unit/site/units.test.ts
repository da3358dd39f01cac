import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../../src/lib/site-data';
import {
  absorbed2024, groupWards, mergedIn2024, partners2025, recoded2024, successor2024, successors2025,
  unitLabel, unitSlug, wardsInto2025, wardsOf,
} from '../../../src/lib/units/index';

const units = rowsOf('administrative-units');
const by = (name: string) => {
  const u = units.find((x) => x.name === name && x.type !== 'Thành phố');
  if (!u) throw new Error(`no unit ${name}`);
  return u;
};

describe('units', () => {
  it('lists the 16 wards without the city row, with unique slugs', () => {
    const wards = wardsOf(units);
    expect(wards).toHaveLength(16);
    expect(wards.some((w) => w.gso_code === '582')).toBe(false);
    const slugs = wards.map(unitSlug);
    expect(new Set(slugs).size).toBe(16);
    expect(slugs).toEqual(expect.arrayContaining(['dong-hai', 'do-vinh', 'thanh-hai', 'my-huong', 'phu-ha']));
  });

  it('groups 13 continuing wards and the 3 merged on 1/11/2024', () => {
    const g = groupWards(units);
    expect(g.continuing).toHaveLength(13);
    expect(g.merged2024.map((u) => u.name).sort()).toEqual(['Mỹ Hương', 'Thanh Sơn', 'Tấn Tài'].sort());
  });

  it('resolves 2024 successors to our own pages, by name (Phủ Hà was re-coded 22750)', () => {
    expect(successor2024(by('Mỹ Hương'), units)).toMatchObject({ name: 'Kinh Dinh', slug: 'kinh-dinh' });
    expect(successor2024(by('Thanh Sơn'), units)).toMatchObject({ name: 'Phủ Hà', slug: 'phu-ha', code: '22750' });
    expect(mergedIn2024(by('Thanh Sơn'), units)).toBe(true);
    expect(mergedIn2024(by('Phủ Hà'), units)).toBe(false);
    expect(recoded2024(by('Phủ Hà'), units)).toBe('22750');
    expect(recoded2024(by('Đô Vinh'), units)).toBeNull();
    expect(absorbed2024(by('Kinh Dinh'), units).map((u) => u.name).sort()).toEqual(['Mỹ Hương', 'Tấn Tài'].sort());
    expect(absorbed2024(by('Phủ Hà'), units).map((u) => u.name)).toEqual(['Thanh Sơn']);
    expect(absorbed2024(by('Đô Vinh'), units)).toEqual([]);
  });

  it('reads the 2025 split of Đông Hải from its note', () => {
    const s = successors2025(by('Đông Hải'));
    expect(s.map((x) => [unitLabel(x), x.share])).toEqual([
      ['Phường Đông Hải', 'most'],
      ['Xã Phước Dinh', 'part'],
    ]);
    expect(successors2025(by('Mỹ Bình')).map(unitLabel)).toEqual(['Phường Đông Hải']);
    expect(successors2025(by('Mỹ Bình'))[0]!.share).toBeUndefined();
  });

  it('every ward goes into one of the six 2025 units', () => {
    const names = new Set(wardsOf(units).flatMap((u) => successors2025(u).map(unitLabel)));
    expect([...names].sort()).toEqual(
      ['Phường Phan Rang', 'Phường Đông Hải', 'Phường Ninh Chử', 'Phường Bảo An', 'Phường Đô Vinh', 'Xã Phước Dinh'].sort(),
    );
  });

  it('finds the 2025 partners and the wards that formed a 2025 unit', () => {
    expect(partners2025(by('Thành Hải'), units).map((u) => u.name).sort()).toEqual(['Bảo An', 'Phước Mỹ'].sort());
    // Merged wards were already part of another ward by 2025.
    expect(partners2025(by('Kinh Dinh'), units).map((u) => u.name).sort()).toEqual(['Phủ Hà', 'Đài Sơn', 'Đạo Long'].sort());
    expect(wardsInto2025('22888', units).map((x) => [x.ward.name, x.share])).toEqual([['Đông Hải', 'part']]);
  });
});
