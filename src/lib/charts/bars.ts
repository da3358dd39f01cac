/**
 * Horizontal bar charts: one layout and one renderer shared by the ward ranking, the campaign
 * charts and the houses bullet chart. Below 560 px the unit name sits above its bar (so long
 * names never squeeze the bars); from 560 px names sit in a column to the left.
 * Pure and DOM-free: the ward enhancer re-runs it in the browser at the real width. It imports no
 * dictionary (it ships to the browser): callers pass the stamp and empty texts of their locale.
 */
import { COLORS, FONT_FAMILY } from './color';
import { zeroAxis, linear } from './scale';
import { attrs, esc, r1, textWidth, wrapText } from './svg';
import { clearLines } from './collide';
import { DEFAULT_STAMP, hatchDefs, HALO, legendRows, renderStamp, stampBox, wrapLegend, type StampBox } from './parts';

// Re-exported: the shared pieces live in parts.ts; callers of bars keep their imports.
export { DEFAULT_STAMP, hatchDefs, HALO, renderStamp, type StampBox };

/** How a bar segment is drawn: solid brick, hatched brick, or a neutral solid. */
export type SegmentKind = 'poor' | 'near' | 'plain' | 'alt';

/** One piece of a (possibly stacked) bar. */
export interface BarSegment {
  value: number;
  kind: SegmentKind;
}

/** One row of the chart as data: what to draw and what to say about it. */
export interface BarRowInput {
  key: string;
  /** Name shown next to (or above) the bar. */
  label: string;
  segments: BarSegment[];
  /** Printed just after the bar end, e.g. "1,44%". */
  valueLabel: string;
  /** Accessible name of the bar, a full sentence. */
  aria: string;
  /** Tooltip lines. */
  tip: string[];
  highlight?: boolean;
  /** A target tick across this bar (bullet chart). */
  marker?: number;
}

/** A vertical reference line across all bars. */
export interface RefLineInput {
  value: number;
  kind: 'average' | 'target';
  /** With a tooltip (lines, as bars have), the line is a focusable mark of its own: its key, name and tip. */
  mark?: { key: string; aria: string; tip: string[] };
}

/** A legend entry; `kind` picks the swatch. */
export interface LegendItem {
  kind: SegmentKind | 'average' | 'target' | 'marker';
  label: string;
}

/** Everything the bar layout needs. */
export interface BarsInput {
  /** Prefix for ids inside the SVG (patterns), unique on the page. */
  idPrefix: string;
  width: number;
  rows: BarRowInput[];
  refLines?: RefLineInput[];
  legend?: LegendItem[];
  /** Tick label for a value, given the tick step. */
  tickFormat: (v: number, step: number) => string;
  /** Draws the illustrative-data stamp inside the SVG. */
  illustrative: boolean;
  /** The stamp's text in the page's language (default: the Vietnamese "Số liệu minh họa"). */
  stamp?: string;
  /** Text of a chart with no rows (default: the Vietnamese "Chưa có số liệu"). */
  empty?: string;
  /** Extra lines printed inside the SVG under the stamp (wrapped to the width). */
  notes?: string[];
  /** Short accessible name of the whole chart. */
  ariaLabel: string;
  /** Id of the element holding the long description. */
  describedBy?: string;
  /** Writes each bar's tooltip lines into `data-tip` (only charts with an enhancer need them). */
  tips?: boolean;
}

/**
 * Vietnamese fallbacks for callers that pass no text (kept equal to the dictionary by
 * tests/unit/i18n/charts.test.ts; written here so the browser bundle carries no dictionary).
 */
export const DEFAULT_EMPTY = 'Chưa có số liệu';

/** Threshold between the narrow (names above bars) and wide (names to the left) layouts. */
export const WIDE_FROM = 560;

/** Font sizes in px. */
export const FONT = { label: 14, value: 13, tick: 12, legend: 13, stamp: 12, note: 12 } as const;


const PAD = 4;
const VALUE_GAP = 6;

/** A positioned text line. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** A laid-out bar row. */
export interface BarLayout {
  key: string;
  label: string;
  aria: string;
  tip: string[];
  highlight: boolean;
  /** Hit area (the whole row), at least 24 px tall. */
  hit: { x: number; y: number; w: number; h: number };
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  barY: number;
  barH: number;
  segments: { x: number; w: number; kind: SegmentKind }[];
  valueX: number;
  valueY: number;
  valueLabel: string;
  marker: { x: number; y1: number; y2: number } | null;
}

