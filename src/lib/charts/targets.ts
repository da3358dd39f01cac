/**
 * Plan targets as dumbbells: for each numeric target with something to compare, the baseline
 * (end of 2023, hollow circle), the 2024 target (diamond) and the actual (square; hatched when
 * illustrative), each panel on its own zero-based scale because units differ (% vs houses).
 */
import type { CampaignRow } from '../../schemas/campaign';
import { CITY_CODE } from '../../schemas/common';
import type { PlanTarget } from '../../schemas/plan';
import type { WardPoverty } from '../../schemas/ward-poverty';
import type { CsvValue } from '../csv/write';
import { formatNumber, formatPercent } from '../format';
import { hatchDefs, renderStamp, HALO } from './bars';
import { COLORS, FONT_FAMILY } from './color';
import { linear, zeroAxis } from './scale';
import { attrs, dodge, esc, textWidth, wrapText } from './svg';
import type { ChartTable } from './table';
import { STAMP_TEXT, combineProvenance, provenanceTag, resultClaim, valueProvenance, type ValueProvenance } from '../provenance';

/** A value reached, with where it comes from. */
export interface Actual {
  value: number;
  year: number;
  provenance: ValueProvenance;
  source: string;
}

/** One target ready to draw. */
export interface TargetItem {
  id: string;
  label: string;
  unit: string;
  baseline: number | null;
  target: number;
  actual: Actual | null;
  /** Whether the target value, and the baseline, are official. */
  provenance: ValueProvenance;
  baselineProvenance: ValueProvenance | null;
  source: string;
}

/** Short labels for targets whose plan wording is long. */
export const TARGET_LABELS: Readonly<Record<string, string>> = {
  'ty-le-ho-ngheo': 'Tỷ lệ hộ nghèo',
  'ty-le-ho-can-ngheo': 'Tỷ lệ hộ cận nghèo',
  'xay-moi-nha-2024': 'Nhà xây mới cho hộ nghèo',
};

/**
 * Actual values derived from the other datasets when plan-targets has none yet: the city's
 * 2024 rates (ward-poverty) and houses built in 2024 (campaign), with their provenance.
 */
export function derivedActuals(poverty: readonly WardPoverty[], campaign: readonly CampaignRow[], year = 2024): Record<string, Actual> {
  const out: Record<string, Actual> = {};
  const city = poverty.find((r) => r.year === year && r.unit_code === CITY_CODE);
  if (city) {
    const src = `ward-poverty.csv, toàn thành phố năm ${year}: ${city.source}`;
    out['ty-le-ho-ngheo'] = { value: city.poor_rate, year, provenance: valueProvenance(city, 'poor_rate'), source: src };
    out['ty-le-ho-can-ngheo'] = { value: city.near_poor_rate, year, provenance: valueProvenance(city, 'near_poor_rate'), source: src };
  }
  const c = campaign.find((r) => r.year === year && r.unit_code === CITY_CODE && r.kind === 'actual');
  if (c && c.houses_built !== null) out['xay-moi-nha-2024'] = { value: c.houses_built, year, provenance: valueProvenance(c, 'houses_built'), source: `campaign.csv, toàn thành phố năm ${year}: ${c.source}` };
  return out;
}

/**
 * Targets to chart: numeric (a target and a unit) with a baseline or an actual to compare.
 * plan-targets' own `actual` wins over a derived one.
 */
export function targetItems(targets: readonly (PlanTarget & { official_fields?: string | null })[], derived: Record<string, Actual> = {}): TargetItem[] {
  return targets
    .filter((t) => t.target !== null && t.unit)
    .map((t): TargetItem => ({
      id: t.id,
      label: TARGET_LABELS[t.id] ?? t.text,
      unit: t.unit!,
      baseline: t.baseline,
      target: t.target!,
      actual: t.actual !== null ? { value: t.actual, year: 2024, provenance: valueProvenance(t, 'actual'), source: t.source } : (derived[t.id] ?? null),
      provenance: valueProvenance(t, 'target'),
      baselineProvenance: t.baseline !== null ? valueProvenance(t, 'baseline') : null,
      source: t.source,
    }))
    .filter((t) => t.baseline !== null || t.actual !== null);
}

