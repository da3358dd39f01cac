/**
 * The ward ranking's client-safe half: types, ranking and bar layout. It imports no schema
 * module (those pull in zod at runtime), so the enhancer can re-run it in the browser.
 */
import { formatCount, formatNumber, formatPercent } from '../format';
import { barsLayout, type BarRowInput, type BarsInput, type BarsLayout, type LegendItem, type RefLineInput } from './bars';
import { stepDigits } from './scale';
import { ariaSuffix, kindsOf, shownValues, tipLine, valueProvenance, type RowProvenance, type ShownValue, type ValueProvenance } from '../provenance';

/** What the bars show: the poor rate, the near-poor rate, or both stacked. */
export type WardMeasure = 'poor' | 'near' | 'both';

/** The three measures, in switch order, with their Vietnamese labels. */
export const WARD_MEASURES: readonly { value: WardMeasure; label: string }[] = [
  { value: 'poor', label: 'Hộ nghèo' },
  { value: 'near', label: 'Hộ cận nghèo' },
  { value: 'both', label: 'Cả hai (xếp chồng)' },
];

/** One unit (or the city) in one year. Plain data, serialisable to the client. */
export interface WardItem {
  code: string;
  /** Short name, as on the bar: "Đô Vinh". */
  name: string;
  /** Full label: "Phường Đô Vinh", "Toàn thành phố". */
  label: string;
  poorRate: number;
  nearRate: number;
  poorHouseholds: number;
  nearHouseholds: number;
  totalHouseholds: number;
  /** The row's provenance and official columns, as in ward-poverty.csv. */
  provenance: RowProvenance;
  official_fields: string | null;
  source: string;
  note: string | null;
}

/** The item as a row keyed by the ward-poverty columns it shows. */
function asRow(i: WardItem) {
  return { provenance: i.provenance, official_fields: i.official_fields, poor_rate: i.poorRate, near_poor_rate: i.nearRate, poor_households: i.poorHouseholds, near_poor_households: i.nearHouseholds, total_households: i.totalHouseholds };
}

/** Columns of ward-poverty a unit's bar, tooltip and table row show. */
export const WARD_FIELDS = ['poor_rate', 'near_poor_rate', 'poor_households', 'near_poor_households', 'total_households'] as const;

/** The values shown for an item (all of WARD_FIELDS unless `fields` narrows them). */
export function wardShown(i: WardItem, year?: number, fields: readonly string[] = WARD_FIELDS): ShownValue[] {
  return shownValues(asRow(i), fields, { unit: i.code === '582' ? 'toàn thành phố' : i.label, ...(year !== undefined ? { year } : {}) });
}

/** Whether one of an item's values is official. */
export function wardValueProvenance(i: WardItem, field: string): ValueProvenance {
  return valueProvenance(i, field);
}

/** One year of the review: the units, in data order, and the city row. */
export interface WardYear {
  year: number;
  items: WardItem[];
  city: WardItem | null;
}

/** The plan's end-of-2024 rate targets (percent), from plan-targets. */
export interface RateTargets {
  poor: number | null;
  near: number | null;
  year: number;
  source: string;
  provenance: ValueProvenance;
}

/** Ids of the two rate targets in plan-targets.csv. */
export const TARGET_IDS = { poor: 'ty-le-ho-ngheo', near: 'ty-le-ho-can-ngheo' } as const;

/** The value a measure ranks by. */
export function rankValue(i: WardItem, m: WardMeasure): number {
  return m === 'near' ? i.nearRate : i.poorRate;
}

/**
 * Units ranked for a measure, highest first. Ties break on the other rate (higher first), then
 * by name in Vietnamese order, so the order is stable and explainable. "Both" ranks by the poor rate.
 */
export function rankWard(items: readonly WardItem[], m: WardMeasure): WardItem[] {
  const other = (i: WardItem) => (m === 'near' ? i.poorRate : i.nearRate);
  return [...items].sort((a, b) => rankValue(b, m) - rankValue(a, m) || other(b) - other(a) || a.name.localeCompare(b.name, 'vi'));
}

/** Tooltip lines for a unit. */
export function wardTip(i: WardItem, year: number): string[] {
  return [
    `${i.label}, năm ${year}`,
    `Hộ nghèo: ${formatPercent(i.poorRate)} (${formatCount(i.poorHouseholds, 'hộ')})`,
    `Hộ cận nghèo: ${formatPercent(i.nearRate)} (${formatCount(i.nearHouseholds, 'hộ')})`,
    `Tổng số hộ: ${formatNumber(i.totalHouseholds)}`,
    tipLine(wardShown(i)),
  ];
}

/** The rate columns a measure draws. */
function rateFields(m: WardMeasure): string[] {
  return m === 'poor' ? ['poor_rate'] : m === 'near' ? ['near_poor_rate'] : ['poor_rate', 'near_poor_rate'];
}