/** A laid-out bar chart, ready to render. */
export interface BarsLayout {
  idPrefix: string;
  width: number;
  height: number;
  mode: 'narrow' | 'wide';
  tips: boolean;
  ariaLabel: string;
  describedBy: string | null;
  stamp: StampBox | null;
  notes: TextLine[];
  legend: { kind: LegendItem['kind']; x: number; y: number; text: string }[];
  ticks: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  grid: { top: number; bottom: number; xs: number[] };
  plot: { x0: number; x1: number };
  /** Reference lines as vertical spans: one full-height span (wide) or one span per bar (narrow, so names above bars stay clear). */
  refLines: { x: number; kind: RefLineInput['kind']; spans: [number, number][]; mark: RefLineInput['mark'] | null }[];
  bars: BarLayout[];
  empty: TextLine | null;
}

const LEGEND_SWATCH = 18;


/** Width a legend entry takes: swatch, gap, text, trailing space. */
function legendWidth(item: LegendItem): number {
  return LEGEND_SWATCH + 6 + textWidth(item.label, FONT.legend) + 16;
}

/** Lays out a horizontal bar chart at `input.width` px. Rows keep their given order. */
export function barsLayout(input: BarsInput): BarsLayout {
  const W = Math.max(240, input.width);
  // Wide only when the names fit in a left column of at most 38 % of the width.
  const widestName = Math.max(0, ...input.rows.map((r) => textWidth(r.label, FONT.label, !!r.highlight)));
  const mode: BarsLayout['mode'] = W >= WIDE_FROM && widestName + 12 <= W * 0.38 ? 'wide' : 'narrow';
  let y = 0;

  let stamp: BarsLayout['stamp'] = null;
  if (input.illustrative) {
    stamp = stampBox(input.stamp ?? DEFAULT_STAMP, PAD);
    y = 28;
  }

  const notes: TextLine[] = [];
  for (const note of input.notes ?? []) {
    for (const line of wrapText(note, FONT.note, W - 2 * PAD)) {
      notes.push({ x: PAD, y: y + FONT.note, text: line });
      y += 17;
    }
  }
  if (notes.length) y += 6;

  const placed = wrapLegend(input.legend ?? [], legendWidth, PAD, W - PAD, 16);
  const legend: BarsLayout['legend'] = placed.map((p) => ({ kind: p.item.kind, x: p.x, y: y + p.row * 22, text: p.item.label }));
  if (legend.length) y += legendRows(placed) * 22 + 4;

  // Horizontal extent: labels column (wide), value labels reserve on the right.
  const valueReserve = Math.max(0, ...input.rows.map((r) => textWidth(r.valueLabel, FONT.value, true))) + VALUE_GAP + PAD;
  const labelCol = mode === 'wide' ? widestName + 12 : 0;
  const x0 = PAD + labelCol;
  const x1 = Math.max(x0 + 40, W - valueReserve);

  const dataMax = Math.max(
    0,
    ...input.rows.map((r) => r.segments.reduce((s, g) => s + Math.max(0, g.value), 0)),
    ...input.rows.map((r) => r.marker ?? 0),
    ...(input.refLines ?? []).map((l) => l.value),
  );
  const axis = zeroAxis(dataMax, x1 - x0, (v, s) => textWidth(input.tickFormat(v, s), FONT.tick));
  const x = linear([0, axis.max], [x0, x1]);

  // Tick labels on top of the plot; the first is left-aligned so it never leaves the SVG.
  const tickY = y + FONT.tick;
  const ticks = axis.ticks.map((t, i) => {
    const text = input.tickFormat(t, axis.step);
    const anchor: 'start' | 'middle' | 'end' = i === 0 && x(t) - textWidth(text, FONT.tick) / 2 < 0 ? 'start' : x(t) + textWidth(text, FONT.tick) / 2 > W ? 'end' : 'middle';
    return { x: x(t), y: tickY, text, anchor };
  });
  y = tickY + 8;
  const gridTop = y;

  const rowH = mode === 'narrow' ? 44 : 32;
  const barH = mode === 'narrow' ? 16 : 20;
  const bars: BarLayout[] = input.rows.map((r, i) => {
    const top = gridTop + i * rowH;
    const barY = mode === 'narrow' ? top + 22 : top + (rowH - barH) / 2;
    let cx = x0;
    const segments = r.segments.map((s) => {
      const w = Math.max(0, x(Math.max(0, s.value)) - x0);
      const seg = { x: cx, w: s.value > 0 ? Math.max(1, w) : 0, kind: s.kind };
      cx += seg.w;
      return seg;
    });
    const end = Math.max(cx, r.marker !== undefined ? x(r.marker) : cx);
    return {
      key: r.key,
      label: r.label,
      aria: r.aria,
      tip: r.tip,
      highlight: !!r.highlight,
      hit: { x: 0, y: top, w: W, h: rowH },
      labelX: mode === 'narrow' ? PAD : x0 - 8,
      labelY: mode === 'narrow' ? top + 16 : barY + barH / 2 + 5,
      labelAnchor: mode === 'narrow' ? 'start' : 'end',
      barY,
      barH,
      segments,
      valueX: end + VALUE_GAP,
      valueY: barY + barH / 2 + 4.5,
      valueLabel: r.valueLabel,
      marker: r.marker !== undefined ? { x: x(r.marker), y1: barY - 5, y2: barY + barH + 5 } : null,
    };
  });
  const gridBottom = gridTop + Math.max(1, input.rows.length) * rowH;
  const empty = input.rows.length === 0 ? { x: W / 2, y: gridTop + 28, text: input.empty ?? DEFAULT_EMPTY } : null;

  const refLines: BarsLayout['refLines'] = (input.refLines ?? []).map((l) => ({
    x: x(l.value),
    kind: l.kind,
    spans: mode === 'wide' || bars.length === 0 ? [[gridTop - 4, gridBottom] as [number, number]] : bars.map((b) => [b.barY - 4, b.barY + b.barH + 4] as [number, number]),
    mark: l.mark ?? null,
  }));
  // No line ever runs through a value label: the label moves past it, or the line breaks behind it.
  clearLines(bars, refLines, FONT.value, W - PAD);

  return {
    idPrefix: input.idPrefix,
    width: W,
    height: r1(gridBottom + 8),
    mode,
    tips: !!input.tips,
    ariaLabel: input.ariaLabel,
    describedBy: input.describedBy ?? null,
    stamp,
    notes,
    legend,
    ticks,
    grid: { top: gridTop, bottom: gridBottom, xs: ticks.map((t) => t.x) },
    plot: { x0, x1 },
    refLines,
    bars,
    empty,
  };
}

