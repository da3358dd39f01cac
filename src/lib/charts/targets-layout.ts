/**
 * Layout and SVG of the plan targets chart: one panel per target, one row (lane) per figure
 * (baseline, target, actual) on the panel's zero-based scale, so no two markers can overlap
 * however close the values are (0,72% vs 0,70%, target = baseline, 0). Each value label sits just
 * right of its marker, and the scale is shortened so that it fits there; when it cannot, the label
 * moves above the marker (wrapped if it is wider than the chart). Nothing is drawn through a label:
 * a lane's stick ends at its marker, and the zero line sits left of every label.
 * Marks are drawn at (0, 0) inside a translated group, so a legend swatch is the same markup as
 * the marks it explains (same fill, hatch phase and stroke).
 */
import { hatchDefs, HALO, legendRows, renderStamp, stampBox, wrapLegend, type StampBox } from './parts';
import { COLORS, FONT_FAMILY } from './color';
import { linear, zeroAxis } from './scale';
import { attrs, esc, textBox, textWidth, wrapText, type Box } from './svg';
import { DEFAULT_LOCALE, strings, type Locale } from '../i18n/index';
import { formatTargetValue, provenanceWords, type TargetItem } from './targets';

/** What a mark shows; an illustrative actual is hatched. */
export type MarkKind = 'baseline' | 'target' | 'actual' | 'actual-illustrative';
/** A figure of a target: one lane each. */
export type LaneKind = 'baseline' | 'target' | 'actual';

/** One figure of a panel: its marker, the stick from zero to it and its value label. */
export interface TargetLane {
  kind: LaneKind;
  mark: MarkKind;
  value: number;
  /** Marker centre. */
  x: number;
  y: number;
  /** Value label: its text and the lines drawn (text-anchor middle at x, baseline y); one line unless wrapped above. */
  label: { x: number; y: number; text: string; placement: 'right' | 'above'; lines: { x: number; y: number; text: string }[] };
}

/** A laid-out panel. */
export interface TargetPanel {
  item: TargetItem;
  titleLines: { x: number; y: number; text: string }[];
  /** The scale: x0 is zero, x1 the axis maximum; y is the first lane's centre. */
  track: { x0: number; x1: number; y: number };
  /** The zero line, from the top of the first lane to the bottom of the last. */
  zero: { x: number; y0: number; y1: number };
  ticks: { x: number; y: number; text: string; anchor: 'start' | 'end' }[];
  lanes: TargetLane[];
  baseline: { x: number; y: number } | null;
  target: { x: number; y: number };
  actual: { x: number; y: number; illustrative: boolean } | null;
  /** The value label lines of all lanes, centred on x (text-anchor middle). */
  labels: { x: number; y: number; text: string; kind: LaneKind; anchor: 'middle' }[];
}

/** A laid-out targets chart. */
export interface TargetsLayout {
  idPrefix: string;
  locale: Locale;
  width: number;
  height: number;
  ariaLabel: string;
  describedBy: string | null;
  stamp: StampBox | null;
  legend: { kind: MarkKind; x: number; y: number; text: string }[];
  panels: TargetPanel[];
}

/** Font sizes in px: value labels, ticks and legend; panel titles. */
export const TARGET_FONT = { value: 12, tick: 12, legend: 12, title: 14 } as const;

/** Half the drawn extent of each mark, stroke included. */
export const MARK_HALF: Readonly<Record<MarkKind, number>> = { baseline: 7.25, target: 8.5, actual: 7, 'actual-illustrative': 7 };

const PAD = 4; // outer margin
const R = 9; // room kept around a marker centre
const LABEL_GAP = 13; // marker centre → label start
const LANE = 22; // lane pitch
const ABOVE = 16; // extra height of a lane whose label sits above its marker
const LINE = 15; // line pitch of a wrapped value label
const LEGEND_TEXT = 22; // swatch box → legend text
// Value labels sit near the right edge: room for a fallback face up to 15 % wider than Be Vietnam Pro
// (font-display: optional means a first visit may draw them in system-ui).
const SAFE = 1.15;
/** Width reserved for a value label. */
const valueWidth = (text: string) => textWidth(text, TARGET_FONT.value, true) * SAFE;

/** The box a mark covers, centred at (x, y). */
export function markBox(kind: MarkKind, x: number, y: number): Box {
  const h = MARK_HALF[kind];
  return { x: x - h, y: y - h, w: 2 * h, h: 2 * h };
}