/** A value with its unit: "0,72%", "10 căn nhà". */
export function formatTargetValue(v: number, unit: string): string {
  return unit === '%' ? formatPercent(v) : `${formatNumber(v, Number.isInteger(v) ? 0 : 2)} ${unit}`;
}

/** Whether the actual meets the target; lower is better when the target is below the baseline. */
export function reached(t: TargetItem): boolean | null {
  if (!t.actual) return null;
  const down = t.baseline !== null && t.target < t.baseline;
  return down ? t.actual.value <= t.target : t.actual.value >= t.target;
}

/** A laid-out panel. */
export interface TargetPanel {
  item: TargetItem;
  titleLines: { x: number; y: number; text: string }[];
  track: { x0: number; x1: number; y: number };
  ticks: { x: number; y: number; text: string; anchor: 'start' | 'end' }[];
  baseline: { x: number; y: number } | null;
  target: { x: number; y: number };
  actual: { x: number; y: number; illustrative: boolean } | null;
  labels: { x: number; y: number; text: string; kind: 'baseline' | 'target' | 'actual' }[];
}

/** A laid-out targets chart. */
export interface TargetsLayout {
  idPrefix: string;
  width: number;
  height: number;
  ariaLabel: string;
  describedBy: string | null;
  stamp: { x: number; y: number; w: number; h: number } | null;
  legend: { kind: 'baseline' | 'target' | 'actual' | 'actual-illustrative'; x: number; y: number; text: string }[];
  panels: TargetPanel[];
}

const FS = 12;

/** Lays out one panel per target, stacked vertically. */
export function targetsLayout(items: readonly TargetItem[], o: { width: number; idPrefix: string; describedBy?: string }): TargetsLayout {
  const W = Math.max(240, o.width);
  const stamp = items.some((i) => i.actual?.provenance === 'illustrative' || i.provenance === 'illustrative' || i.baselineProvenance === 'illustrative') ? { x: 4, y: 2, w: textWidth(STAMP_TEXT, 12, true) + 12, h: 20 } : null;
  let y = stamp ? 30 : 4;
  // The legend's actual swatch is drawn as the marks are: hatched for illustrative values, solid for official ones.
  const actuals = items.flatMap((i) => (i.actual ? [i.actual.provenance === 'illustrative'] : []));
  const legendItems: { kind: TargetsLayout['legend'][number]['kind']; text: string }[] = [
    { kind: 'baseline', text: 'Xuất phát (cuối 2023)' },
    { kind: 'target', text: 'Chỉ tiêu 2024' },
  ];
  if (actuals.includes(false) || actuals.length === 0) legendItems.push({ kind: 'actual', text: actuals.includes(true) ? 'Thực hiện 2024 (chính thức)' : 'Thực hiện 2024' });
  if (actuals.includes(true)) legendItems.push({ kind: 'actual-illustrative', text: actuals.includes(false) ? 'Thực hiện 2024 (minh họa)' : 'Thực hiện 2024' });
  const legend: TargetsLayout['legend'] = [];
  let lx = 4;
  for (const it of legendItems) {
    const w = 22 + textWidth(it.text, FS) + 14;
    if (lx > 4 && lx + w - 14 > W - 4) {
      lx = 4;
      y += 20;
    }
    legend.push({ kind: it.kind, x: lx, y, text: it.text });
    lx += w;
  }
  y += 30;
  const panels: TargetPanel[] = items.map((item) => {
    const titleLines = wrapText(item.label, 14, W - 8).map((text, i) => ({ x: 4, y: y + 14 + i * 18, text }));
    y += titleLines.length * 18 + 22; // title, then the row of labels above the track
    const values = [item.baseline, item.target, item.actual?.value].filter((v): v is number => v !== null && v !== undefined);
    const fmt = (v: number) => formatTargetValue(v, item.unit);
    const pad = Math.max(...values.map((v) => textWidth(fmt(v), FS))) / 2 + 6;
    const x0 = 4 + pad;
    const x1 = W - 4 - pad;
    const axis = zeroAxis(Math.max(...values), x1 - x0, () => 40, 10, 4);
    const x = linear([0, axis.max], [x0, x1]);
    const trackY = y + 8;
    const labels: TargetPanel['labels'] = [];
    const above: { kind: 'baseline' | 'target'; v: number }[] = [];
    if (item.baseline !== null) above.push({ kind: 'baseline', v: item.baseline });
    above.push({ kind: 'target', v: item.target });
    const widest = Math.max(...above.map((a) => textWidth(fmt(a.v), FS)));
    const xs = dodge(above.map((a) => x(a.v)), widest + 8, 4 + widest / 2, W - 4 - widest / 2);
    above.forEach((a, i) => labels.push({ x: xs[i]!, y: trackY - 12, text: fmt(a.v), kind: a.kind }));
    if (item.actual) {
      const t = item.actual.provenance === 'illustrative' ? `${fmt(item.actual.value)} (${provenanceTag('illustrative')})` : fmt(item.actual.value);
      const w = textWidth(t, FS);
      labels.push({ x: Math.min(Math.max(x(item.actual.value), 4 + w / 2), W - 4 - w / 2), y: trackY + 24, text: t, kind: 'actual' });
    }
    const panel: TargetPanel = {
      item,
      titleLines,
      track: { x0, x1, y: trackY },
      ticks: [
        { x: x0, y: trackY + 40, text: fmt(0), anchor: 'start' },
        { x: x1, y: trackY + 40, text: fmt(axis.max), anchor: 'end' },
      ],
      baseline: item.baseline !== null ? { x: x(item.baseline), y: trackY } : null,
      target: { x: x(item.target), y: trackY },
      actual: item.actual ? { x: x(item.actual.value), y: trackY, illustrative: item.actual.provenance === 'illustrative' } : null,
      labels,
    };
    y = trackY + 58;
    return panel;
  });
  return {
    idPrefix: o.idPrefix,
    width: W,
    height: y,
    ariaLabel: `Biểu đồ quả tạ: xuất phát, chỉ tiêu và thực hiện của ${items.length} chỉ tiêu kế hoạch năm 2024`,
    describedBy: o.describedBy ?? null,
    stamp,
    legend,
    panels,
  };
}