/** Fill and stroke attributes for a segment kind. */
export function segmentPaint(kind: SegmentKind, idPrefix: string): { fill: string; stroke: string | null } {
  switch (kind) {
    case 'poor':
      return { fill: COLORS.poor, stroke: null };
    case 'near':
      return { fill: `url(#${idPrefix}-hatch)`, stroke: COLORS.near };
    case 'alt':
      return { fill: COLORS.plainAlt, stroke: null };
    default:
      return { fill: COLORS.plain, stroke: null };
  }
}

/** A legend swatch for `kind` at (x, y) (top-left of an 18×14 box). */
export function renderSwatch(kind: LegendItem['kind'], x: number, y: number, idPrefix: string): string {
  if (kind === 'average') return `<line${attrs({ x1: x, y1: y + 7, x2: x + 18, y2: y + 7, stroke: COLORS.average, 'stroke-width': 2, 'stroke-dasharray': '4 3' })}/>`;
  if (kind === 'target') return `<line${attrs({ x1: x, y1: y + 7, x2: x + 18, y2: y + 7, stroke: COLORS.target, 'stroke-width': 3 })}/>`;
  if (kind === 'marker') return `<line${attrs({ x1: x + 9, y1: y - 2, x2: x + 9, y2: y + 16, stroke: COLORS.text, 'stroke-width': 3 })}/>`;
  const p = segmentPaint(kind, idPrefix);
  return `<rect${attrs({ x, y, width: 18, height: 14, fill: p.fill, stroke: p.stroke })}/>`;
}

