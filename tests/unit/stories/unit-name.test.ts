/** A unit written by its name gets its code in the fix (src/lib/stories/unit-name.ts, validate.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitNameHint, unitsByName } from '../../../src/lib/stories/unit-name';
import { wardsOf } from '../../../src/lib/units/index';
import { validateStoryText } from '../../../src/lib/stories/validate';
import { fixtures, units } from './helpers';

const codes = (s: string, year: number | null = null) => unitsByName(s, units, year).map((u) => u.gso_code);

describe('unitsByName', () => {
  it('finds a unit with or without diacritics, case and the type word', () => {
    for (const s of ['Mỹ Hải', 'mỹ hải', 'My Hai', 'MY HAI', 'Phường Mỹ Hải', 'phuong my hai', 'P. Mỹ Hải', 'p.my hai', '  Mỹ  Hải ']) expect(codes(s), s).toEqual(['22780']);
    expect(codes('Xã Thành Hải')).toEqual(['22774']);
    expect(codes('Đô Vinh')).toEqual(['22738']);
    expect(codes('do vinh')).toEqual(['22738']);
  });
  it("every phường/xã of the city in data/ is found by its own name, folded or not", () => {
    for (const u of wardsOf(units)) {
      expect(codes(u.name)).toContain(u.gso_code);
      expect(codes(`${u.type} ${u.name}`.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd'))).toContain(u.gso_code);
    }
  });
  it('never a unit outside the city (the 2025 units of Khánh Hòa that reuse its names)', () => {
    const outside = units.filter((u) => !wardsOf(units).includes(u) && u.type !== 'Thành phố');
    expect(outside.length).toBeGreaterThan(0);
    for (const u of outside) expect(codes(u.name).every((c) => wardsOf(units).some((w) => w.gso_code === c))).toBe(true);
  });
  it('never the city, and nothing for a name that is no unit', () => {
    expect(codes('Phan Rang-Tháp Chàm')).toEqual([]);
    expect(codes('Hà Nội')).toEqual([]);
    expect(codes('')).toEqual([]);
    expect(codes('Phường')).toEqual([]);
  });
});

describe('unitNameHint', () => {
  it('gives the code as the fix', () => {
    expect(unitNameHint('Mỹ Hải', units, 2023)).toBe('"Mỹ Hải" là tên phường/xã, không phải mã: Phường Mỹ Hải có mã 22780. Sửa: ghi unit: "22780".');
  });
  it('warns when the named unit no longer existed at the end of the year', () => {
    expect(unitNameHint('Thanh Sơn', units, 2025)).toContain('Sửa: ghi unit: "22750" và kiểm tra lại năm');
  });
  it('is null for codes, non-strings and unknown names', () => {
    for (const v of ['22780', 22780, null, undefined, ['Mỹ Hải'], 'Hà Nội']) expect(unitNameHint(v, units, 2023)).toBeNull();
  });
});

describe('validate: unit given by its name', () => {
  const valid = readFileSync(join(fixtures, 'valid-story.mdx'), 'utf8');
  const check = (unit: string) => validateStoryText(valid.replace('unit: "22738"', unit), 'content/stories/x.mdx', { units, dir: fixtures }).problems;
  it.each(['unit: "Mỹ Hải"', 'unit: Mỹ Hải', 'unit: "Phường Mỹ Hải"', 'unit: my hai'])('%s → one unit problem whose fix is the code', (line) => {
    const ps = check(line);
    expect(ps.map((p) => `${p.code} ${p.field} ${p.line}`)).toEqual(['constraint-error unit 4']);
    expect(ps[0]!.message).toMatch(/Sửa: ghi unit: "22780"\.$/);
    expect(ps[0]!.message.match(/Sửa:/g)).toHaveLength(1);
  });
  it('an unknown name keeps the general fix', () => {
    expect(check('unit: "Hà Nội"')[0]!.message).toContain('Sửa: ghi mã GSO của phường/xã');
  });
});