/** Greedy wrap that also breaks a word wider than the line, so no title leaves the chart. */
function wrapHard(text: string, size: number, max: number): string[] {
  return wrapText(text, size, max).flatMap((line) => {
    if (textWidth(line, size, true) <= max) return [line];
    const out: string[] = [];
    let cur = '';
    for (const ch of line) {
      if (cur && textWidth(cur + ch, size, true) > max) {
        out.push(cur);
        cur = ch.trim() ? ch : '';
      } else cur += ch;
    }
    if (cur) out.push(cur);
    return out;
  });
}

/** Lays out one panel per target, stacked vertically. Pure: same items and width, same layout. */
export function targetsLayout(items: readonly TargetItem[], o: { width: number; idPrefix: string; describedBy?: string; locale?: Locale }): TargetsLayout {
  const locale = o.locale ?? DEFAULT_LOCALE;
  const t = strings(locale).targets;
  const w = provenanceWords(locale);
  const W = Math.max(240, o.width);
  const anyIll = items.some((i) => i.actual?.provenance === 'illustrative' || i.provenance === 'illustrative' || i.baselineProvenance === 'illustrative');
  const stamp = anyIll ? stampBox(w.stamp, PAD) : null;
  let y = stamp ? 30 : PAD;

  // Legend, in lane order; the actual's swatch is drawn as its marks are (hatched when illustrative).
  const actuals = items.flatMap((i) => (i.actual ? [i.actual.provenance === 'illustrative'] : []));
  const entries: { kind: MarkKind; text: string }[] = [
    { kind: 'baseline', text: t.legend.baseline },
    { kind: 'target', text: t.legend.target },
  ];
  const both = actuals.includes(true) && actuals.includes(false);
  if (actuals.includes(false) || actuals.length === 0) entries.push({ kind: 'actual', text: both ? t.legend.actualAs(w.tag('official')) : t.legend.actual });
  if (actuals.includes(true)) entries.push({ kind: 'actual-illustrative', text: both ? t.legend.actualAs(w.tag('illustrative')) : t.legend.actual });
  const placed = wrapLegend(entries, (e) => LEGEND_TEXT + textWidth(e.text, TARGET_FONT.legend) * SAFE + 14, PAD, W - PAD, 14);
  const legendTop = y;
  const legend: TargetsLayout['legend'] = placed.map((p) => ({ kind: p.item.kind, x: p.x, y: legendTop + p.row * 20, text: p.item.text }));
  y += legend.length ? (legendRows(placed) - 1) * 20 + 30 : 0;

  const panels = items.map((item): TargetPanel => {
    const titleLines = wrapHard(item.label, TARGET_FONT.title, (W - 2 * PAD) / SAFE).map((text, i) => ({ x: PAD, y: y + 14 + i * 18, text }));
    y += titleLines.length * 18 + 6;
    const fmt = (v: number) => formatTargetValue(v, item.unit, locale);
    const tagged = (v: number, p: 'official' | 'illustrative' | null | undefined) => (p === 'illustrative' ? t.tagged(fmt(v), w.tag(p)) : fmt(v));
    const figs: { kind: LaneKind; mark: MarkKind; value: number; text: string }[] = [];
    if (item.baseline !== null) figs.push({ kind: 'baseline', mark: 'baseline', value: item.baseline, text: tagged(item.baseline, item.baselineProvenance) });
    figs.push({ kind: 'target', mark: 'target', value: item.target, text: tagged(item.target, item.provenance) });
    if (item.actual) figs.push({ kind: 'actual', mark: item.actual.provenance === 'illustrative' ? 'actual-illustrative' : 'actual', value: item.actual.value, text: tagged(item.actual.value, item.actual.provenance) });

    // The scale ends where every label still fits right of its marker, but never shorter than 45 % of the width.
    const x0 = PAD + R + 1;
    const xr = W - PAD - R;
    const axis = zeroAxis(Math.max(...figs.map((f) => f.value)), xr - x0, () => 40, 10, 4);
    let x1 = xr;
    for (const f of figs) if (f.value > 0) x1 = Math.min(x1, x0 + ((W - PAD - LABEL_GAP - valueWidth(f.text) - x0) * axis.max) / f.value);
    x1 = Math.max(x1, x0 + Math.max(60, 0.45 * (xr - x0)));
    const x = linear([0, axis.max], [x0, x1]);

    const lanes: TargetLane[] = figs.map((f) => {
      const mx = x(f.value);
      const tw = valueWidth(f.text);
      if (mx + LABEL_GAP + tw <= W - PAD) {
        const ly = y + LANE / 2;
        y += LANE;
        const cx = mx + LABEL_GAP + tw / 2;
        return { kind: f.kind, mark: f.mark, value: f.value, x: mx, y: ly, label: { x: cx, y: ly + 4.5, text: f.text, placement: 'right', lines: [{ x: cx, y: ly + 4.5, text: f.text }] } };
      }
      // Above the marker, right of the zero line, wrapped to what is left of the width.
      const room = W - PAD - (x0 + 4);
      const parts = wrapHard(f.text, TARGET_FONT.value, room / SAFE);
      const lw = Math.min(room, Math.max(...parts.map(valueWidth)));
      const cx = Math.max(x0 + 4, Math.min(mx - lw / 2, W - PAD - lw)) + lw / 2;
      y += ABOVE + (parts.length - 1) * LINE;
      const ly = y + LANE / 2;
      y += LANE;
      const lines = parts.map((text, i) => ({ x: cx, y: ly - 14 - (parts.length - 1 - i) * LINE, text }));
      return { kind: f.kind, mark: f.mark, value: f.value, x: mx, y: ly, label: { x: cx, y: lines[0]!.y, text: f.text, placement: 'above', lines } };
    });
    const first = lanes[0]!;
    const last = lanes[lanes.length - 1]!;
    const zero = { x: x0, y0: Math.min(first.y - LANE / 2, ...first.label.lines.map((l) => l.y - 12)), y1: last.y + LANE / 2 };

    // Ticks under the lanes: zero and the axis maximum; zero is dropped if the two would touch.
    const tickY = y + 16;
    const maxText = fmt(axis.max);
    const maxX = Math.max(x1, PAD + textWidth(maxText, TARGET_FONT.tick));
    const zeroText = fmt(0);
    const ticks: TargetPanel['ticks'] = [];
    if (x0 + textWidth(zeroText, TARGET_FONT.tick) + 10 <= maxX - textWidth(maxText, TARGET_FONT.tick)) ticks.push({ x: x0, y: tickY, text: zeroText, anchor: 'start' });
    ticks.push({ x: maxX, y: tickY, text: maxText, anchor: 'end' });
    y = tickY + 26;

    const lane = (k: LaneKind) => lanes.find((l) => l.kind === k);
    const b = lane('baseline');
    const a = lane('actual');
    const tg = lane('target')!;
    return {
      item,
      titleLines,
      track: { x0, x1, y: first.y },
      zero,
      ticks,
      lanes,
      baseline: b ? { x: b.x, y: b.y } : null,
      target: { x: tg.x, y: tg.y },
      actual: a ? { x: a.x, y: a.y, illustrative: a.mark === 'actual-illustrative' } : null,
      labels: lanes.flatMap((l) => l.label.lines.map((ln) => ({ ...ln, kind: l.kind, anchor: 'middle' as const }))),
    };
  });
  return { idPrefix: o.idPrefix, locale, width: W, height: y - 10, ariaLabel: t.aria(String(items.length)), describedBy: o.describedBy ?? null, stamp, legend, panels };
}

