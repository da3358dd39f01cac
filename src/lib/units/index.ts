/**
 * The 16 phường/xã of the former city: slugs, grouping, and what each became on 1/11/2024 and on 1/7/2025.
 * Pure functions over rows of data/administrative-units.csv; no Astro imports.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { CITY_CODE } from '../../schemas/common';
import { slugify } from '../url';

/** The two reorganisations and the acts that made them. */
export const LEGAL_ACTS = {
  '2024-11-01': {
    date: '2024-11-01',
    act: 'Nghị quyết 1198/NQ-UBTVQH15',
    summary: 'Ủy ban Thường vụ Quốc hội sắp xếp đơn vị hành chính cấp xã; có hiệu lực từ 1/11/2024',
  },
  '2025-07-01': {
    date: '2025-07-01',
    act: 'Nghị quyết 1667/NQ-UBTVQH15',
    summary: 'Ủy ban Thường vụ Quốc hội sắp xếp đơn vị hành chính cấp xã của tỉnh Khánh Hòa; có hiệu lực từ 1/7/2025, cấp huyện chấm dứt hoạt động',
  },
} as const;

/** A reorganisation date key of LEGAL_ACTS. */
export type ReorgDate = keyof typeof LEGAL_ACTS;

/** The units formed on 1/7/2025 that the city's wards went into (name and type are not columns of the CSV). */
export const UNITS_2025: Record<string, { name: string; type: 'Phường' | 'Xã' }> = {
  '22759': { name: 'Phan Rang', type: 'Phường' },
  '22780': { name: 'Đông Hải', type: 'Phường' },
  '22834': { name: 'Ninh Chử', type: 'Phường' },
  '22741': { name: 'Bảo An', type: 'Phường' },
  '22738': { name: 'Đô Vinh', type: 'Phường' },
  '22888': { name: 'Phước Dinh', type: 'Xã' },
};

/** A unit another unit became (part of), with the slug of our page when it is one of the 16. */
export interface UnitRef {
  code: string;
  name: string;
  type: string;
  /** Slug of its page under /phuong-xa/, or null when it is not one of the 16 units. */
  slug: string | null;
  /** Set when the ward was split: 'most' for the unit that took most of it, 'part' for one that took a part. */
  share?: 'most' | 'part';
}

/** "Phường Đô Vinh", "Xã Thành Hải". */
export function unitLabel(u: { type: string; name: string }): string {
  return `${u.type} ${u.name}`;
}

/** The page slug of a unit: slugify(name), e.g. "Đông Hải" → "dong-hai". */
export function unitSlug(u: { name: string }): string {
  return slugify(u.name);
}

/** The 16 phường/xã, without the city row. */
export function wardsOf(units: AdministrativeUnit[]): AdministrativeUnit[] {
  return units.filter((u) => u.type !== 'Thành phố' && u.gso_code !== CITY_CODE);
}

/** Whether the unit was in force on an ISO date (blank valid_from = since before our records). */
export function inForceOn(u: AdministrativeUnit, iso: string): boolean {
  return (u.valid_from === null || u.valid_from <= iso) && (u.valid_to === null || u.valid_to >= iso);
}

/** Wards grouped: those that went on after 1/11/2024, and those merged into another ward that day. */
export function groupWards(units: AdministrativeUnit[]): { continuing: AdministrativeUnit[]; merged2024: AdministrativeUnit[] } {
  const wards = wardsOf(units);
  return {
    continuing: wards.filter((u) => inForceOn(u, '2024-11-01')),
    merged2024: wards.filter((u) => !inForceOn(u, '2024-11-01')),
  };
}

/**
 * The unit a ward belonged to from 1/11/2024. Matched by name among the wards still in force that day,
 * because the GSO list re-coded one of them (Phủ Hà appears under Thanh Sơn's old code 22750).
 */
export function successor2024(u: AdministrativeUnit, units: AdministrativeUnit[]): UnitRef {
  const match = wardsOf(units).find((w) => w.name === u.name_from_2024_11_01 && inForceOn(w, '2024-11-01'));
  return {
    code: u.code_from_2024_11_01,
    name: u.name_from_2024_11_01,
    type: match?.type ?? u.type,
    slug: match ? unitSlug(match) : null,
  };
}

/** Whether the ward ended on 31/10/2024 by merging into another ward. */
export function mergedIn2024(u: AdministrativeUnit, units: AdministrativeUnit[]): boolean {
  const s = successor2024(u, units);
  return !inForceOn(u, '2024-11-01') && s.slug !== unitSlug(u);
}

/** Wards that merged into this one on 1/11/2024 (e.g. Kinh Dinh ← Mỹ Hương, Tấn Tài). */
export function absorbed2024(u: AdministrativeUnit, units: AdministrativeUnit[]): AdministrativeUnit[] {
  return wardsOf(units).filter((w) => w.gso_code !== u.gso_code && mergedIn2024(w, units) && successor2024(w, units).slug === unitSlug(u));
}

/** The GSO code a continuing ward had in the list from 1/11/2024 when it differs from its own (Phủ Hà → 22750). */
export function recoded2024(u: AdministrativeUnit, units: AdministrativeUnit[]): string | null {
  return !mergedIn2024(u, units) && u.code_from_2024_11_01 !== u.gso_code ? u.code_from_2024_11_01 : null;
}

// The CSV note records a split in a fixed form: "… a part into Xã Phước Dinh (22888)".
const PART_RE = /a part into (Phường|Xã) ([^()]+?) \((\d{5})\)/gu;

/** The units a ward went into on 1/7/2025: the main one first, then any that took a part of it. */
export function successors2025(u: AdministrativeUnit): UnitRef[] {
  if (!u.code_from_2025_07_01 || !u.name_from_2025_07_01) return [];
  const main = UNITS_2025[u.code_from_2025_07_01];
  const out: UnitRef[] = [{ code: u.code_from_2025_07_01, name: u.name_from_2025_07_01, type: main?.type ?? 'Phường', slug: null }];
  for (const m of (u.note ?? '').matchAll(PART_RE)) {
    out.push({ code: m[3]!, name: m[2]!.trim(), type: m[1]!, slug: null, share: 'part' });
  }
  if (out.length > 1) out[0]!.share = 'most';
  return out;
}

/** The other wards, in force on 30/6/2025, that went into the same unit on 1/7/2025. */
export function partners2025(u: AdministrativeUnit, units: AdministrativeUnit[]): AdministrativeUnit[] {
  return wardsOf(units).filter(
    (w) => w.gso_code !== u.gso_code && w.code_from_2025_07_01 === u.code_from_2025_07_01 && inForceOn(w, '2025-06-30'),
  );
}

/** The wards (in force on 30/6/2025) that went wholly or partly into a 2025 unit, by its code. */
export function wardsInto2025(code: string, units: AdministrativeUnit[]): { ward: AdministrativeUnit; share?: 'most' | 'part' }[] {
  return wardsOf(units)
    .filter((w) => inForceOn(w, '2025-06-30'))
    .flatMap((w) => {
      const hit = successors2025(w).find((s) => s.code === code);
      return hit ? [{ ward: w, share: hit.share }] : [];
    });
}
