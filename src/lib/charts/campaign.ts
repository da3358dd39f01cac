/**
 * The “Vì người nghèo” campaign charts, all on the shared bar layout: money raised by year,
 * money by unit for one year, houses built against the plan's target (bullet), and households
 * helped by kind of support. Each has its description and the table of exactly its rows.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import type { CampaignRow } from '../../schemas/campaign';
import { CITY_CODE } from '../../schemas/common';
import type { CsvValue } from '../csv/write';
import { formatCount, formatNumber, formatVnd } from '../format';
import type { BarRowInput, BarsInput } from './bars';
import { provenancePhrase, type ChartTable } from './table';
import { kindsOf, provenanceTag, restrictProvenance, resultClaim, valueProvenance, type ValueProvenance } from '../provenance';
import { CITY_LABEL, unitIndex, unitOf } from './units';

/** Shared options: width, id prefix and the description's id. */
export interface CampaignOptions {
  width: number;
  idPrefix: string;
  describedBy?: string;
}

/** City-wide actual rows, by year ascending. */
export function cityActuals(rows: readonly CampaignRow[]): CampaignRow[] {
  return rows.filter((r) => r.unit_code === CITY_CODE && r.kind === 'actual').sort((a, b) => a.year - b.year);
}

/** Years that have campaign rows for units (not only the city), ascending. */
export function campaignYears(rows: readonly CampaignRow[]): number[] {
  return [...new Set(rows.filter((r) => r.kind === 'actual' && r.unit_code !== CITY_CODE).map((r) => r.year))].sort((a, b) => a - b);
}

/** Money tick label: "0", "250 triệu", "1,5 tỷ". */
export function moneyTick(v: number): string {
  if (v === 0) return '0';
  return formatVnd(v).replace(/ đồng$/, '');
}

/** Whether any of the rows' values in `field` is illustrative (those are the values drawn). */
const isIllustrative = (rs: readonly CampaignRow[], field: keyof CampaignRow & string) => rs.some((r) => r[field] !== null && valueProvenance(r, field) === 'illustrative');
const kindsIn = (rs: readonly CampaignRow[], field: string) => kindsOf(rs.map((r) => ({ provenance: valueProvenance(r, field) })));

// ---- 1. Money by year --------------------------------------------------------------

/** Bars: one per year, chronological. */
export function moneyByYearInput(rows: readonly CampaignRow[], o: CampaignOptions): BarsInput {
  const city = cityActuals(rows).filter((r) => r.money_raised_vnd !== null);
  return {
    idPrefix: o.idPrefix,
    width: o.width,
    rows: city.map((r) => ({
      key: String(r.year),
      label: `Năm ${r.year}`,
      segments: [{ value: r.money_raised_vnd!, kind: 'plain' }],
      valueLabel: formatVnd(r.money_raised_vnd!),
      aria: `Năm ${r.year}: ${formatVnd(r.money_raised_vnd!)}`,
      tip: [`Năm ${r.year}`, formatVnd(r.money_raised_vnd!)],
    })),
    legend: [{ kind: 'plain', label: 'Tiền vận động cả thành phố' }],
    tickFormat: moneyTick,
    illustrative: isIllustrative(city, 'money_raised_vnd'),
    ariaLabel: `Biểu đồ thanh: tiền vận động Quỹ “Vì người nghèo” của thành phố theo năm, ${city.map((r) => r.year).join(', ')}`,
    describedBy: o.describedBy,
  };
}