/** Options for the ward bars. */
export interface WardBarsOptions {
  width: number;
  measure: WardMeasure;
  targets: RateTargets | null;
  idPrefix: string;
  highlight?: string | null;
  describedBy?: string;
  /** Printed inside the SVG, e.g. the merger note on 2024. */
  notes?: string[];
  /** Tooltip lines on the bars (the client render sets this; build-time SVGs leave it out). */
  tips?: boolean;
}

function valueLabel(i: WardItem, m: WardMeasure): string {
  if (m === 'poor') return formatPercent(i.poorRate);
  if (m === 'near') return formatPercent(i.nearRate);
  return `${formatPercent(i.poorRate)} + ${formatPercent(i.nearRate)}`;
}

/** The chart's short accessible name for a year and measure. */
export function wardAriaLabel(year: number, count: number, m: WardMeasure): string {
  const what = m === 'poor' ? 'tỷ lệ hộ nghèo' : m === 'near' ? 'tỷ lệ hộ cận nghèo' : 'tỷ lệ hộ nghèo và hộ cận nghèo';
  return `Biểu đồ thanh: ${what} của ${count} phường/xã năm ${year}, xếp từ cao xuống thấp`;
}

/** Turns a year's series into bar rows and reference lines for the shared bar layout. */
export function wardBarsInput(wy: WardYear, o: WardBarsOptions): BarsInput {
  const m = o.measure;
  const ranked = rankWard(wy.items, m);
  const rows: BarRowInput[] = ranked.map((i) => ({
    key: i.code,
    label: i.name,
    segments: m === 'poor' ? [{ value: i.poorRate, kind: 'poor' }] : m === 'near' ? [{ value: i.nearRate, kind: 'near' }] : [{ value: i.poorRate, kind: 'poor' }, { value: i.nearRate, kind: 'near' }],
    valueLabel: valueLabel(i, m),
    aria: `${i.label}: hộ nghèo ${formatPercent(i.poorRate)}, hộ cận nghèo ${formatPercent(i.nearRate)}, năm ${wy.year}${ariaSuffix(kindsOf(wardShown(i, wy.year, rateFields(m))).includes('illustrative') ? 'illustrative' : 'official')}`,
    tip: wardTip(i, wy.year),
    highlight: !!o.highlight && o.highlight === i.code,
  }));
  // Reference lines follow the measure; "both" is ranked by the poor rate, so it shows the poor lines.
  const rate = (i: WardItem) => (m === 'near' ? i.nearRate : i.poorRate);
  const target = m === 'near' ? o.targets?.near : o.targets?.poor;
  const refLines: RefLineInput[] = [];
  const legend: LegendItem[] = [];
  if (m !== 'near') legend.push({ kind: 'poor', label: 'Hộ nghèo' });
  if (m !== 'poor') legend.push({ kind: 'near', label: 'Hộ cận nghèo' });
  const which = m === 'near' ? 'cận nghèo' : 'nghèo';
  if (wy.city) {
    const city = wy.city;
    const aria = `${city.label}: hộ nghèo ${formatPercent(city.poorRate)}, hộ cận nghèo ${formatPercent(city.nearRate)}, năm ${wy.year}. ${tipLine(wardShown(city))}.`;
    refLines.push({ value: rate(city), kind: 'average', mark: { key: city.code, aria, tip: wardTip(city, wy.year) } });
    legend.push({ kind: 'average', label: `Toàn TP (${which}): ${formatPercent(rate(wy.city))}` });
  }
  if (target !== null && target !== undefined) {
    refLines.push({ value: target, kind: 'target' });
    legend.push({ kind: 'target', label: `Chỉ tiêu cuối ${o.targets!.year}: ${formatPercent(target)}` });
  }
  // The stamp follows the values drawn: the bars' rates and the city's average line.
  const drawn = [...wy.items.flatMap((i) => wardShown(i, wy.year, rateFields(m))), ...(wy.city ? wardShown(wy.city, wy.year, rateFields(m === 'both' ? 'poor' : m)) : [])];
  const illustrative = kindsOf(drawn).includes('illustrative');
  return {
    idPrefix: o.idPrefix,
    width: o.width,
    rows,
    refLines,
    legend,
    tickFormat: (v, step) => formatPercent(v, stepDigits(step)),
    illustrative,
    notes: o.notes,
    ariaLabel: wardAriaLabel(wy.year, wy.items.length, m),
    describedBy: o.describedBy,
    tips: o.tips,
  };
}

/** Lays out the ward chart for one year and measure. */
export function wardLayout(wy: WardYear, o: WardBarsOptions): BarsLayout {
  return barsLayout(wardBarsInput(wy, o));
}

