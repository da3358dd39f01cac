/**
 * Schematic tile map: every unit is one equal tile placed roughly where it lies (no boundary
 * data, so no GADM), shaded by the poor rate in light-to-dark bins, with the rate printed on
 * the tile so colour is never the only cue. Units merged away show as dashed tiles.
 */
import { ticks } from 'd3-array';
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import { CITY_CODE } from '../../schemas/common';
import type { UnitChange } from '../../schemas/unit-change';
import type { WardPoverty } from '../../schemas/ward-poverty';
import { inScope } from '../units/index';
import type { CsvValue } from '../csv/write';
import { formatsFor } from '../format';
import { strings, type Locale } from '../i18n/index';
import { legendRows, renderStamp, stampBox, wrapLegend } from './parts';
import { COLORS, FONT_FAMILY, TILE_BINS } from './color';
import { stepDigits } from './scale';
import { attrs, esc, textWidth, wrapText } from './svg';
import { provenanceColumns, provenancePhrase, unitYearColumns, type ChartTable } from './table';
import { stampText, ariaSuffix, valueProvenance, type ValueProvenance } from '../provenance';
import { inSentenceFor, mergers, unitIndex, type UnitInfo } from './units';
import { wardColumns } from './ward';

/** One tile's data. */
export interface Tile {
  unit: UnitInfo;
  col: number;
  row: number;
  /** Poor rate in the year, or null (merged away, or no row). */
  rate: number | null;
  /** Whether the poor rate shown is official; null without a rate. */
  provenance: ValueProvenance | null;
  source: string | null;
  /** The unit it was merged into, when it has no row because of a merger. */
  mergedInto: UnitInfo | null;
}

/** Grid cell of each unit with one (tile_col west→east, tile_row north→south, in administrative-units.csv), by GSO code. */
export function tilePositions(units: readonly AdministrativeUnit[]): Map<string, { col: number; row: number }> {
  const m = new Map<string, { col: number; row: number }>();
  for (const u of units) if (u.tile_col !== null && u.tile_row !== null && inScope(u)) m.set(u.gso_code, { col: u.tile_col, row: u.tile_row });
  return m;
}