/** Description of money by year. */
export function describeMoneyByYear(rows: readonly CampaignRow[]): string {
  const city = cityActuals(rows).filter((r) => r.money_raised_vnd !== null);
  if (city.length === 0) return 'Chưa có số liệu tiền vận động theo năm.';
  const a = city[0]!;
  const b = city[city.length - 1]!;
  const prov = provenancePhrase(kindsIn(city, 'money_raised_vnd'));
  if (city.length === 1) return `Năm ${a.year}, Quỹ “Vì người nghèo” của thành phố vận động được ${formatVnd(a.money_raised_vnd!)} (${prov}).`;
  const rising = city.every((r, i) => i === 0 || r.money_raised_vnd! > city[i - 1]!.money_raised_vnd!);
  const max = city.reduce((m, r) => (r.money_raised_vnd! > m.money_raised_vnd! ? r : m));
  const total = city.reduce((s, r) => s + r.money_raised_vnd!, 0);
  return (
    `Quỹ “Vì người nghèo” của thành phố vận động được ${formatVnd(a.money_raised_vnd!)} năm ${a.year} và ${formatVnd(b.money_raised_vnd!)} năm ${b.year} (${prov})` +
    `${rising ? ', tăng qua từng năm' : `; cao nhất là năm ${max.year} (${formatVnd(max.money_raised_vnd!)})`}. ` +
    `Tổng ${city.length} năm: ${formatVnd(total)}.`
  );
}

/** Table of money by year. */
export function moneyByYearTable(rows: readonly CampaignRow[]): ChartTable {
  const city = cityActuals(rows).filter((r) => r.money_raised_vnd !== null);
  return {
    caption: 'Tiền vận động Quỹ “Vì người nghèo” của thành phố theo năm',
    columns: [
      { key: 'year', label: 'Năm', kind: 'text' },
      { key: 'unit_code', label: 'Mã đơn vị', kind: 'text', table: false },
      { key: 'unit_name', label: 'Đơn vị', kind: 'text', table: false },
      { key: 'money_raised_vnd', label: 'Tiền vận động', kind: 'vnd' },
      { key: 'provenance', label: 'Nguồn gốc', kind: 'provenance' },
      { key: 'official_fields', label: 'Cột chính thức', kind: 'text', table: false },
      { key: 'source', label: 'Nguồn', kind: 'text', table: false },
    ],
    rows: city.map((r) => ({ year: r.year, unit_code: r.unit_code, unit_name: CITY_LABEL, money_raised_vnd: r.money_raised_vnd, ...restrictProvenance(r, ['money_raised_vnd']), source: r.source })),
  };
}

// ---- 2. Money by unit, one year ----------------------------------------------------

interface UnitMoney {
  code: string;
  name: string;
  label: string;
  money: number;
  provenance: ValueProvenance;
  source: string;
}

/** Units' money in a year, highest first (ties by name). */
export function moneyByUnit(rows: readonly CampaignRow[], units: readonly AdministrativeUnit[], year: number): UnitMoney[] {
  const idx = unitIndex(units);
  return rows
    .filter((r) => r.year === year && r.kind === 'actual' && r.unit_code !== CITY_CODE && r.money_raised_vnd !== null)
    .map((r) => {
      const u = unitOf(idx, r.unit_code);
      return { code: r.unit_code, name: u.name, label: u.label, money: r.money_raised_vnd!, provenance: valueProvenance(r, 'money_raised_vnd'), source: r.source };
    })
    .sort((a, b) => b.money - a.money || a.name.localeCompare(b.name, 'vi'));
}

/** Bars: units ranked by money raised in `year`. */
export function moneyByUnitInput(rows: readonly CampaignRow[], units: readonly AdministrativeUnit[], year: number, o: CampaignOptions & { highlight?: string | null }): BarsInput {
  const items = moneyByUnit(rows, units, year);
  return {
    idPrefix: o.idPrefix,
    width: o.width,
    rows: items.map(
      (i): BarRowInput => ({
        key: i.code,
        label: i.name,
        segments: [{ value: i.money, kind: 'plain' }],
        valueLabel: formatVnd(i.money),
        aria: `${i.label}: ${formatVnd(i.money)} năm ${year}`,
        tip: [`${i.label}, năm ${year}`, formatVnd(i.money)],
        highlight: !!o.highlight && o.highlight === i.code,
      }),
    ),
    legend: [{ kind: 'plain', label: `Tiền vận động năm ${year}` }],
    tickFormat: moneyTick,
    illustrative: items.some((i) => i.provenance === 'illustrative'),
    ariaLabel: `Biểu đồ thanh: tiền vận động của ${items.length} phường/xã năm ${year}, xếp từ cao xuống thấp`,
    describedBy: o.describedBy,
  };
}

