/**
 * Ward poverty ranking: rows → one year's series → ranked bars. Also the generated long
 * description and the table/CSV of exactly what the chart shows. Takes rows as arguments
 * (never reads files), so tests use fixtures and the client can re-run the layout.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { CITY_CODE } from '../../schemas/common';
import type { PlanTarget } from '../../schemas/plan';
import type { WardPoverty } from '../../schemas/ward-poverty';
import { formatPercent } from '../format';
import type { CsvValue } from '../csv/write';
import { provenancePhrase, type ChartTable } from './table';
import { kindsOf, provenanceTag, restrictProvenance, valueProvenance } from '../provenance';
import { CITY_LABEL, unitIndex, unitOf } from './units';

import { TARGET_IDS, WARD_FIELDS, rankWard, wardShown, type RateTargets, type WardItem, type WardYear } from './ward-bars';

export * from './ward-bars';

/** The years present in the data, ascending. */
export function wardYears(rows: readonly WardPoverty[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

/** One year's series, joined with unit names. Units keep their data order; the city (582) is set apart. */
export function wardYear(rows: readonly WardPoverty[], units: readonly AdministrativeUnit[], year: number): WardYear {
  const idx = unitIndex(units);
  const items: WardItem[] = [];
  let city: WardItem | null = null;
  for (const r of rows) {
    if (r.year !== year) continue;
    const u = unitOf(idx, r.unit_code);
    const item: WardItem = {
      code: r.unit_code,
      name: r.unit_code === CITY_CODE ? CITY_LABEL : u.name,
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
function names(items: readonly WardItem[]): string {
  const ls = [...items].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((i) => i.label);
  return ls.length <= 1 ? ls.join('') : `${ls.slice(0, -1).join(', ')} và ${ls[ls.length - 1]}`;
}

function compare(v: number, t: number): string {
  return v < t ? 'thấp hơn' : v > t ? 'cao hơn' : 'bằng';
}

/**
 * The long description of one year, generated from the data, e.g. "Năm 2024 (13 phường/xã,
 * số liệu minh họa): Xã Thành Hải có tỷ lệ hộ nghèo cao nhất (1,44%), …".
 */
export function describeWard(wy: WardYear, targets: RateTargets | null): string {
  const n = wy.items.length;
  const prov = provenancePhrase(kindsOf(wy.items.flatMap((i) => wardShown(i, wy.year, ['poor_rate', 'near_poor_rate']))));
  if (n === 0) return `Chưa có số liệu rà soát theo phường/xã năm ${wy.year}.`;
  const parts: string[] = [];
  if (n === 1) {
    const only = wy.items[0]!;
    parts.push(`Năm ${wy.year} chỉ có số liệu của ${only.label} (${prov}): tỷ lệ hộ nghèo ${formatPercent(only.poorRate)}, tỷ lệ hộ cận nghèo ${formatPercent(only.nearRate)}.`);
  } else {
    const byPoor = rankWard(wy.items, 'poor');
    const top = leadGroup(byPoor, (i) => i.poorRate);
    const bottom = leadGroup([...byPoor].reverse(), (i) => i.poorRate);
    let s = `Năm ${wy.year} (${n} phường/xã, ${prov}): `;
    if (top.length === n) {
      s += `mọi đơn vị có cùng tỷ lệ hộ nghèo (${formatPercent(top[0]!.poorRate)}).`;
    } else {
      s += top.length === 1 ? `${top[0]!.label} có tỷ lệ hộ nghèo cao nhất (${formatPercent(top[0]!.poorRate)})` : `${names(top)} cùng có tỷ lệ hộ nghèo cao nhất (${formatPercent(top[0]!.poorRate)})`;
      const next = byPoor.slice(top.length, top.length + 2).filter((i) => !bottom.includes(i));
      if (top.length === 1 && next.length) s += `, tiếp theo là ${next.map((i) => `${i.label} (${formatPercent(i.poorRate)})`).join(' và ')}`;
      s += '. ';
      s += bottom.length === 1 ? `${bottom[0]!.label} thấp nhất (${formatPercent(bottom[0]!.poorRate)}).` : `${names(bottom)} cùng thấp nhất (${formatPercent(bottom[0]!.poorRate)}).`;
    }
    parts.push(s);
  }
  if (wy.city) {
    const c = wy.city;
    let s = `Tỷ lệ hộ nghèo của toàn thành phố là ${formatPercent(c.poorRate)} (${provenanceTag(valueProvenance(c, 'poor_rate'))})`;
    if (targets?.poor != null) s += `, ${compare(c.poorRate, targets.poor)} chỉ tiêu cuối năm ${targets.year} (${formatPercent(targets.poor)})`;
    if (n > 1) {
      const above = wy.items.filter((i) => i.poorRate > c.poorRate).length;
      s += `; ${above} trên ${n} đơn vị cao hơn mức chung`;
    }
    parts.push(`${s}.`);
  }
  if (n > 1) {
    const byNear = rankWard(wy.items, 'near');
    const hi = byNear[0]!;
    const lo = byNear[byNear.length - 1]!;
    let s = `Tỷ lệ hộ cận nghèo cao nhất ở ${hi.label} (${formatPercent(hi.nearRate)}), thấp nhất ở ${lo.label} (${formatPercent(lo.nearRate)})`;
    if (wy.city) s += `; toàn thành phố ${formatPercent(wy.city.nearRate)}`;
    if (wy.city && targets?.near != null) s += `, ${compare(wy.city.nearRate, targets.near)} chỉ tiêu ${formatPercent(targets.near)}`;
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

/**
 * Exactly what the chart shows for a year: units in ranked order (by the poor rate), then the
 * city row (the average line) and the plan's target row (the target line).
 */
export function wardTable(wy: WardYear, targets: RateTargets | null): ChartTable {
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
      unit_name: `Chỉ tiêu cuối năm ${targets.year}`,
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
  return { caption: `Tỷ lệ hộ nghèo, hộ cận nghèo theo phường/xã năm ${wy.year}`, columns: [...WARD_COLUMNS], rows };
}
