/**
 * Ward poverty ranking: rows → one year's series → ranked bars. Also the generated long
 * description and the table/CSV of exactly what the chart shows. Takes rows as arguments
 * (never reads files), so tests use fixtures and the client can re-run the layout.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { CITY_CODE } from '../../schemas/common';
import type { PlanTarget } from '../../schemas/plan';
import type { WardPoverty } from '../../schemas/ward-poverty';
import { formatsFor } from '../format';
import { strings, type Locale } from '../i18n/index';
import type { CsvValue } from '../csv/write';
import type { ChartTable } from './table';
import type { BarsInput, BarsLayout } from './bars';
import { ariaSuffix, kindsOf, provenancePhrase, provenanceTag, restrictProvenance, stampText, tipLine, valueProvenance } from '../provenance';
import { cityLabel, unitIndex, unitOf } from './units';

import {
  TARGET_IDS,
  WARD_FIELDS,
  rankWard,
  wardAriaLabelWith,
  wardBarsInputWith,
  wardLayoutWith,
  wardMeasures,
  wardShown,
  wardTipWith,
  type RateTargets,
  type WardBarsOptions,
  type WardItem,
  type WardMeasure,
  type WardText,
  type WardWords,
  type WardYear,
} from './ward-bars';

export * from './ward-bars';

/** The ward bars' words in a locale: the `charts.wardBars` strings plus the stamp and the illustrative suffix. */
export function wardWords(locale: Locale = 'vi'): WardWords {
  return { ...strings(locale).charts.wardBars, stamp: stampText(locale), illSuffix: ariaSuffix('illustrative', locale) };
}

/** Everything the ward layout speaks with, in a locale (build time; the browser builds its own from the page). */
export function wardText(locale: Locale = 'vi'): WardText {
  const city = strings(locale).charts.units.cityInSentence;
  return { words: wardWords(locale), fmt: formatsFor(locale), prov: (i) => tipLine(wardShown(i, undefined, WARD_FIELDS, city), locale) };
}

/** The three measures, in switch order, with their Vietnamese labels. */
export const WARD_MEASURES: readonly { value: WardMeasure; label: string }[] = wardMeasures(wardWords('vi'));

/** The three measures with their labels in a locale. */
export function wardMeasuresFor(locale: Locale = 'vi'): { value: WardMeasure; label: string }[] {
  return wardMeasures(wardWords(locale));
}

/** Tooltip lines for a unit. */
export function wardTip(i: WardItem, year: number, locale: Locale = 'vi'): string[] {
  return wardTipWith(i, year, wardText(locale));
}

/** The chart's short accessible name for a year and measure. */
export function wardAriaLabel(year: number, count: number, m: WardMeasure, locale: Locale = 'vi'): string {
  return wardAriaLabelWith(year, count, m, wardWords(locale));
}

/** Turns a year's series into bar rows and reference lines for the shared bar layout. */
export function wardBarsInput(wy: WardYear, o: WardBarsOptions, locale: Locale = 'vi'): BarsInput {
  return wardBarsInputWith(wy, o, wardText(locale));
}

/** Lays out the ward chart for one year and measure. */
export function wardLayout(wy: WardYear, o: WardBarsOptions, locale: Locale = 'vi'): BarsLayout {
  return wardLayoutWith(wy, o, wardText(locale));
}

