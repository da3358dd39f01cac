/**
 * The ward ranking's client-safe half: types, ranking and bar layout. It imports no schema
 * module (those pull in zod at runtime) and no dictionary: its words come in as a plain `WardWords`
 * object (filled from the dictionary at build time, read back from `data-words` in the browser),
 * so the enhancer re-runs it in the browser in the page's language.
 */
import type { Formats } from '../format';
import { barsLayout, type BarRowInput, type BarsInput, type BarsLayout, type LegendItem, type RefLineInput } from './bars';
import { stepDigits } from './scale';
import { kindsOf, shownValues, valueProvenance, type RowProvenance, type ShownValue, type ValueProvenance } from '../provenance/values';

/** What the bars show: the poor rate, the near-poor rate, or both stacked. */
export type WardMeasure = 'poor' | 'near' | 'both';

/**
 * The words of the ward bars: plain strings with {placeholders}, so they cross to the browser as
 * JSON. Keys are those of the `charts.wardBars` dictionary plus the locale's provenance words.
 */
export interface WardWords {
  poor: string;
  near: string;
  both: string;
  tipHead: string;
  tipPoor: string;
  tipNear: string;
  tipTotal: string;
  households: string;
  rowAria: string;
  cityAria: string;
  cityLegend: string;
  whichPoor: string;
  whichNear: string;
  targetLegend: string;
  ariaPoor: string;
  ariaNear: string;
  ariaBoth: string;
  chartAria: string;
  live: string;
  empty: string;
  /** The stamp inside the SVG ("Số liệu minh họa"). */
  stamp: string;
  /** Accessible-name suffix of an illustrative value (", số liệu minh họa"). */
  illSuffix: string;
}

/** What the ward layout speaks with: its words, its number formats, and each item's provenance tooltip line. */
export interface WardText {
  words: WardWords;
  fmt: Formats;
  /** The provenance line of an item's tooltip ("Số liệu minh họa"). */
  prov: (i: WardItem) => string;
}

/** Fills {name} placeholders of a template; unknown names stay as they are. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** The three measures, in switch order, with their labels. */
export function wardMeasures(w: WardWords): { value: WardMeasure; label: string }[] {
  return [
    { value: 'poor', label: w.poor },
    { value: 'near', label: w.near },
    { value: 'both', label: w.both },
  ];
}

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
export function wardShown(i: WardItem, year?: number, fields: readonly string[] = WARD_FIELDS, city = 'toàn thành phố'): ShownValue[] {
  // `city` names the city inside provenance sentences (the locale's words; Vietnamese by default).
  return shownValues(asRow(i), fields, { unit: i.code === '582' ? city : i.label, ...(year !== undefined ? { year } : {}) });
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
export function wardTipWith(i: WardItem, year: number, x: WardText): string[] {
  const { words: w, fmt: f } = x;
  return [
    fill(w.tipHead, { label: i.label, year }),
    fill(w.tipPoor, { rate: f.percent(i.poorRate), count: f.count(i.poorHouseholds, w.households) }),
    fill(w.tipNear, { rate: f.percent(i.nearRate), count: f.count(i.nearHouseholds, w.households) }),
    fill(w.tipTotal, { n: f.number(i.totalHouseholds) }),
    x.prov(i),
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

function valueLabel(i: WardItem, m: WardMeasure, f: Formats): string {
  if (m === 'poor') return f.percent(i.poorRate);
  if (m === 'near') return f.percent(i.nearRate);
  return `${f.percent(i.poorRate)} + ${f.percent(i.nearRate)}`;
}

/** The chart's short accessible name for a year and measure. */
export function wardAriaLabelWith(year: number, count: number, m: WardMeasure, w: WardWords): string {
  const what = m === 'poor' ? w.ariaPoor : m === 'near' ? w.ariaNear : w.ariaBoth;
  return fill(w.chartAria, { what, count, year });
}

/** Turns a year's series into bar rows and reference lines for the shared bar layout. */
export function wardBarsInputWith(wy: WardYear, o: WardBarsOptions, x: WardText): BarsInput {
  const { words: w, fmt: f } = x;
  const m = o.measure;
  const ranked = rankWard(wy.items, m);
  const rows: BarRowInput[] = ranked.map((i) => ({
    key: i.code,
    label: i.name,
    segments: m === 'poor' ? [{ value: i.poorRate, kind: 'poor' }] : m === 'near' ? [{ value: i.nearRate, kind: 'near' }] : [{ value: i.poorRate, kind: 'poor' }, { value: i.nearRate, kind: 'near' }],
    valueLabel: valueLabel(i, m, f),
    aria: fill(w.rowAria, { label: i.label, poor: f.percent(i.poorRate), near: f.percent(i.nearRate), year: wy.year, suffix: kindsOf(wardShown(i, wy.year, rateFields(m))).includes('illustrative') ? w.illSuffix : '' }),
    tip: wardTipWith(i, wy.year, x),
    highlight: !!o.highlight && o.highlight === i.code,
  }));
  // Reference lines follow the measure; "both" is ranked by the poor rate, so it shows the poor lines.
  const rate = (i: WardItem) => (m === 'near' ? i.nearRate : i.poorRate);
  const target = m === 'near' ? o.targets?.near : o.targets?.poor;
  const refLines: RefLineInput[] = [];
  const legend: LegendItem[] = [];
  if (m !== 'near') legend.push({ kind: 'poor', label: w.poor });
  if (m !== 'poor') legend.push({ kind: 'near', label: w.near });
  const which = m === 'near' ? w.whichNear : w.whichPoor;
  if (wy.city) {
    const city = wy.city;
    const aria = fill(w.cityAria, { label: city.label, poor: f.percent(city.poorRate), near: f.percent(city.nearRate), year: wy.year, prov: x.prov(city) });
    refLines.push({ value: rate(city), kind: 'average', mark: { key: city.code, aria, tip: wardTipWith(city, wy.year, x) } });
    legend.push({ kind: 'average', label: fill(w.cityLegend, { which, rate: f.percent(rate(wy.city)) }) });
  }
  if (target !== null && target !== undefined) {
    refLines.push({ value: target, kind: 'target' });
    legend.push({ kind: 'target', label: fill(w.targetLegend, { year: o.targets!.year, rate: f.percent(target) }) });
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
    tickFormat: (v, step) => f.percent(v, stepDigits(step)),
    illustrative,
    stamp: w.stamp,
    empty: w.empty,
    notes: o.notes,
    ariaLabel: wardAriaLabelWith(wy.year, wy.items.length, m, w),
    describedBy: o.describedBy,
    tips: o.tips,
  };
}

/** Lays out the ward chart for one year and measure. */
export function wardLayoutWith(wy: WardYear, o: WardBarsOptions, x: WardText): BarsLayout {
  return barsLayout(wardBarsInputWith(wy, o, x));
}