/** Every box the layout draws, named, for overlap checks: texts, marks and lines. */
export function targetsBoxes(L: TargetsLayout): { texts: (Box & { text: string })[]; marks: (Box & { text: string })[]; lines: (Box & { text: string })[] } {
  const texts: (Box & { text: string })[] = [];
  const marks: (Box & { text: string })[] = [];
  const lines: (Box & { text: string })[] = [];
  if (L.stamp) texts.push({ ...L.stamp, text: 'stamp' });
  for (const g of L.legend) {
    texts.push({ ...textBox(g.x + LEGEND_TEXT, g.y + 11.5, g.text, TARGET_FONT.legend), text: g.text });
    marks.push({ ...markBox(g.kind, g.x + 9, g.y + 7), text: `legend ${g.kind}` });
  }
  for (const p of L.panels) {
    for (const t of p.titleLines) texts.push({ ...textBox(t.x, t.y, t.text, TARGET_FONT.title, 'start', true), text: t.text });
    for (const t of p.ticks) texts.push({ ...textBox(t.x, t.y, t.text, TARGET_FONT.tick, t.anchor), text: t.text });
    for (const l of p.lanes) {
      for (const ln of l.label.lines) texts.push({ ...textBox(ln.x, ln.y, ln.text, TARGET_FONT.value, 'middle', true), text: ln.text });
      marks.push({ ...markBox(l.mark, l.x, l.y), text: `${p.item.id} ${l.kind}` });
      if (l.x - MARK_HALF[l.mark] > p.track.x0) lines.push({ x: p.track.x0, y: l.y - 1.5, w: l.x - MARK_HALF[l.mark] - p.track.x0, h: 3, text: `${p.item.id} ${l.kind} stick` });
    }
    lines.push({ x: p.zero.x - 0.5, y: p.zero.y0, w: 1, h: p.zero.y1 - p.zero.y0, text: `${p.item.id} zero line` });
  }
  return { texts, marks, lines };
}