/** The years present in the data, ascending. */
export function wardYears(rows: readonly WardPoverty[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

/** One year's series, joined with unit names. Units keep their data order; the city (582) is set apart. */
export function wardYear(rows: readonly WardPoverty[], units: readonly AdministrativeUnit[], year: number, locale: Locale = 'vi'): WardYear {
  const idx = unitIndex(units, locale);
  const items: WardItem[] = [];
  let city: WardItem | null = null;
  for (const r of rows) {
    if (r.year !== year) continue;
    const u = unitOf(idx, r.unit_code);
    const item: WardItem = {
      code: r.unit_code,
      name: r.unit_code === CITY_CODE ? cityLabel(locale) : u.name,
      label: u.label,
      poorRate: r.poor_rate,
      nearRate: r.near_poor_rate,
      poorHouseholds: r.poor_households,
      nearHouseholds: r.near_poor_households,
      totalHouseholds: r.total_households,
      provenance: r.provenance,
      official_fields: r.official_fields ?? null,
      source: r.source,
      note: r.note ?? null,
    };
    if (r.unit_code === CITY_CODE) city = item;
    else items.push(item);
  }
  return { year, items, city };
}

/** The 2024 rate targets; null values when the plan has none. */
export function rateTargets(targets: readonly PlanTarget[]): RateTargets {
  const poor = targets.find((t) => t.id === TARGET_IDS.poor);
  const near = targets.find((t) => t.id === TARGET_IDS.near);
  return {
    poor: poor?.target ?? null,
    near: near?.target ?? null,
    year: 2024,
    source: poor?.source ?? near?.source ?? '',
    provenance: poor ? valueProvenance(poor, 'target') : near ? valueProvenance(near, 'target') : 'official',
  };
}

/** The group of items sharing the first value of an already-sorted list. */
function leadGroup(sorted: readonly WardItem[], value: (i: WardItem) => number): WardItem[] {
  const first = sorted[0];
  if (!first) return [];
  return sorted.filter((i) => value(i) === value(first));
}

/** Tied units, named in Vietnamese alphabetical order. */
function names(items: readonly WardItem[], locale: Locale): string {
  const ls = [...items].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((i) => i.label);
  return ls.length <= 1 ? ls.join('') : `${ls.slice(0, -1).join(', ')} ${strings(locale).provenance.and} ${ls[ls.length - 1]}`;
}

function compare(v: number, t: number, locale: Locale): string {
  const w = strings(locale).charts.ward;
  return v < t ? w.lower : v > t ? w.higher : w.equal;
}

/**
 * The long description of one year, generated from the data, e.g. "Năm 2024 (13 phường/xã,
 * số liệu minh họa): Xã Thành Hải có tỷ lệ hộ nghèo cao nhất (1,44%), …". Items carry labels
 * in the same locale (wardYear(…, locale)).
 */
export function describeWard(wy: WardYear, targets: RateTargets | null, locale: Locale = 'vi'): string {
  const w = strings(locale).charts.ward;
  const pc = formatsFor(locale).percent;
  const n = wy.items.length;
  const prov = provenancePhrase(kindsOf(wy.items.flatMap((i) => wardShown(i, wy.year, ['poor_rate', 'near_poor_rate']))), locale);
  if (n === 0) return w.none(wy.year);
  const parts: string[] = [];
  if (n === 1) {
    const only = wy.items[0]!;
    parts.push(w.only(wy.year, only.label, prov, pc(only.poorRate), pc(only.nearRate)));
  } else {
    const byPoor = rankWard(wy.items, 'poor');
    const top = leadGroup(byPoor, (i) => i.poorRate);
    const bottom = leadGroup([...byPoor].reverse(), (i) => i.poorRate);
    let s = w.head(wy.year, n, prov);
    if (top.length === n) {
      s += w.allSame(pc(top[0]!.poorRate));
    } else {
      s += top.length === 1 ? w.top(top[0]!.label, pc(top[0]!.poorRate)) : w.topTied(names(top, locale), pc(top[0]!.poorRate));
      const next = byPoor.slice(top.length, top.length + 2).filter((i) => !bottom.includes(i));
      if (top.length === 1 && next.length) s += w.next(next.map((i) => `${i.label} (${pc(i.poorRate)})`).join(w.nextJoin));
      s += '. ';
      s += bottom.length === 1 ? w.bottom(bottom[0]!.label, pc(bottom[0]!.poorRate)) : w.bottomTied(names(bottom, locale), pc(bottom[0]!.poorRate));
    }
    parts.push(s);
  }
  if (wy.city) {
    const c = wy.city;
    let s = w.city(pc(c.poorRate), provenanceTag(valueProvenance(c, 'poor_rate'), locale));
    if (targets?.poor != null) s += w.vsTarget(compare(c.poorRate, targets.poor, locale), targets.year, pc(targets.poor));
    if (n > 1) {
      const above = wy.items.filter((i) => i.poorRate > c.poorRate).length;
      s += w.above(above, n);
    }
    parts.push(`${s}.`);
  }
  if (n > 1) {
    const byNear = rankWard(wy.items, 'near');
    const hi = byNear[0]!;
    const lo = byNear[byNear.length - 1]!;
    let s = w.near(hi.label, pc(hi.nearRate), lo.label, pc(lo.nearRate));
    if (wy.city) s += w.nearCity(pc(wy.city.nearRate));
    if (wy.city && targets?.near != null) s += w.nearTarget(compare(wy.city.nearRate, targets.near, locale), pc(targets.near));
    parts.push(`${s}.`);
  }
  return parts.join(' ');
}

/** CSV/table columns of the ward chart. */
export const WARD_COLUMNS = [
  { key: 'row_type', label: 'Loại dòng', kind: 'text', table: false },
  { key: 'year', label: 'Năm', kind: 'text', table: false },
  { key: 'unit_code', label: 'Mã đơn vị', kind: 'text', table: false },
  { key: 'unit_name', label: 'Đơn vị', kind: 'text' },
  { key: 'poor_rate', label: 'Tỷ lệ hộ nghèo', kind: 'percent' },
  { key: 'near_poor_rate', label: 'Tỷ lệ hộ cận nghèo', kind: 'percent' },
  { key: 'poor_households', label: 'Số hộ nghèo', kind: 'int' },
  { key: 'near_poor_households', label: 'Số hộ cận nghèo', kind: 'int' },
  { key: 'total_households', label: 'Tổng số hộ', kind: 'int' },
  { key: 'provenance', label: 'Nguồn gốc', kind: 'provenance' },
  { key: 'official_fields', label: 'Cột chính thức', kind: 'text', table: false },
  { key: 'source', label: 'Nguồn', kind: 'text', table: false },
] as const satisfies ChartTable['columns'];

/** The ward columns with headers in a locale. */
export function wardColumns(locale: Locale = 'vi'): ChartTable['columns'] {
  const h = strings(locale).charts.ward.columns;
  return WARD_COLUMNS.map((c) => ({ ...c, label: h[c.key] ?? c.label }));
}

/**
 * Exactly what the chart shows for a year: units in ranked order (by the poor rate), then the
 * city row (the average line) and the plan's target row (the target line).
 */
export function wardTable(wy: WardYear, targets: RateTargets | null, locale: Locale = 'vi'): ChartTable {
  const w = strings(locale).charts.ward;
  const row = (type: string, i: WardItem): Record<string, CsvValue> => ({
    row_type: type,
    year: wy.year,
    unit_code: i.code,
    unit_name: i.label,
    poor_rate: i.poorRate,
    near_poor_rate: i.nearRate,
    poor_households: i.poorHouseholds,
    near_poor_households: i.nearHouseholds,
    total_households: i.totalHouseholds,
    ...restrictProvenance({ provenance: i.provenance, official_fields: i.official_fields, poor_rate: i.poorRate, near_poor_rate: i.nearRate, poor_households: i.poorHouseholds, near_poor_households: i.nearHouseholds, total_households: i.totalHouseholds }, WARD_FIELDS),
    source: i.source,
  });
  const rows = rankWard(wy.items, 'poor').map((i) => row('phuong-xa', i));
  if (wy.city) rows.push(row('toan-thanh-pho', wy.city));
  if (targets && (targets.poor !== null || targets.near !== null)) {
    rows.push({
      row_type: 'chi-tieu',
      year: targets.year,
      unit_code: CITY_CODE,
      unit_name: w.targetRow(targets.year),
      poor_rate: targets.poor,
      near_poor_rate: targets.near,
      poor_households: null,
      near_poor_households: null,
      total_households: null,
      provenance: targets.provenance,
      official_fields: null,
      source: targets.source,
    });
  }
  return { caption: w.caption(wy.year), columns: wardColumns(locale), rows };
}
