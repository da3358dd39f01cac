/**
 * Unit names and mergers, derived from administrative-units and unit-changes rows (never hard-coded),
 * so a renamed or merged unit shows up in every chart from the data alone.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { CITY_CODE } from '../../schemas/common';
import { formatsFor } from '../format';
import { strings, type Locale } from '../i18n/index';
import { joinAnd } from '../provenance/wording';
import type { UnitChange } from '../../schemas/unit-change';
import { inScope, mergedIntoWard, unitLabelFor, unitSlug, wardsOf } from '../units/index';

/** What a chart needs to know about a unit. */
export interface UnitInfo {
  code: string;
  name: string;
  /** "Phường", "Xã" or "Thành phố". */
  type: string;
  /** Name with its type, capitalised for the start of a sentence: "Phường Đô Vinh", "Xã Thành Hải". */
  label: string;
  /** URL slug of the unit page: slugify(name), e.g. "do-vinh". */
  slug: string;
  /** Last day in force (ISO) or null. */
  validTo: string | null;
}

const T = (locale: Locale) => strings(locale).charts.units;

/** The city's label in charts and tables, in a locale. */
export function cityLabel(locale: Locale = 'vi'): string {
  return T(locale).city;
}

/** The city's label in charts and tables. */
export const CITY_LABEL = cityLabel('vi');

/** Indexes the city and its phường/xã by GSO code (later units that reuse a code are not the city's). Labels in `locale`. */
export function unitIndex(units: readonly AdministrativeUnit[], locale: Locale = 'vi'): Map<string, UnitInfo> {
  const m = new Map<string, UnitInfo>();
  const label = unitLabelFor(locale);
  for (const u of units.filter(inScope)) {
    m.set(u.gso_code, {
      code: u.gso_code,
      name: u.name,
      type: u.type,
      label: u.gso_code === CITY_CODE ? cityLabel(locale) : label(u),
      slug: unitSlug(u),
      validTo: u.valid_to ?? null,
    });
  }
  return m;
}

/** A unit's info, or a placeholder built from the code when the unit is unknown. */
export function unitOf(index: Map<string, UnitInfo>, code: string, locale: Locale = 'vi'): UnitInfo {
  return index.get(code) ?? { code, name: code, type: '', label: T(locale).unknown(code), slug: code, validTo: null };
}

/** A unit inside a sentence: "phường Đô Vinh" (the type lower-cased), "Đô Vinh ward". */
export function inSentence(u: UnitInfo, locale: Locale = 'vi'): string {
  return u.code === CITY_CODE ? T(locale).cityInSentence : T(locale).inSentence(u.label, u.type, u.name);
}

/** `inSentence` in a locale, as a one-argument function for `map`. */
export function inSentenceFor(locale: Locale): (u: UnitInfo) => string {
  return (u) => inSentence(u, locale);
}

/** A merger: units that ended the day before `date` and joined `into`. */
export interface Merger {
  date: string;
  into: UnitInfo;
  from: UnitInfo[];
}

/**
 * Mergers read from the data (data/unit-changes.csv): units of the city that ended by going, whole,
 * into another unit of the city already in force (src/lib/units decides what counts).
 */
export function mergers(units: readonly AdministrativeUnit[], changes: readonly UnitChange[], locale: Locale = 'vi'): Merger[] {
  const h = { units, changes };
  const index = unitIndex(units, locale);
  const groups = new Map<string, Merger>();
  for (const u of wardsOf(units)) {
    const m = mergedIntoWard(h, u);
    if (!m) continue;
    const key = `${m.unit.gso_code}|${m.date}`;
    const g = groups.get(key) ?? { date: m.date, into: unitOf(index, m.unit.gso_code), from: [] };
    g.from.push(unitOf(index, u.gso_code));
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => a.date.localeCompare(b.date) || a.into.name.localeCompare(b.into.name, 'vi'));
}

/**
 * One sentence on the mergers, e.g. "Từ 1/11/2024, phường Mỹ Hương và phường Tấn Tài nhập vào
 * phường Kinh Dinh; phường Thanh Sơn nhập vào phường Phủ Hà." Empty when there are none.
 */
export function mergerSentence(ms: readonly Merger[], locale: Locale = 'vi'): string {
  if (ms.length === 0) return '';
  const t = T(locale);
  const f = formatsFor(locale);
  const say = inSentenceFor(locale);
  const byDate = new Map<string, Merger[]>();
  for (const m of ms) byDate.set(m.date, [...(byDate.get(m.date) ?? []), m]);
  return [...byDate.entries()]
    .map(([date, list]) => t.mergedOn(f.date(date), list.map((m) => t.mergedInto(joinAnd(m.from.map(say), locale), say(m.into))).join('; ')))
    .join(' ');
}