/** Description of money by unit in a year. */
export function describeMoneyByUnit(rows: readonly CampaignRow[], units: readonly AdministrativeUnit[], year: number): string {
  const items = moneyByUnit(rows, units, year);
  if (items.length === 0) return `Chưa có số liệu tiền vận động theo phường/xã năm ${year}.`;
  const total = items.reduce((s, i) => s + i.money, 0);
  const prov = provenancePhrase(items.map((i) => i.provenance));
  const top = items[0]!;
  if (items.length === 1) return `Năm ${year} chỉ có số liệu của ${top.label}: ${formatVnd(top.money)} (${prov}).`;
  const low = items[items.length - 1]!;
  const second = items[1]!;
  return (
    `Năm ${year} (${items.length} phường/xã, ${prov}): ${top.label} vận động nhiều nhất (${formatVnd(top.money)})` +
    `${items.length > 2 ? `, tiếp theo là ${second.label} (${formatVnd(second.money)})` : ''}; ${low.label} ít nhất (${formatVnd(low.money)}). ` +
    `Tổng các phường/xã: ${formatVnd(total)}.`
  );
}

/** Table of money by unit in a year, in chart order. */
export function moneyByUnitTable(rows: readonly CampaignRow[], units: readonly AdministrativeUnit[], year: number): ChartTable {
  return {
    caption: `Tiền vận động Quỹ “Vì người nghèo” theo phường/xã năm ${year}`,
    columns: [
      { key: 'year', label: 'Năm', kind: 'text', table: false },
      { key: 'unit_code', label: 'Mã đơn vị', kind: 'text', table: false },
      { key: 'unit_name', label: 'Đơn vị', kind: 'text' },
      { key: 'money_raised_vnd', label: 'Tiền vận động', kind: 'vnd' },
      { key: 'provenance', label: 'Nguồn gốc', kind: 'provenance' },
      { key: 'official_fields', label: 'Cột chính thức', kind: 'text', table: false },
      { key: 'source', label: 'Nguồn', kind: 'text', table: false },
    ],
    rows: moneyByUnit(rows, units, year).map((i) => ({ year, unit_code: i.code, unit_name: i.label, money_raised_vnd: i.money, provenance: i.provenance, official_fields: null, source: i.source })),
  };
}

// ---- 3. Houses built against the target (bullet) -----------------------------------

/** The city's house-building target rows (kind = target), by year. */
export function houseTargets(rows: readonly CampaignRow[]): CampaignRow[] {
  return rows.filter((r) => r.unit_code === CITY_CODE && r.kind === 'target' && r.houses_built !== null).sort((a, b) => a.year - b.year);
}

/** Bars: houses built each year; the year with a target gets a target tick and "x% chỉ tiêu". */
export function housesInput(rows: readonly CampaignRow[], o: CampaignOptions): BarsInput {
  const city = cityActuals(rows).filter((r) => r.houses_built !== null);
  const targets = houseTargets(rows);
  const t = (y: number) => targets.find((r) => r.year === y)?.houses_built ?? undefined;
  return {
    idPrefix: o.idPrefix,
    width: o.width,
    rows: city.map((r) => {
      const target = t(r.year);
      const v = r.houses_built!;
      const pct = target ? `${formatNumber((100 * v) / target)}% chỉ tiêu` : '';
      return {
        key: String(r.year),
        label: `Năm ${r.year}`,
        segments: [{ value: v, kind: 'plain' }],
        valueLabel: `${formatCount(v, 'căn')}${pct ? ` (${pct})` : ''}`,
        aria: `Năm ${r.year}: xây mới ${formatCount(v, 'căn nhà')}${target !== undefined ? `, chỉ tiêu ${formatCount(target, 'căn')}, đạt ${pct}` : ''}`,
        tip: [`Năm ${r.year}`, `Xây mới: ${formatCount(v, 'căn')}`, ...(target !== undefined ? [`Chỉ tiêu: ${formatCount(target, 'căn')} (đạt ${pct})`] : [])],
        marker: target,
      };
    }),
    legend: [
      { kind: 'plain', label: 'Nhà xây mới' },
      ...(targets.length ? [{ kind: 'marker' as const, label: `Chỉ tiêu ${targets.map((r) => `${r.year}: ${formatCount(r.houses_built!, 'căn')}`).join(', ')}` }] : []),
    ],
    tickFormat: (v) => formatNumber(v),
    illustrative: isIllustrative([...city, ...targets], 'houses_built'),
    ariaLabel: `Biểu đồ thanh: số nhà xây mới cho hộ nghèo theo năm, so với chỉ tiêu${targets.length ? ` năm ${targets.map((r) => r.year).join(', ')}` : ''}`,
    describedBy: o.describedBy,
  };
}