/** Tiles for a year: every positioned unit, with its rate when the year has one. */
export function tileSeries(rows: readonly WardPoverty[], units: readonly AdministrativeUnit[], year: number, changes: readonly UnitChange[], locale: Locale = 'vi'): Tile[] {
  const idx = unitIndex(units, locale);
  const ms = mergers(units, changes, locale);
  const positions = tilePositions(units);
  const byCode = new Map(rows.filter((r) => r.year === year).map((r) => [r.unit_code, r]));
  const tiles: Tile[] = [];
  for (const u of idx.values()) {
    const pos = positions.get(u.code);
    if (!pos || u.code === CITY_CODE) continue;
    const r = byCode.get(u.code);
    const m = ms.find((g) => g.from.some((f) => f.code === u.code) && Number(g.date.slice(0, 4)) <= year);
    tiles.push({ unit: u, ...pos, rate: r?.poor_rate ?? null, provenance: r ? valueProvenance(r, 'poor_rate') : null, source: r?.source ?? null, mergedInto: r ? null : (m?.into ?? null) });
  }
  return tiles.sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Colour classes: thresholds at 1, 2, 3 nice steps of the data range. */
export interface Bins {
  step: number;
  thresholds: number[];
  labels: string[];
}

/** Four bins from the year's maximum, with labels in a locale ("Dưới 0,5%", "Từ 1,5%"). */
export function tileBins(maxRate: number, locale: Locale = 'vi'): Bins {
  const t = strings(locale).charts.tiles;
  const formatPercent = formatsFor(locale).percent;
  const max = maxRate > 0 ? maxRate : 1;
  const ts = ticks(0, max, 4);
  const step = ts.length > 1 ? ts[1]! - ts[0]! : max;
  const thresholds = [step, 2 * step, 3 * step];
  const d = stepDigits(step);
  const f = (v: number) => formatPercent(v, d);
  return {
    step,
    thresholds,
    labels: [t.below(f(thresholds[0]!)), t.range(f(thresholds[0]!), f(thresholds[1]!)), t.range(f(thresholds[1]!), f(thresholds[2]!)), t.from(f(thresholds[2]!))],
  };
}

/** Bin index (0–3) of a rate. */
export function binOf(rate: number, bins: Bins): number {
  let i = 0;
  while (i < bins.thresholds.length && rate >= bins.thresholds[i]! - 1e-9) i++;
  return i;
}

/** A laid-out tile. */
export interface TileLayout {
  tile: Tile;
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  textFill: string;
  nameLines: { x: number; y: number; text: string }[];
  /** The rate (bold), or where the unit went, bottom-aligned in the tile. */
  value: { lines: { x: number; y: number; text: string }[]; size: number; bold: boolean };
  nameSize: number;
  aria: string;
  highlight: boolean;
}

/** A laid-out tile map. */
export interface TileMapLayout {
  idPrefix: string;
  width: number;
  height: number;
  year: number;
  ariaLabel: string;
  describedBy: string | null;
  stamp: { x: number; y: number; w: number; h: number; text?: string } | null;
  tiles: TileLayout[];
  legend: { x: number; y: number; fill: string; dashed: boolean; text: string }[];
}

/** Options of the tile map layout. */
export interface TileMapOptions {
  width: number;
  year: number;
  idPrefix: string;
  highlight?: string | null;
  describedBy?: string;
}

const COLS = 6;
const GAP = 4;

/** Lays out tiles on a 6-column grid that fills `width`, then the legend below. */
export function tileMapLayout(tiles: readonly Tile[], o: TileMapOptions, locale: Locale = 'vi'): TileMapLayout {
  const tt = strings(locale).charts.tiles;
  const formatPercent = formatsFor(locale).percent;
  const inSentence = inSentenceFor(locale);
  const W = Math.max(240, o.width);
  const rates = tiles.map((t) => t.rate).filter((r): r is number => r !== null);
  const bins = tileBins(Math.max(0, ...rates), locale);
  const illustrative = tiles.some((t) => t.provenance === 'illustrative');
  const stampWords = stampText(locale);
  const stamp = illustrative ? stampBox(stampWords, 4) : null;
  const top = stamp ? 30 : 4;
  const size = (W - 8 - GAP * (COLS - 1)) / COLS;
  const h = Math.max(72, Math.min(size, 84));
  const nameSize = size < 80 ? 12 : 13;
  const rows = Math.max(0, ...tiles.map((t) => t.row)) + 1;
  const out: TileLayout[] = tiles.map((t) => {
    const x = 4 + t.col * (size + GAP);
    const y = top + t.row * (h + GAP);
    const bin = t.rate !== null ? TILE_BINS[binOf(t.rate, bins)]! : null;
    const lines = wrapText(t.unit.name, nameSize, size - 8);
    const nameLines = lines.map((text, i) => ({ x: x + size / 2, y: y + 16 + i * (nameSize + 3), text }));
    const valueText = t.rate !== null ? formatPercent(t.rate) : t.mergedInto ? `→ ${t.mergedInto.name}` : tt.noData;
    const valueSize = t.rate !== null ? 13 : 11;
    const vLines = t.rate !== null ? [valueText] : wrapText(valueText, valueSize, size - 6);
    const value = { lines: vLines.map((text, i) => ({ x: x + size / 2, y: y + h - 10 - (vLines.length - 1 - i) * (valueSize + 3), text })), size: valueSize, bold: t.rate !== null };
    const aria =
      t.rate !== null
        ? tt.ariaRate(t.unit.label, formatPercent(t.rate), o.year, ariaSuffix(t.provenance ?? 'official', locale), inSentence(t.unit))
        : t.mergedInto
          ? tt.ariaMerged(t.unit.label, inSentence(t.mergedInto), o.year, inSentence(t.unit))
          : tt.ariaNone(t.unit.label, o.year, inSentence(t.unit));
    return {
      tile: t,
      x,
      y,
      w: size,
      h,
      fill: bin?.fill ?? '#ffffff',
      textFill: bin?.text ?? COLORS.text,
      nameLines,
      value,
      nameSize,
      aria,
      highlight: !!o.highlight && o.highlight === t.unit.code,
    };
  });
  // Legend: four swatches (+ the dashed "merged" tile when shown), wrapping to the width.
  const items: { fill: string; dashed: boolean; text: string }[] = bins.labels.map((text, i) => ({ fill: TILE_BINS[i]!.fill, dashed: false, text }));
  if (tiles.some((t) => t.rate === null)) items.push({ fill: '#ffffff', dashed: true, text: tt.legendMerged });
  const legendTop = top + rows * (h + GAP) + 8;
  const placed = wrapLegend(items, (it) => 24 + textWidth(it.text, 12) + 14, 4, W - 4, 14);
  const legend: TileMapLayout['legend'] = placed.map((p) => ({ x: p.x, y: legendTop + p.row * 22, ...p.item }));
  // The last legend row's top.
  const ly = legendTop + Math.max(0, legendRows(placed) - 1) * 22;
  return {
    idPrefix: o.idPrefix,
    width: W,
    height: ly + 24,
    year: o.year,
    ariaLabel: tt.aria(rates.length, o.year),
    describedBy: o.describedBy ?? null,
    stamp,
    tiles: out,
    legend,
  };
}

/** Renders the tile map; each tile links to its unit page (`href` gets the unit; `linkTarget` e.g. "_top" in embeds). */
export function renderTileMapSvg(L: TileMapLayout, href: (u: UnitInfo) => string, linkTarget?: string): string {
  const o: string[] = [];
  o.push(`<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', 'font-family': FONT_FAMILY, viewBox: `0 0 ${L.width} ${L.height}`, width: L.width, height: L.height, class: 'chart-svg', role: 'group', 'aria-label': L.ariaLabel, 'aria-describedby': L.describedBy })}>`);
  if (L.stamp) o.push(renderStamp(L.stamp));
  for (const t of L.tiles) {
    o.push(`<a${attrs({ href: href(t.tile.unit), target: linkTarget, 'aria-label': t.aria, class: t.highlight ? 'c-tile is-highlight' : 'c-tile', 'data-unit': t.tile.unit.code })}>`);
    o.push(
      `<rect${attrs({ class: 'c-tile-box', x: t.x, y: t.y, width: t.w, height: t.h, rx: 4, fill: t.fill, stroke: t.highlight ? COLORS.text : t.tile.rate === null ? COLORS.muted : COLORS.axis, 'stroke-width': t.highlight ? 3 : 1.5, 'stroke-dasharray': t.tile.rate === null ? '5 3' : null })}/>`,
    );
    o.push('<g aria-hidden="true">');
    for (const l of t.nameLines) o.push(`<text${attrs({ x: l.x, y: l.y, 'font-size': t.nameSize, 'font-weight': t.highlight ? 700 : null, fill: t.textFill, 'text-anchor': 'middle' })}>${esc(l.text)}</text>`);
    for (const l of t.value.lines) o.push(`<text${attrs({ x: l.x, y: l.y, 'font-size': t.value.size, 'font-weight': t.value.bold ? 600 : null, fill: t.textFill, 'text-anchor': 'middle' })}>${esc(l.text)}</text>`);
    o.push('</g></a>');
  }
  o.push('<g aria-hidden="true">');
  for (const g of L.legend) {
    o.push(`<rect${attrs({ x: g.x, y: g.y, width: 18, height: 14, fill: g.fill, stroke: g.dashed ? COLORS.muted : COLORS.axis, 'stroke-dasharray': g.dashed ? '4 2' : null })}/>`);
    o.push(`<text${attrs({ x: g.x + 24, y: g.y + 12, 'font-size': 12, fill: COLORS.text })}>${esc(g.text)}</text>`);
  }
  o.push('</g></svg>');
  return o.join('');
}

/** Long description of the tile map, from the data. */
export function describeTiles(tiles: readonly Tile[], year: number, locale: Locale = 'vi'): string {
  const tt = strings(locale).charts.tiles;
  const formatPercent = formatsFor(locale).percent;
  const inSentence = inSentenceFor(locale);
  const withRate = tiles.filter((t) => t.rate !== null);
  if (withRate.length === 0) return tt.none(year);
  const bins = tileBins(Math.max(...withRate.map((t) => t.rate!)), locale);
  const groups = bins.labels.map((label, i) => ({ label, tiles: withRate.filter((t) => binOf(t.rate!, bins) === i).sort((a, b) => b.rate! - a.rate!) }));
  const nonEmpty = groups.filter((g) => g.tiles.length);
  const list = (ts: Tile[]) => ts.map((t) => `${t.unit.label} (${formatPercent(t.rate!)})`).join(', ');
  const parts = [tt.head(year, withRate.length, provenancePhrase(withRate.map((t) => t.provenance!), locale))];
  const hi = nonEmpty[nonEmpty.length - 1]!;
  parts.push(tt.highest(hi.label.toLowerCase(), list(hi.tiles)));
  if (nonEmpty.length > 1) {
    const lo = nonEmpty[0]!;
    parts.push(tt.lowest(lo.label.toLowerCase(), list(lo.tiles)));
  }
  const merged = tiles.filter((t) => t.rate === null && t.mergedInto);
  if (merged.length) parts.push(tt.merged(merged.map((t) => tt.mergedItem(inSentence(t.unit), inSentence(t.mergedInto!))).join(', ')));
  return parts.join(' ');
}

/** CSV/table of the tiles shown, in map order (north-west first). */
export function tileTable(tiles: readonly Tile[], year: number, locale: Locale = 'vi'): ChartTable {
  const tt = strings(locale).charts.tiles;
  const inSentence = inSentenceFor(locale);
  const h = Object.fromEntries(wardColumns(locale).map((c) => [c.key, c.label]));
  const rates = tiles.map((t) => t.rate).filter((r): r is number => r !== null);
  const bins = tileBins(Math.max(0, ...rates), locale);
  const rows: Record<string, CsvValue>[] = tiles.map((t) => ({
    year,
    unit_code: t.unit.code,
    unit_name: t.unit.label,
    poor_rate: t.rate,
    color_class: t.rate !== null ? bins.labels[binOf(t.rate, bins)] : null,
    note: t.mergedInto ? tt.noteMerged(inSentence(t.mergedInto)) : t.rate === null ? tt.noData : null,
    provenance: t.provenance,
    official_fields: null,
    source: t.source,
  }));
  return {
    caption: tt.caption(year),
    columns: [
      ...unitYearColumns(h),
      { key: 'poor_rate', label: h.poor_rate!, kind: 'percent' },
      { key: 'color_class', label: tt.colorClass, kind: 'text' },
      { key: 'note', label: tt.note, kind: 'text' },
      ...provenanceColumns(h),
    ],
    rows,
  };
}