/** A mark drawn at (0, 0): the same markup in the legend and the plot. */
function markShape(kind: MarkKind, P: string): string {
  if (kind === 'baseline') return `<circle${attrs({ r: 6, fill: '#ffffff', stroke: COLORS.muted, 'stroke-width': 2.5 })}/>`;
  if (kind === 'target') return `<path${attrs({ d: 'M0 -8L8 0L0 8L-8 0Z', fill: COLORS.target, stroke: '#ffffff', 'stroke-width': 1 })}/>`;
  return `<rect${attrs({ x: -6, y: -6, width: 12, height: 12, fill: kind === 'actual-illustrative' ? `url(#${P}-hatch)` : COLORS.poor, stroke: COLORS.poor, 'stroke-width': 2 })}/>`;
}
function mark(kind: MarkKind, x: number, y: number, P: string): string {
  return `<g${attrs({ class: 'c-mark', 'data-mark': kind, transform: `translate(${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10})` })}>${markShape(kind, P)}</g>`;
}

const LANE_COLOR: Readonly<Record<LaneKind, string>> = { baseline: COLORS.muted, target: COLORS.target, actual: COLORS.poor };

/** Renders the targets chart as a static SVG. */
export function renderTargetsSvg(L: TargetsLayout): string {
  const P = L.idPrefix;
  const o: string[] = [];
  o.push(`<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', 'font-family': FONT_FAMILY, viewBox: `0 0 ${L.width} ${L.height}`, width: L.width, height: L.height, class: 'chart-svg', role: 'img', 'aria-label': L.ariaLabel, 'aria-describedby': L.describedBy })}>`);
  o.push(hatchDefs(P));
  if (L.stamp) o.push(renderStamp(L.stamp));
  if (L.legend.length) {
    o.push('<g class="c-legend">');
    for (const g of L.legend) {
      o.push(`<g${attrs({ class: 'c-legend-item', 'data-mark': g.kind })}>${mark(g.kind, g.x + 9, g.y + 7, P)}`);
      o.push(`<text${attrs({ x: g.x + LEGEND_TEXT, y: g.y + 11.5, 'font-size': TARGET_FONT.legend, fill: COLORS.text })}>${esc(g.text)}</text></g>`);
    }
    o.push('</g>');
  }
  for (const p of L.panels) {
    o.push(`<g${attrs({ class: 'c-target', 'data-target': p.item.id })}>`);
    for (const t of p.titleLines) o.push(`<text${attrs({ x: t.x, y: t.y, 'font-size': TARGET_FONT.title, 'font-weight': 600, fill: COLORS.text })}>${esc(t.text)}</text>`);
    o.push(`<line${attrs({ class: 'c-zero', x1: p.zero.x, y1: p.zero.y0, x2: p.zero.x, y2: p.zero.y1, stroke: COLORS.axis, 'stroke-width': 1 })}/>`);
    for (const t of p.ticks) o.push(`<text${attrs({ x: t.x, y: t.y, 'font-size': TARGET_FONT.tick, fill: COLORS.muted, 'text-anchor': t.anchor === 'end' ? 'end' : null })}>${esc(t.text)}</text>`);
    for (const l of p.lanes) {
      const end = l.x - MARK_HALF[l.mark];
      if (end > p.track.x0) o.push(`<line${attrs({ class: 'c-stick', x1: p.track.x0, y1: l.y, x2: end, y2: l.y, stroke: LANE_COLOR[l.kind], 'stroke-width': 3 })}/>`);
      o.push(mark(l.mark, l.x, l.y, P));
      for (const ln of l.label.lines) o.push(`<text${attrs({ class: 'c-value', x: ln.x, y: ln.y, 'font-size': TARGET_FONT.value, 'font-weight': 600, fill: LANE_COLOR[l.kind], 'text-anchor': 'middle', ...HALO })}>${esc(ln.text)}</text>`);
    }
    o.push('</g>');
  }
  o.push('</svg>');
  return o.join('');
}
