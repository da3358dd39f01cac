/**
 * The pieces every chart type draws the same way: the illustrative-data stamp, the near-poor
 * hatching, the white halo behind labels, and legend entries wrapped to the width. No dictionary
 * import (bar charts ship to the browser): callers pass the texts of their locale.
 */
import { COLORS } from './color';
import { attrs, esc, textWidth } from './svg';

/** Vietnamese stamp text for callers that pass none (kept equal to the dictionary by tests/unit/i18n/charts.test.ts). */
export const DEFAULT_STAMP = 'Số liệu minh họa';

/** Font size of the stamp, px. */
const STAMP_FONT = 12;

/** A stamp's box and text. */
export interface StampBox {
  x: number;
  y: number;
  w: number;
  h: number;
  text?: string;
}

/** The stamp's box for `text` with its top-left at (x, y). */
export function stampBox(text: string, x: number, y = 2): StampBox & { text: string } {
  return { x, y, w: textWidth(text, STAMP_FONT, true) + 12, h: 20, text };
}

/** The illustrative-data stamp, drawn inside a chart so screenshots keep it. */
export function renderStamp(s: StampBox): string {
  return `<g class="c-stamp"><rect${attrs({ x: s.x, y: s.y, width: s.w, height: s.h, rx: 3, fill: COLORS.stampBg, stroke: COLORS.stamp })}/><text${attrs({ x: s.x + 6, y: s.y + 14, fill: COLORS.stamp, 'font-size': STAMP_FONT, 'font-weight': 600 })}>${esc(s.text ?? DEFAULT_STAMP)}</text></g>`;
}

/** A white outline behind text, so grid lines never cut through a label. */
export const HALO = { stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } as const;

/** `<defs>` with the near-poor hatching, shared by several chart types. */
export function hatchDefs(idPrefix: string): string {
  return `<defs><pattern id="${esc(idPrefix)}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLORS.nearBg}"/><rect width="2.5" height="6" fill="${COLORS.near}"/></pattern></defs>`;
}

/** A legend entry placed by wrapLegend: its x and its row (0 = first). */
export interface Placed<T> {
  item: T;
  x: number;
  row: number;
}

/**
 * Places legend entries left to right from `left`, starting a new row when an entry (its width
 * less a trailing `slack`) would pass `right`; an entry never wraps alone at the row's start.
 */
export function wrapLegend<T>(items: readonly T[], widthOf: (item: T) => number, left: number, right: number, slack: number): Placed<T>[] {
  const out: Placed<T>[] = [];
  let x = left;
  let row = 0;
  for (const item of items) {
    const w = widthOf(item);
    if (x > left && x + w - slack > right) {
      x = left;
      row++;
    }
    out.push({ item, x, row });
    x += w;
  }
  return out;
}

/** The number of rows placed entries take (0 when there are none). */
export function legendRows(placed: readonly Placed<unknown>[]): number {
  return placed.length ? placed[placed.length - 1]!.row + 1 : 0;
}
