/**
 * Chart colours (mirroring src/styles/tokens.css) and a WCAG contrast check, so the
 * palette's AA claims are tested rather than asserted.
 */

/** Colours used inside chart SVGs. SVG presentation attributes cannot read CSS variables in every viewer, so they are literal. */
export const COLORS = {
  text: '#1c1b19',
  muted: '#57534e',
  grid: '#d6d3ce',
  axis: '#8a847c',
  bg: '#ffffff',
  poor: '#a8321b',
  /** Stripes and outline of near-poor bars (hatching, so hue is not the only cue). */
  near: '#9a4420',
  nearBg: '#fbe3d3',
  plain: '#0b5d54',
  plainAlt: '#57534e',
  target: '#0b5d54',
  average: '#1c1b19',
  stamp: '#6b4a00',
  stampBg: '#fff4d6',
  focus: '#c2410c',
} as const;

/** Font of chart text, set on each SVG so a saved or embedded SVG keeps the site's face. */
export const FONT_FAMILY = "'Be Vietnam Pro', system-ui, sans-serif";

/** Sequential light→dark bins for the tile map, each with the text colour that reads on it. */
export const TILE_BINS = [
  { fill: '#fdebdf', text: '#1c1b19' },
  { fill: '#f2b28f', text: '#1c1b19' },
  { fill: '#b8432a', text: '#ffffff' },
  { fill: '#6e1d0e', text: '#ffffff' },
] as const;

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour (WCAG 2.x). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`màu không hợp lệ: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two colours, 1–21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