/** Renders a bar layout as a complete, self-contained SVG string. */
export function renderBarsSvg(L: BarsLayout): string {
  const P = L.idPrefix;
  const out: string[] = [];
  out.push(
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', 'font-family': FONT_FAMILY, viewBox: `0 0 ${L.width} ${L.height}`, width: L.width, height: L.height, class: 'chart-svg', role: 'group', 'aria-label': L.ariaLabel, 'aria-describedby': L.describedBy, 'data-width': L.width, 'data-mode': L.mode })}>`,
  );
  out.push(hatchDefs(P));
  if (L.stamp) out.push(renderStamp(L.stamp));
  if (L.notes.length || L.legend.length || L.ticks.length) {
    out.push('<g aria-hidden="true">');
    for (const n of L.notes) out.push(`<text${attrs({ x: n.x, y: n.y, 'font-size': FONT.note, fill: COLORS.text })}>${esc(n.text)}</text>`);
    for (const g of L.legend) {
      out.push(renderSwatch(g.kind, g.x, g.y, P));
      out.push(`<text${attrs({ x: g.x + LEGEND_SWATCH + 6, y: g.y + 12, 'font-size': FONT.legend, fill: COLORS.text })}>${esc(g.text)}</text>`);
    }
    for (const x of L.grid.xs) out.push(`<line${attrs({ x1: x, y1: L.grid.top - 4, x2: x, y2: L.grid.bottom, stroke: COLORS.grid, 'stroke-width': 1 })}/>`);
    for (const t of L.ticks) out.push(`<text${attrs({ x: t.x, y: t.y, 'font-size': FONT.tick, fill: COLORS.muted, 'text-anchor': t.anchor === 'start' ? null : t.anchor })}>${esc(t.text)}</text>`);
    out.push('</g>');
  }
  out.push('<g role="list" class="c-bars">');
  for (const b of L.bars) {
    out.push(`<g${attrs({ role: 'listitem', class: b.highlight ? 'c-bar is-highlight' : 'c-bar', 'data-bar': b.key, 'aria-label': b.aria, 'data-tip': L.tips ? b.tip.join('\n') : null })}>`);
    out.push(`<rect${attrs({ class: 'c-hit', x: b.hit.x, y: b.hit.y, width: b.hit.w, height: b.hit.h, fill: 'transparent' })}/>`);
    out.push(`<g aria-hidden="true">`);
    out.push(`<text${attrs({ x: b.labelX, y: b.labelY, 'font-size': FONT.label, fill: COLORS.text, 'font-weight': b.highlight ? 700 : null, 'text-anchor': b.labelAnchor === 'end' ? 'end' : null, ...HALO })}>${esc(b.label)}</text>`);
    for (const s of b.segments) {
      if (s.w <= 0) continue;
      const p = segmentPaint(s.kind, P);
      out.push(`<rect${attrs({ x: s.x, y: b.barY, width: s.w, height: b.barH, fill: p.fill, stroke: p.stroke, 'stroke-width': p.stroke ? 1 : null })}/>`);
    }
    if (b.highlight) {
      const w = b.segments.reduce((a, s) => a + s.w, 0);
      out.push(`<rect${attrs({ x: L.plot.x0 - 1.5, y: b.barY - 1.5, width: w + 3, height: b.barH + 3, fill: 'none', stroke: COLORS.text, 'stroke-width': 2 })}/>`);
    }
    if (b.marker) out.push(`<line${attrs({ x1: b.marker.x, y1: b.marker.y1, x2: b.marker.x, y2: b.marker.y2, stroke: COLORS.text, 'stroke-width': 3 })}/>`);
    out.push('</g></g>');
  }
  // A reference line with a tooltip (the city's rate) is one more mark of the list: hover, tap, arrow keys.
  for (const l of L.refLines) {
    if (!l.mark) continue;
    const [top, bottom] = [Math.min(...l.spans.map((s) => s[0])), Math.max(...l.spans.map((s) => s[1]))];
    out.push(`<g${attrs({ role: 'listitem', class: 'c-bar c-ref-mark', 'data-bar': l.mark.key, 'aria-label': l.mark.aria, 'data-tip': L.tips ? l.mark.tip.join('\n') : null })}>`);
    out.push(`<rect${attrs({ class: 'c-hit', x: l.x - 6, y: top, width: 12, height: bottom - top, fill: 'transparent' })}/></g>`);
  }
  out.push('</g>');
  // Overlays above the bars let pointer events through to the bars' hit areas.
  if (L.refLines.length) {
    out.push('<g aria-hidden="true" pointer-events="none">');
    for (const l of L.refLines) {
      const paint = l.kind === 'average' ? { stroke: COLORS.average, 'stroke-width': 2, 'stroke-dasharray': '4 3' } : { stroke: COLORS.target, 'stroke-width': 3 };
      for (const [y1, y2] of l.spans) out.push(`<line${attrs({ class: 'c-ref', x1: l.x, y1, x2: l.x, y2, ...paint })}/>`);
    }
    out.push('</g>');
  }
  // Value labels last, with a white halo, so reference lines never cut through them.
  if (L.bars.length) {
    out.push('<g aria-hidden="true" pointer-events="none">');
    for (const b of L.bars) out.push(`<text${attrs({ x: b.valueX, y: b.valueY, 'font-size': FONT.value, fill: COLORS.text, 'font-weight': 600, ...HALO })}>${esc(b.valueLabel)}</text>`);
    out.push('</g>');
  }
  if (L.empty) out.push(`<text${attrs({ x: L.empty.x, y: L.empty.y, 'font-size': FONT.label, fill: COLORS.muted, 'text-anchor': 'middle' })}>${esc(L.empty.text)}</text>`);
  out.push('</svg>');
  return out.join('');
}
