/**
 * Poor and near-poor rates by year, for the city or one unit: series, layout (line chart with
 * official points filled and illustrative points hollow, the 2024 targets as ticks), SVG,
 * description and table. Server-only: paths come from d3-shape.
 */
import { line } from 'd3-shape';
import type { WardPoverty } from '../../schemas/ward-poverty';
import type { CsvValue } from '../csv/write';
import { formatsFor } from '../format';
import { strings, type Locale } from '../i18n/index';
import { wardColumns } from './ward';
import { hatchDefs, HALO, legendRows, renderStamp, stampBox, wrapLegend } from './parts';
import { COLORS, FONT_FAMILY } from './color';
import { linear, stepDigits, zeroAxis } from './scale';
import { attrs, dodge, esc, r1, textWidth, wrapText } from './svg';
import { stampText, kindsOf, markLegend, provenanceNote, resultClaim, restrictProvenance, valueProvenance, type RowProvenance, type ShownValue, type ValueProvenance } from '../provenance';
import type { ChartTable } from './table';
import type { RateTargets } from './ward';

/** One year of a unit's rates. */
export interface TrendPoint {
  year: number;
  poor: number;
  near: number;
  /** The row's provenance and official columns, as in ward-poverty.csv. */
  provenance: RowProvenance;
  official_fields: string | null;
  /** Whether each drawn value is official. */
  poorProv: ValueProvenance;
  nearProv: ValueProvenance;
  source: string;
}

/** The values a trend shows, for its provenance sentence. */
export function trendShown(points: readonly TrendPoint[], unit: string): ShownValue[] {
  return points.flatMap((p) => [
    { field: 'poor_rate', provenance: p.poorProv, unit, year: p.year },
    { field: 'near_poor_rate', provenance: p.nearProv, unit, year: p.year },
  ]);
}

/** A unit's points, ascending by year. */
export function trendSeries(rows: readonly WardPoverty[], code: string): TrendPoint[] {
  return rows
    .filter((r) => r.unit_code === code)
    .map((r) => ({
      year: r.year,
      poor: r.poor_rate,
      near: r.near_poor_rate,
      provenance: r.provenance,
      official_fields: r.official_fields ?? null,
      poorProv: valueProvenance(r, 'poor_rate'),
      nearProv: valueProvenance(r, 'near_poor_rate'),
      source: r.source,
    }))
    .sort((a, b) => a.year - b.year);
}

/** Options of the trend layout. */
export interface TrendOptions {
  width: number;
  idPrefix: string;
  /** Years on the x axis (so small multiples share one axis); default the points' years. */
  years?: number[];
  /** Compact small-multiple: shorter, smaller legend. */
  compact?: boolean;
  /** The y axis reaches at least this rate (%): small multiples pass the set's maximum, so they share one scale. */
  yMax?: number;
  targets?: RateTargets | null;
  /** Boundary change: no line is drawn into this year (e.g. 2024 after the merger). */
  breakBefore?: number | null;
  notes?: string[];
  ariaLabel: string;
  describedBy?: string;
}

const F = { tick: 12, value: 12, legend: 12, note: 12 } as const;

/** A laid-out trend chart. */
export interface TrendLayout {
  idPrefix: string;
  width: number;
  height: number;
  ariaLabel: string;
  describedBy: string | null;
  stamp: { x: number; y: number; w: number; h: number; text?: string } | null;
  notes: { x: number; y: number; text: string }[];
  legend: { kind: 'poor' | 'near' | 'target' | 'official' | 'illustrative'; x: number; y: number; text: string }[];
  yTicks: { y: number; text: string }[];
  xTicks: { x: number; y: number; text: string }[];
  plot: { x0: number; x1: number; y0: number; y1: number };
  paths: { kind: 'poor' | 'near'; d: string }[];
  breakX: number | null;
  points: { kind: 'poor' | 'near'; x: number; y: number; official: boolean; year: number; value: number }[];
  labels: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; kind: 'poor' | 'near' | 'target' }[];
  targets: { kind: 'poor' | 'near'; x1: number; x2: number; y: number }[];
}

