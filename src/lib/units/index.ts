/**
 * Every question about administrative units, answered from data alone: which units exist on a date,
 * what a unit became by a date, its name, type and slug. Rows of data/administrative-units.csv say
 * when each unit was in force; rows of data/unit-changes.csv say where its area went. GSO codes are
 * reused (Phường Bảo An of 1/7/2025 has Phước Mỹ's code), so a code is always read with a date.
 * Pure functions; no Astro imports. A new reorganisation needs new rows, never new code.
 */
import { strings, type Locale } from '../i18n/index';
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { CITY_CODE } from '../../schemas/common';
import type { UnitChange } from '../../schemas/unit-change';
import { slugify } from '../url';

/** The two tables that together are the units' history. */
export interface UnitHistory {
  units: readonly AdministrativeUnit[];
  changes: readonly UnitChange[];
}

/** How much of a unit's area a successor took: null for all of it. */
export type Share = 'most' | 'part' | null;

/** A unit that holds (part of) another unit's former area. */
export interface Holder {
  unit: AdministrativeUnit;
  share: Share;
}

/** The ISO day before an ISO date. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The ISO day after an ISO date. */
export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** 31 December of a year: the day of the year-end review that data rows and stories are judged on. */
export function yearEnd(year: number): string {
  return `${year}-12-31`;
}

/** Whether the unit was in force on an ISO day (blank valid_from = since before our records). */
export function validOn(u: AdministrativeUnit, iso: string): boolean {
  return (u.valid_from === null || u.valid_from <= iso) && (u.valid_to === null || u.valid_to >= iso);
}

/** Whether the unit existed at the year-end review of `year` (31 December): the rule for data rows and stories. */
export function validInYear(u: AdministrativeUnit, year: number): boolean {
  return validOn(u, yearEnd(year));
}

/** Whether a unit's dates are inverted (reported by the validator; such a row is never in force). */
export function datesInverted(u: AdministrativeUnit): boolean {
  return u.valid_from !== null && u.valid_to !== null && u.valid_from > u.valid_to;
}

/** Whether the row is the city itself (the total row of every dataset). */
export function isCity(u: AdministrativeUnit): boolean {
  return u.gso_code === CITY_CODE || u.type === 'Thành phố';
}

/** The city's phường/xã (district_code 582), in every period: the units with a page. */
export function wardsOf(units: readonly AdministrativeUnit[]): AdministrativeUnit[] {
  return units.filter((u) => !isCity(u) && u.district_code === CITY_CODE);
}

/** Whether data rows and stories may name the unit: the city or one of its phường/xã. */
export function inScope(u: AdministrativeUnit): boolean {
  return isCity(u) || u.district_code === CITY_CODE;
}

/** Units in force on an ISO day. */
export function unitsOn(units: readonly AdministrativeUnit[], iso: string): AdministrativeUnit[] {
  return units.filter((u) => validOn(u, iso));
}

/** The unit with this code in force on the day, or null. */
export function unitAt(units: readonly AdministrativeUnit[], code: string, iso: string): AdministrativeUnit | null {
  return units.find((u) => u.gso_code === code && validOn(u, iso)) ?? null;
}

/**
 * The row a code means around a day: the one in force then, else the last one that ended before it,
 * else the first one after it. For messages about a code used on the wrong day.
 */
export function unitNear(units: readonly AdministrativeUnit[], code: string, iso: string): AdministrativeUnit | null {
  const rows = units.filter((u) => u.gso_code === code);
  const before = rows.filter((u) => u.valid_to !== null && u.valid_to < iso).sort((a, b) => b.valid_to!.localeCompare(a.valid_to!));
  return rows.find((u) => validOn(u, iso)) ?? before[0] ?? rows[0] ?? null;
}

/** A unit's name on a day, or null when no unit had the code then. */
export function nameOn(units: readonly AdministrativeUnit[], code: string, iso: string): string | null {
  return unitAt(units, code, iso)?.name ?? null;
}

/** A unit's type on a day, or null when no unit had the code then. */
export function typeOn(units: readonly AdministrativeUnit[], code: string, iso: string): string | null {
  return unitAt(units, code, iso)?.type ?? null;
}

/** "Phường Đô Vinh", "Xã Thành Hải". */
export function unitLabel(u: { type: string; name: string }): string {
  return unitLabelFor('vi')(u);
}

/** A unit's full name in a locale: unitLabelFor('en')(u) → "Đô Vinh ward" (the name keeps its diacritics). */
export function unitLabelFor(locale: Locale): (u: { type: string; name: string }) => string {
  const labels = strings(locale).wards.unitLabel;
  return (u) => labels[u.type]?.(u.name) ?? `${u.type} ${u.name}`;
}

/**
 * A unit's name inside a sentence in a locale: "phường Đô Vinh" in Vietnamese (the type in lower
 * case, as after "ở"), "Đô Vinh ward" in English.
 */
export function unitInlineFor(locale: Locale): (u: { type: string; name: string }) => string {
  const labels = strings(locale).wards.unitInline;
  return (u) => labels[u.type]?.(u.name) ?? `${u.type.toLocaleLowerCase(locale)} ${u.name}`;
}