function baselineMark(x: number, y: number): string {
  return `<circle${attrs({ cx: x, cy: y, r: 6, fill: '#ffffff', stroke: COLORS.muted, 'stroke-width': 2.5 })}/>`;
}
function targetMark(x: number, y: number): string {
  return `<path${attrs({ d: `M${x} ${y - 8}L${x + 8} ${y}L${x} ${y + 8}L${x - 8} ${y}Z`, fill: COLORS.target, stroke: '#ffffff', 'stroke-width': 1 })}/>`;
}
function actualMark(x: number, y: number, illustrative: boolean, P: string): string {
  return `<rect${attrs({ x: x - 6, y: y - 6, width: 12, height: 12, fill: illustrative ? `url(#${P}-hatch)` : COLORS.poor, stroke: COLORS.poor, 'stroke-width': 2 })}/>`;
}

/** Renders the targets chart as a static SVG. */
export function renderTargetsSvg(L: TargetsLayout): string {
  const P = L.idPrefix;
  const o: string[] = [];
  o.push(`<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', 'font-family': FONT_FAMILY, viewBox: `0 0 ${L.width} ${L.height}`, width: L.width, height: L.height, class: 'chart-svg', role: 'img', 'aria-label': L.ariaLabel, 'aria-describedby': L.describedBy })}>`);
  o.push(hatchDefs(P));
  if (L.stamp) o.push(renderStamp(L.stamp));
  for (const g of L.legend) {
    const cx = g.x + 9;
    const cy = g.y + 7;
    o.push(g.kind === 'baseline' ? baselineMark(cx, cy) : g.kind === 'target' ? targetMark(cx, cy) : actualMark(cx, cy, g.kind === 'actual-illustrative', P));
    o.push(`<text${attrs({ x: g.x + 22, y: g.y + 11.5, 'font-size': FS, fill: COLORS.text })}>${esc(g.text)}</text>`);
  }
  for (const p of L.panels) {
    for (const t of p.titleLines) o.push(`<text${attrs({ x: t.x, y: t.y, 'font-size': 14, 'font-weight': 600, fill: COLORS.text })}>${esc(t.text)}</text>`);
    o.push(`<line${attrs({ x1: p.track.x0, y1: p.track.y, x2: p.track.x1, y2: p.track.y, stroke: COLORS.grid, 'stroke-width': 4, 'stroke-linecap': 'round' })}/>`);
    for (const t of p.ticks) o.push(`<text${attrs({ x: t.x, y: t.y, 'font-size': FS, fill: COLORS.muted, 'text-anchor': t.anchor === 'end' ? 'end' : null })}>${esc(t.text)}</text>`);
    if (p.baseline) o.push(`<line${attrs({ x1: p.baseline.x, y1: p.track.y, x2: p.target.x, y2: p.track.y, stroke: COLORS.muted, 'stroke-width': 3 })}/>`);
    if (p.baseline) o.push(baselineMark(p.baseline.x, p.baseline.y));
    o.push(targetMark(p.target.x, p.target.y));
    if (p.actual) o.push(actualMark(p.actual.x, p.actual.y, p.actual.illustrative, P));
    for (const l of p.labels) {
      o.push(`<text${attrs({ x: l.x, y: l.y, 'font-size': FS, 'font-weight': 600, fill: l.kind === 'target' ? COLORS.target : l.kind === 'actual' ? COLORS.poor : COLORS.muted, 'text-anchor': 'middle', ...HALO })}>${esc(l.text)}</text>`);
    }
  }
  o.push('</svg>');
  return o.join('');
}

/** Long description of the targets chart. */
export function describeTargets(items: readonly TargetItem[]): string {
  if (items.length === 0) return 'Chưa có chỉ tiêu nào có số liệu để so sánh.';
  return items
    .map((t) => {
      const f = (v: number) => formatTargetValue(v, t.unit);
      let s = `${t.label}: ${t.baseline !== null ? `từ ${f(t.baseline)} cuối năm 2023, ` : ''}chỉ tiêu ${f(t.target)} cuối năm 2024`;
      if (t.actual) {
        const ok = reached(t)!;
        s += `; thực hiện ${f(t.actual.value)} (${provenanceTag(t.actual.provenance)}), ${resultClaim(ok, [t.actual.provenance, t.provenance])}`;
      } else s += '; chưa có số liệu thực hiện';
      return `${s}.`;
    })
    .join(' ');
}

/** Table of the targets shown. */
export function targetsTable(items: readonly TargetItem[]): ChartTable {
  return {
    caption: 'Chỉ tiêu Kế hoạch 122/KH-UBND: xuất phát, chỉ tiêu và thực hiện',
    columns: [
      { key: 'id', label: 'Mã chỉ tiêu', kind: 'text', table: false },
      { key: 'label', label: 'Chỉ tiêu', kind: 'text' },
      { key: 'unit', label: 'Đơn vị tính', kind: 'text' },
      { key: 'baseline', label: 'Xuất phát (cuối 2023)', kind: 'number' },
      { key: 'target', label: 'Chỉ tiêu 2024', kind: 'number' },
      { key: 'actual', label: 'Thực hiện 2024', kind: 'number' },
      { key: 'provenance', label: 'Nguồn gốc', kind: 'provenance' },
      { key: 'official_fields', label: 'Cột chính thức', kind: 'text', table: false },
      { key: 'actual_provenance', label: 'Nguồn gốc số thực hiện', kind: 'provenance' },
      { key: 'source', label: 'Nguồn chỉ tiêu', kind: 'text', table: false },
      { key: 'actual_source', label: 'Nguồn số thực hiện', kind: 'text', table: false },
    ],
    rows: items.map((t): Record<string, CsvValue> => ({
      id: t.id,
      label: t.label,
      unit: t.unit,
      baseline: t.baseline,
      target: t.target,
      actual: t.actual?.value ?? null,
      ...combineProvenance({ baseline: t.baselineProvenance, target: t.provenance, actual: t.actual?.provenance }),
      actual_provenance: t.actual?.provenance ?? null,
      source: t.source,
      actual_source: t.actual?.source ?? null,
    })),
  };
}