/** Lays out a trend chart. Empty points give an empty plot with its axes. */
export function trendLayout(points: readonly TrendPoint[], o: TrendOptions, locale: Locale = 'vi'): TrendLayout {
  const tt = strings(locale).charts;
  const formatPercent = formatsFor(locale).percent;
  const W = Math.max(240, o.width);
  const years = o.years && o.years.length ? o.years : points.map((p) => p.year);
  const tgt = o.targets && (o.targets.poor !== null || o.targets.near !== null) ? o.targets : null;
  let y = 0;
  const kinds = kindsOf(points.flatMap((p) => [{ provenance: p.poorProv }, { provenance: p.nearProv }]));
  const stampWords = stampText(locale);
  const stamp = kinds.includes('illustrative') ? stampBox(stampWords, 4) : null;
  if (stamp) y = 28;
  const notes: TrendLayout['notes'] = [];
  for (const n of o.notes ?? []) for (const l of wrapText(n, F.note, W - 8)) notes.push({ x: 4, y: (y += 17) - 4, text: l });
  if (notes.length) y += 4;

  const legendItems: { kind: TrendLayout['legend'][number]['kind']; text: string }[] = [
    { kind: 'poor', text: tt.wardBars.poor },
    { kind: 'near', text: tt.wardBars.near },
  ];
  if (tgt) legendItems.push({ kind: 'target', text: tt.trend.targetLegend(tgt.year) });
  // The filled/hollow key only when both kinds of point are drawn: a single kind needs no key.
  if (kinds.length === 2) legendItems.push(...markLegend(kinds, locale));
  const placed = wrapLegend(legendItems, (it) => 22 + textWidth(it.text, F.legend) + 14, 4, W - 4, 14);
  const legend: TrendLayout['legend'] = placed.map((p) => ({ kind: p.item.kind, x: p.x, y: y + p.row * 20, text: p.item.text }));
  // One row's height even with no entry, so the plot starts at the same place.
  y += Math.max(1, legendRows(placed)) * 20 + 10;

  const plotH = o.compact ? 130 : 210;
  const y0 = y + 6; // top of plot
  const y1 = y0 + plotH; // bottom
  const dataMax = Math.max(0, ...points.flatMap((p) => [p.poor, p.near]), tgt?.poor ?? 0, tgt?.near ?? 0, o.yMax ?? 0);
  const axis = zeroAxis(dataMax, plotH, () => F.tick, 12, 6);
  const tickText = (v: number) => formatPercent(v, stepDigits(axis.step));
  const left = 4 + Math.max(...axis.ticks.map((t) => textWidth(tickText(t), F.tick))) + 8;
  const tgtLabel = (v: number) => tt.trend.targetLabel(formatPercent(v));
  const right = tgt ? Math.max(textWidth(tgtLabel(tgt.poor ?? 0), F.value), textWidth(tgtLabel(tgt.near ?? 0), F.value)) + 30 : 30;
  const x0 = left + 22;
  const x1 = W - right;
  const ys = linear([0, axis.max], [y1, y0]);
  const xOf = (yr: number) => {
    const i = years.indexOf(yr);
    return years.length <= 1 ? (x0 + x1) / 2 : x0 + ((x1 - x0) * Math.max(0, i)) / (years.length - 1);
  };

  const paths: TrendLayout['paths'] = [];
  const mk = line<TrendPoint>().x((p) => r1(xOf(p.year)));
  for (const kind of ['poor', 'near'] as const) {
    const segs: TrendPoint[][] = [[]];
    for (const p of points) {
      if (o.breakBefore != null && p.year === o.breakBefore && segs[segs.length - 1]!.length) segs.push([]);
      segs[segs.length - 1]!.push(p);
    }
    for (const s of segs) {
      if (s.length < 2) continue;
      const d = mk.y((p) => r1(ys(kind === 'poor' ? p.poor : p.near)))(s);
      if (d) paths.push({ kind, d });
    }
  }
  const breakX = o.breakBefore != null && years.includes(o.breakBefore) && years.indexOf(o.breakBefore) > 0 ? (xOf(o.breakBefore) + xOf(years[years.indexOf(o.breakBefore) - 1]!)) / 2 : null;

  const pts: TrendLayout['points'] = points.flatMap((p) => [
    { kind: 'poor' as const, x: xOf(p.year), y: ys(p.poor), official: p.poorProv === 'official', year: p.year, value: p.poor },
    { kind: 'near' as const, x: xOf(p.year), y: ys(p.near), official: p.nearProv === 'official', year: p.year, value: p.near },
  ]);

  // Value labels: above each point; the last year's go to the left of the point (targets sit to the right).
  const labels: TrendLayout['labels'] = [];
  const lastYear = years[years.length - 1];
  for (const p of points) {
    const x = xOf(p.year);
    const isLast = p.year === lastYear && years.length > 1;
    const isFirst = p.year === years[0] && years.length > 1;
    const anchor = isLast ? 'end' : isFirst ? 'start' : 'middle';
    const dx = isLast ? (tgt && p.year === tgt.year ? -17 : -10) : isFirst ? -4 : 0;
    const base = isLast ? [ys(p.poor) + 4, ys(p.near) + 4] : [ys(p.poor) - 10, ys(p.near) - 10];
    const [a, b] = dodge(base, 15, y0 + 2, y1 + 14);
    labels.push({ x: x + dx, y: a!, text: formatPercent(p.poor), anchor, kind: 'poor' });
    labels.push({ x: x + dx, y: b!, text: formatPercent(p.near), anchor, kind: 'near' });
  }
  const targets: TrendLayout['targets'] = [];
  if (tgt && years.includes(tgt.year)) {
    const x = xOf(tgt.year);
    const items = (['poor', 'near'] as const).filter((k) => tgt[k] !== null).map((k) => ({ k, v: tgt[k]! }));
    const ly = dodge(items.map((i) => ys(i.v) + 4), 15, y0 + 2, y1 + 14);
    items.forEach((it, i) => {
      targets.push({ kind: it.k, x1: x - 13, x2: x + 13, y: ys(it.v) });
      labels.push({ x: x + 17, y: ly[i]!, text: tgtLabel(it.v), anchor: 'start', kind: 'target' });
    });
  }

  return {
    idPrefix: o.idPrefix,
    width: W,
    height: r1(y1 + 30),
    ariaLabel: o.ariaLabel,
    describedBy: o.describedBy ?? null,
    stamp,
    notes,
    legend,
    yTicks: axis.ticks.map((t) => ({ y: ys(t), text: tickText(t) })),
    xTicks: years.map((yr) => ({ x: xOf(yr), y: y1 + 20, text: String(yr) })),
    plot: { x0: left, x1: W - 4, y0, y1 },
    paths,
    breakX,
    points: pts,
    labels,
    targets,
  };
}

