import { describe, expect, it } from 'vitest';
import { LOCALES, strings, alternates, localePath, splitLocale } from '../../../src/lib/i18n/index';
import { formatsFor } from '../../../src/lib/format';

type Leaf = { path: string; kind: 'string' | 'function' | 'array'; value: unknown };

/** Every leaf of a dictionary with its dotted path (arrays are leaves: their items are compared by count). */
function leaves(o: unknown, prefix = ''): Leaf[] {
  if (typeof o === 'string') return [{ path: prefix, kind: 'string', value: o }];
  if (typeof o === 'function') return [{ path: prefix, kind: 'function', value: o }];
  if (Array.isArray(o)) return [{ path: prefix, kind: 'array', value: o }];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [{ path: prefix, kind: 'string', value: String(o) }];
}

describe('dictionaries', () => {
  const vi = leaves(strings('vi'));
  it('has strings', () => expect(vi.length).toBeGreaterThan(20));
  for (const locale of LOCALES) {
    it(`${locale} has exactly the keys of vi, of the same kind, none empty`, () => {
      const other = new Map(leaves(strings(locale)).map((x) => [x.path, x]));
      expect([...other.keys()].sort()).toEqual(vi.map((x) => x.path).sort());
      for (const v of vi) {
        const o = other.get(v.path)!;
        expect(o.kind, v.path).toBe(v.kind);
        if (o.kind === 'string') expect(String(o.value).trim(), v.path).not.toBe('');
        if (o.kind === 'function') expect((o.value as (...a: unknown[]) => unknown).length, v.path).toBe((v.value as (...a: unknown[]) => unknown).length);
        if (o.kind === 'array') expect((o.value as unknown[]).length, v.path).toBe((v.value as unknown[]).length);
      }
    });
  }
});

describe('locale paths', () => {
  it('prefixes all but Vietnamese', () => {
    expect(localePath('vi', 'ke-hoach/')).toBe('ke-hoach/');
    expect(localePath('en', '/ke-hoach/')).toBe('en/ke-hoach/');
    expect(localePath('en', '')).toBe('en/');
  });
  it('splits a path into locale and bare path', () => {
    expect(splitLocale('en/phuong-xa/do-vinh/')).toEqual({ locale: 'en', path: 'phuong-xa/do-vinh/' });
    expect(splitLocale('en/')).toEqual({ locale: 'en', path: '' });
    expect(splitLocale('english/')).toEqual({ locale: 'vi', path: 'english/' });
    expect(splitLocale('du-lieu/')).toEqual({ locale: 'vi', path: 'du-lieu/' });
  });
  it('gives the twins of a page from either side', () => {
    const want = [{ locale: 'vi', path: 'ke-hoach/' }, { locale: 'en', path: 'en/ke-hoach/' }];
    expect(alternates('ke-hoach/')).toEqual(want);
    expect(alternates('en/ke-hoach/')).toEqual(want);
  });
});

describe('formats per locale', () => {
  const vi = formatsFor('vi');
  const en = formatsFor('en');
  it('percent and counts', () => {
    expect(vi.percent(0.72)).toBe('0,72%');
    expect(en.percent(0.72)).toBe('0.72%');
    expect(vi.count(1234, strings('vi').format.households)).toBe('1.234 hộ');
    expect(en.count(1234, strings('en').format.households)).toBe('1,234 households');
  });
  it('money and dates', () => {
    expect(vi.vnd(853_000_000)).toBe('853 triệu đồng');
    expect(en.vnd(1_200_000_000)).toBe('1.2 billion dong');
    expect(vi.date('2024-11-01')).toBe('1/11/2024');
    expect(en.date('2024-11-01')).toBe('1 November 2024');
  });
});

describe('unit names per locale', async () => {
  const { unitLabel, unitLabelFor } = await import('../../../src/lib/units/index');
  it('keeps the Vietnamese name and translates the type', () => {
    expect(unitLabel({ type: 'Phường', name: 'Đô Vinh' })).toBe('Phường Đô Vinh');
    expect(unitLabelFor('en')({ type: 'Phường', name: 'Đô Vinh' })).toBe('Đô Vinh ward');
    expect(unitLabelFor('en')({ type: 'Xã', name: 'Thành Hải' })).toBe('Thành Hải commune');
  });
});