/** Description of houses built against the target. */
export function describeHouses(rows: readonly CampaignRow[]): string {
  const city = cityActuals(rows).filter((r) => r.houses_built !== null);
  const targets = houseTargets(rows);
  const parts: string[] = [];
  for (const t of targets) {
    const a = city.find((r) => r.year === t.year);
    let s = `Kế hoạch đặt chỉ tiêu xây mới ${formatCount(t.houses_built!, 'căn nhà')} cho hộ nghèo trong năm ${t.year} (${provenanceTag(valueProvenance(t, 'houses_built'))}).`;
    if (a) {
      const pct = (100 * a.houses_built!) / t.houses_built!;
      s += ` Năm ${t.year} xây mới ${formatCount(a.houses_built!, 'căn')} (${provenanceTag(valueProvenance(a, 'houses_built'))}), bằng ${formatNumber(pct)}% chỉ tiêu, ${resultClaim(pct >= 100, [valueProvenance(a, 'houses_built'), valueProvenance(t, 'houses_built')])}.`;
    } else s += ` Chưa có số liệu thực hiện năm ${t.year}.`;
    parts.push(s);
  }
  const others = city.filter((r) => !targets.some((t) => t.year === r.year));
  if (others.length) parts.push(`Các năm khác (${provenancePhrase(kindsIn(others, 'houses_built'))}): ${others.map((r) => `${r.year}: ${formatCount(r.houses_built!, 'căn')}`).join('; ')}.`);
  return parts.join(' ') || 'Chưa có số liệu nhà xây mới.';
}

/** Table of houses: actual rows by year, then target rows. */
export function housesTable(rows: readonly CampaignRow[]): ChartTable {
  const city = cityActuals(rows).filter((r) => r.houses_built !== null);
  const list = [...city, ...houseTargets(rows)];
  return {
    caption: 'Nhà xây mới cho hộ nghèo so với chỉ tiêu',
    columns: [
      { key: 'year', label: 'Năm', kind: 'text' },
      { key: 'kind', label: 'Loại', kind: 'text' },
      { key: 'unit_code', label: 'Mã đơn vị', kind: 'text', table: false },
      { key: 'houses_built', label: 'Nhà xây mới (căn)', kind: 'int' },
      { key: 'provenance', label: 'Nguồn gốc', kind: 'provenance' },
      { key: 'official_fields', label: 'Cột chính thức', kind: 'text', table: false },
      { key: 'source', label: 'Nguồn', kind: 'text', table: false },
    ],
    rows: list.map((r) => ({ year: r.year, kind: r.kind === 'target' ? 'Chỉ tiêu' : 'Thực hiện', unit_code: r.unit_code, houses_built: r.houses_built, ...restrictProvenance(r, ['houses_built']), source: r.source })),
  };
}

// ---- 4. Households helped by kind --------------------------------------------------

/** Kinds of support: column and Vietnamese label. */
export const HELP_KINDS = [
  { key: 'helped_housing', label: 'Nhà ở' },
  { key: 'helped_livelihood', label: 'Sinh kế' },
  { key: 'helped_health', label: 'Y tế' },
  { key: 'helped_education', label: 'Giáo dục' },
  { key: 'helped_other', label: 'Khác (quà Tết, đột xuất)' },
] as const;