/** The page slug of a unit: slugify(name), e.g. "Đông Hải" → "dong-hai". */
export function unitSlug(u: { name: string }): string {
  return slugify(u.name);
}

/** Whether two rows are the same unit (code and period). */
export function sameUnit(a: AdministrativeUnit, b: AdministrativeUnit): boolean {
  return a.gso_code === b.gso_code && a.valid_from === b.valid_from;
}

/** A reorganisation: a day on which some units' areas changed, with the acts that made it. */
export interface Reorganisation {
  date: string;
  acts: string[];
}

/** The reorganisations in the history, oldest first. */
export function reorganisations(h: UnitHistory): Reorganisation[] {
  const byDate = new Map<string, Set<string>>();
  for (const c of h.changes) {
    if (!c.effective_date) continue;
    const acts = byDate.get(c.effective_date) ?? new Set<string>();
    acts.add(c.legal_act);
    byDate.set(c.effective_date, acts);
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, acts]) => ({ date, acts: [...acts] }));
}

const shareOrder = (s: Share) => (s === 'most' ? 0 : s === null ? 1 : 2);

/** Where the unit's area went on `date` (the main successor first); empty when it did not change then. */
export function stepsFrom(h: UnitHistory, u: AdministrativeUnit, date: string): (Holder & { change: UnitChange })[] {
  if (!validOn(u, dayBefore(date))) return [];
  return h.changes
    .filter((c) => c.effective_date === date && c.from_code === u.gso_code)
    .flatMap((c) => {
      const to = unitAt(h.units, c.to_code, date);
      return to ? [{ unit: to, share: c.share, change: c }] : [];
    })
    .sort((a, b) => shareOrder(a.share) - shareOrder(b.share));
}

/** The other units whose area (or part of it) went into `u` on `date`, with the changes. */
export function stepsInto(h: UnitHistory, u: AdministrativeUnit, date: string): (Holder & { change: UnitChange })[] {
  if (!validOn(u, date)) return [];
  return h.changes
    .filter((c) => c.effective_date === date && c.to_code === u.gso_code)
    .flatMap((c) => {
      const from = unitAt(h.units, c.from_code, dayBefore(date));
      return from && !sameUnit(from, u) ? [{ unit: from, share: c.share, change: c }] : [];
    });
}

/** A share seen through two steps: a part of anything is a part; most of the whole stays most. */
function combine(a: Share, b: Share): Share {
  if (a === 'part' || b === 'part') return 'part';
  return a ?? b;
}

/**
 * What a unit had become by an ISO day: the units holding its former area then, main one first.
 * The unit itself while in force; empty when its area went nowhere recorded.
 */
export function becameBy(h: UnitHistory, u: AdministrativeUnit, iso: string): Holder[] {
  let holders: Holder[] = [{ unit: u, share: null }];
  for (const r of reorganisations(h)) {
    if (r.date > iso) break;
    if (u.valid_from !== null && r.date <= u.valid_from) continue;
    holders = holders.flatMap((hd) => {
      const steps = stepsFrom(h, hd.unit, r.date);
      if (steps.length > 0) return steps.map((s) => ({ unit: s.unit, share: combine(hd.share, s.share) }));
      return validOn(hd.unit, r.date) ? [hd] : [];
    });
  }
  const out: Holder[] = [];
  for (const hd of holders) if (!out.some((o) => sameUnit(o.unit, hd.unit))) out.push(hd);
  return out.filter((hd) => validOn(hd.unit, iso)).sort((a, b) => shareOrder(a.share) - shareOrder(b.share));
}

/**
 * The unit this one merged into when it ended, whole, into a unit that already existed (Thanh Sơn
 * into Phủ Hà on 1/11/2024), with that day; null otherwise (it went on, or became new units).
 */
export function mergedInto(h: UnitHistory, u: AdministrativeUnit): { unit: AdministrativeUnit; date: string } | null {
  if (u.valid_to === null) return null;
  const date = dayAfter(u.valid_to);
  const steps = stepsFrom(h, u, date);
  if (steps.length !== 1 || steps[0]!.share !== null) return null;
  const to = steps[0]!.unit;
  return to.valid_from !== null && to.valid_from >= date ? null : { unit: to, date };
}

/** `mergedInto`, only when the unit it merged into is one of the city's phường/xã (it has a page). */
export function mergedIntoWard(h: UnitHistory, u: AdministrativeUnit): { unit: AdministrativeUnit; date: string } | null {
  const m = mergedInto(h, u);
  return m && wardsOf(h.units).some((w) => sameUnit(w, m.unit)) ? m : null;
}

/** The city's units that merged whole into this one (Mỹ Hương and Tấn Tài into Kinh Dinh), with the day. */
export function absorbedBy(h: UnitHistory, u: AdministrativeUnit): { unit: AdministrativeUnit; date: string }[] {
  return wardsOf(h.units).flatMap((w) => {
    const m = mergedInto(h, w);
    return m && sameUnit(m.unit, u) ? [{ unit: w, date: m.date }] : [];
  });
}