function marker(kind: 'poor' | 'near', x: number, y: number, official: boolean, idPrefix: string): string {
  const colour = kind === 'poor' ? COLORS.poor : COLORS.near;
  const fill = official ? colour : '#ffffff';
  if (kind === 'poor') return `<circle${attrs({ cx: x, cy: y, r: 5.5, fill, stroke: official ? COLORS.text : colour, 'stroke-width': official ? 2 : 2.5 })}/>`;
  return `<rect${attrs({ x: x - 5, y: y - 5, width: 10, height: 10, fill: official ? `url(#${idPrefix}-hatch)` : fill, stroke: official ? COLORS.text : colour, 'stroke-width': official ? 2 : 2.5 })}/>`;
}

/** Renders a trend layout as a static SVG (role="img"; its description lives next to it). */
export function renderTrendSvg(L: TrendLayout): string {
  const o: string[] = [];
  o.push(`<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', 'font-family': FONT_FAMILY, viewBox: `0 0 ${L.width} ${L.height}`, width: L.width, height: L.height, class: 'chart-svg', role: 'img', 'aria-label': L.ariaLabel, 'aria-describedby': L.describedBy })}>`);
  o.push(hatchDefs(L.idPrefix));
  if (L.stamp) o.push(renderStamp(L.stamp));
  for (const n of L.notes) o.push(`<text${attrs({ x: n.x, y: n.y, 'font-size': F.note, fill: COLORS.text })}>${esc(n.text)}</text>`);
  for (const g of L.legend) {
    const cy = g.y + 7;
    if (g.kind === 'poor') o.push(`<line${attrs({ x1: g.x, y1: cy, x2: g.x + 18, y2: cy, stroke: COLORS.poor, 'stroke-width': 2.5 })}/>${marker('poor', g.x + 9, cy, false, L.idPrefix)}`);
    else if (g.kind === 'near') o.push(`<line${attrs({ x1: g.x, y1: cy, x2: g.x + 18, y2: cy, stroke: COLORS.near, 'stroke-width': 2.5, 'stroke-dasharray': '6 3' })}/>${marker('near', g.x + 9, cy, false, L.idPrefix)}`);
    else if (g.kind === 'target') o.push(`<line${attrs({ x1: g.x, y1: cy, x2: g.x + 18, y2: cy, stroke: COLORS.target, 'stroke-width': 3 })}/>`);
    else o.push(`<circle${attrs({ cx: g.x + 9, cy, r: 5.5, fill: g.kind === 'official' ? COLORS.muted : '#ffffff', stroke: g.kind === 'official' ? COLORS.text : COLORS.muted, 'stroke-width': 2 })}/>`);
    o.push(`<text${attrs({ x: g.x + 22, y: g.y + 11.5, 'font-size': F.legend, fill: COLORS.text })}>${esc(g.text)}</text>`);
  }
  for (const t of L.yTicks) {
    o.push(`<line${attrs({ x1: L.plot.x0, y1: t.y, x2: L.plot.x1, y2: t.y, stroke: COLORS.grid })}/>`);
    o.push(`<text${attrs({ x: L.plot.x0 - 8, y: t.y + 4, 'font-size': F.tick, fill: COLORS.muted, 'text-anchor': 'end' })}>${esc(t.text)}</text>`);
  }
  for (const t of L.xTicks) o.push(`<text${attrs({ x: t.x, y: t.y, 'font-size': F.tick, fill: COLORS.muted, 'text-anchor': 'middle' })}>${esc(t.text)}</text>`);
  if (L.breakX !== null) o.push(`<line${attrs({ x1: L.breakX, y1: L.plot.y0, x2: L.breakX, y2: L.plot.y1, stroke: COLORS.muted, 'stroke-width': 1.5, 'stroke-dasharray': '2 3' })}/>`);
  for (const p of L.paths) o.push(`<path${attrs({ d: p.d, fill: 'none', stroke: p.kind === 'poor' ? COLORS.poor : COLORS.near, 'stroke-width': 2.5, 'stroke-dasharray': p.kind === 'near' ? '6 3' : null })}/>`);
  for (const t of L.targets) o.push(`<line${attrs({ x1: t.x1, y1: t.y, x2: t.x2, y2: t.y, stroke: COLORS.target, 'stroke-width': 3 })}/>`);
  for (const p of L.points) o.push(marker(p.kind, p.x, p.y, p.official, L.idPrefix));
  for (const l of L.labels) {
    o.push(`<text${attrs({ x: l.x, y: l.y, 'font-size': F.value, 'font-weight': 600, fill: l.kind === 'target' ? COLORS.target : COLORS.text, 'text-anchor': l.anchor === 'start' ? null : l.anchor, ...HALO })}>${esc(l.text)}</text>`);
  }
  o.push('</svg>');
  return o.join('');
}

/** "giảm từ 1,55% (2021) xuống còn 0,70% (2024)", "tăng từ … lên …" or "không đổi ở mức …". */
export function changePhrase(from: number, to: number, fromYear?: number, toYear?: number, locale: Locale = 'vi'): string {
  const t = strings(locale).charts.trend;
  const pc = formatsFor(locale).percent;
  if (from === to) return t.same(pc(to));
  const a = `${pc(from)}${fromYear ? ` (${fromYear})` : ''}`;
  const b = `${pc(to)}${toYear ? ` (${toYear})` : ''}`;
  return to < from ? t.down(a, b) : t.up(a, b);
}

/** Long description of a trend, generated from the points and targets (`label` in the same locale). */
export function describeTrend(points: readonly TrendPoint[], label: string, targets: RateTargets | null = null, locale: Locale = 'vi'): string {
  const c = strings(locale).charts;
  const t = c.trend;
  const pc = formatsFor(locale).percent;
  if (points.length === 0) return t.none(label);
  const a = points[0]!;
  const b = points[points.length - 1]!;
  const parts: string[] = [];
  if (points.length === 1) {
    parts.push(t.one(label, a.year, pc(a.poor), pc(a.near)));
  } else {
    parts.push(t.change(label, changePhrase(a.poor, b.poor, a.year, b.year, locale), changePhrase(a.near, b.near, undefined, undefined, locale)));
  }
  const isCity = label.toLocaleLowerCase(locale) === c.units.city.toLocaleLowerCase(locale);
  parts.push(provenanceNote(trendShown(points, isCity ? c.units.cityInSentence : label), t.ofThisChart, locale));
  if (targets && targets.poor !== null && targets.near !== null) {
    const p = points.find((x) => x.year === targets.year);
    let s = t.targets(targets.year, pc(targets.poor), pc(targets.near));
    if (p) {
      s += t.result(p.year, resultClaim(p.poor <= targets.poor, [p.poorProv, targets.provenance], locale), resultClaim(p.near <= targets.near, [p.nearProv, targets.provenance], locale));
    }
    parts.push(`${s}.`);
  }
  return parts.join(' ');
}

/** CSV/table of a trend: one row per year, then the target row when shown. */
export function trendTable(points: readonly TrendPoint[], code: string, label: string, targets: RateTargets | null = null, locale: Locale = 'vi'): ChartTable {
  const c = strings(locale).charts;
  const rows: Record<string, CsvValue>[] = points.map((p) => ({
    row_type: 'so-lieu',
    year: p.year,
    unit_code: code,
    unit_name: label,
    poor_rate: p.poor,
    near_poor_rate: p.near,
    ...restrictProvenance({ provenance: p.provenance, official_fields: p.official_fields, poor_rate: p.poor, near_poor_rate: p.near }, ['poor_rate', 'near_poor_rate']),
    source: p.source,
  }));
  if (targets && (targets.poor !== null || targets.near !== null)) {
    rows.push({ row_type: 'chi-tieu', year: targets.year, unit_code: code, unit_name: c.ward.targetRow(targets.year), poor_rate: targets.poor, near_poor_rate: targets.near, provenance: targets.provenance, official_fields: null, source: targets.source });
  }
  return {
    caption: c.trend.caption(label),
    // The ward table's columns, without the household counts; the year is shown here.
    columns: wardColumns(locale)
      .filter((col) => !['poor_households', 'near_poor_households', 'total_households'].includes(col.key))
      .map((col) => (col.key === 'year' ? { key: col.key, label: col.label, kind: col.kind } : col)),
    rows,
  };
}