/** The city's households helped in `year`, by kind, most first. Empty when the year has no row. */
export function helpedByKind(rows: readonly CampaignRow[], year: number): { key: string; label: string; value: number; row: CampaignRow }[] {
  const r = cityActuals(rows).find((x) => x.year === year);
  if (!r) return [];
  return HELP_KINDS.map((k) => ({ key: k.key, label: k.label, value: r[k.key] ?? 0, row: r })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'vi'));
}

/** Bars: households helped by kind in a year. */
export function helpedInput(rows: readonly CampaignRow[], year: number, o: CampaignOptions): BarsInput {
  const items = helpedByKind(rows, year);
  const total = items.reduce((s, i) => s + i.value, 0);
  return {
    idPrefix: o.idPrefix,
    width: o.width,
    rows: items.map((i) => ({
      key: i.key,
      label: i.label,
      segments: [{ value: i.value, kind: 'plain' }],
      valueLabel: formatCount(i.value, 'hộ'),
      aria: `${i.label}: ${formatCount(i.value, 'hộ')}${total ? ` (${formatNumber((100 * i.value) / total)}%)` : ''}, năm ${year}`,
      tip: [i.label, formatCount(i.value, 'hộ')],
    })),
    legend: [{ kind: 'plain', label: `Số hộ được hỗ trợ năm ${year}` }],
    tickFormat: (v) => formatNumber(v),
    illustrative: items.some((i) => valueProvenance(i.row, i.key) === 'illustrative'),
    ariaLabel: `Biểu đồ thanh: số hộ được hỗ trợ theo loại hỗ trợ năm ${year}`,
    describedBy: o.describedBy,
  };
}

/** Lower-cases only the first letter, so proper nouns inside ("Tết") keep their capital. */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Description of households helped by kind. */
export function describeHelped(rows: readonly CampaignRow[], year: number): string {
  const items = helpedByKind(rows, year);
  if (items.length === 0) return `Chưa có số liệu hộ được hỗ trợ năm ${year}.`;
  const total = items.reduce((s, i) => s + i.value, 0);
  const share = (v: number) => (total ? `${formatNumber((100 * v) / total)}%` : '0%');
  const [first, ...rest] = items;
  return (
    `Năm ${year}, ${formatCount(total, 'hộ')} được Quỹ “Vì người nghèo” hỗ trợ (${provenancePhrase(kindsOf(items.map((i) => ({ provenance: valueProvenance(i.row, i.key) }))))}). ` +
    `Nhiều nhất là ${lowerFirst(first!.label)}: ${formatCount(first!.value, 'hộ')} (${share(first!.value)}); ` +
    `tiếp theo ${rest.map((i) => `${lowerFirst(i.label)} ${formatCount(i.value, 'hộ')}`).join(', ')}.`
  );
}

/** Table of households helped by kind, in chart order. */
export function helpedTable(rows: readonly CampaignRow[], year: number): ChartTable {
  const items = helpedByKind(rows, year);
  return {
    caption: `Số hộ được hỗ trợ theo loại hỗ trợ năm ${year}`,
    columns: [
      { key: 'year', label: 'Năm', kind: 'text', table: false },
      { key: 'support_kind', label: 'Cột dữ liệu', kind: 'text', table: false },
      { key: 'support_label', label: 'Loại hỗ trợ', kind: 'text' },
      { key: 'households', label: 'Số hộ', kind: 'int' },
      { key: 'provenance', label: 'Nguồn gốc', kind: 'provenance' },
      { key: 'official_fields', label: 'Cột chính thức', kind: 'text', table: false },
      { key: 'source', label: 'Nguồn', kind: 'text', table: false },
    ],
    rows: items.map((i): Record<string, CsvValue> => ({ year, support_kind: i.key, support_label: i.label, households: i.value, provenance: valueProvenance(i.row, i.key), official_fields: null, source: i.row.source })),
  };
}
