/**
 * A phường/xã written by its name ("Mỹ Hải", "phuong my hai", "P. Mỹ Hải") instead of its GSO code:
 * found in data/administrative-units.csv so the messages of `npm run validate` and `npm run new-story`
 * can give the code. Pure.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { validInYear, wardsOf } from '../units/index';
import { foldVi } from '../url';

/** Type words an editor may put before the name (lower case, dots already spaces): phường, xã, thị trấn, p., x., tt. */
const TYPE_WORD = /^(phường|phuong|xã|xa|thị trấn|thi tran|p|x|tt)\s+/;

/** Lower case NFC, punctuation as spaces, single spaces, type word removed; `fold` also drops diacritics. */
const key = (s: string, fold: boolean) => {
  const k = s.normalize('NFC').toLowerCase().replace(/[.,;:"'“”‘’()]/g, ' ').replace(/\s+/g, ' ').trim().replace(TYPE_WORD, '');
  return fold ? foldVi(k) : k;
};

/**
 * The phường/xã (never the city) whose name is `text`, with or without diacritics and the type word.
 * Matches with the same diacritics win over folded ones ("Mỹ Hải" never picks a "My Hai" namesake).
 * With a year, units in force on 31/12 of it come first. Empty when `text` names no unit.
 */
export function unitsByName(text: string, units: readonly AdministrativeUnit[], year: number | null = null): AdministrativeUnit[] {
  const k = key(text, false);
  if (k === '') return [];
  const wards = wardsOf(units);
  const exact = wards.filter((u) => key(u.name, false) === k);
  const found = exact.length ? exact : wards.filter((u) => key(u.name, true) === foldVi(k));
  const valid = (u: AdministrativeUnit) => year === null || validInYear(u, year);
  return [...found.filter(valid), ...found.filter((u) => !valid(u))];
}

/**
 * The fix for a `unit` that is a name instead of a code: `"Mỹ Hải" là tên của Phường Mỹ Hải, mã
 * 22780. Sửa: ghi unit: "22780".` Null when the value is not a string naming a unit.
 */
export function unitNameHint(value: unknown, units: readonly AdministrativeUnit[], year: number | null = null): string | null {
  if (typeof value !== 'string' || /^\s*\d+\s*$/.test(value)) return null;
  const found = unitsByName(value, units, year);
  if (found.length === 0) return null;
  const named = found.map((u) => `${u.type} ${u.name} có mã ${u.gso_code}`).join('; ');
  const first = found[0]!;
  const fix = year !== null && !validInYear(first, year)
    ? `ghi unit: "${first.gso_code}" và kiểm tra lại năm: ${first.type} ${first.name} không còn tồn tại vào 31/12/${year} (hiệu lực đến ${first.valid_to ?? '?'})`
    : `ghi unit: "${first.gso_code}"`;
  return `"${value.trim()}" là tên phường/xã, không phải mã: ${named}. Sửa: ${fix}.`;
}
