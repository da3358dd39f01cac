/**
 * Small helpers for building SVG as strings: escaping, rounding, text width estimates and wrapping.
 * Pure and DOM-free, so the same code runs at build time and in the client enhancer.
 */

/** Escapes text for an XML text node or a double-quoted attribute. */
export function esc(s: string | number): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds a coordinate to one decimal, so the SVG stays small and snapshots stay stable. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Serialises attributes, skipping null/undefined/false. */
export function attrs(a: Record<string, string | number | boolean | null | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue;
    out += v === true ? ` ${k}` : ` ${k}="${esc(typeof v === 'number' ? r1(v) : v)}"`;
  }
  return out;
}

// Advance widths in em for Be Vietnam Pro, rounded UP so estimates err on the wide side.
const NARROW = new Set('iljtfrI.,:;!\'|()[]·'.split(''));
const WIDE = new Set('mwMW%'.split(''));

/**
 * Estimated rendered width of `text` at `size` px (weight 400; `bold` adds 6 %).
 * Diacritics do not change the advance, so the text is measured without them.
 */
export function textWidth(text: string, size: number, bold = false): number {
  const base = text.normalize('NFD').replace(/\p{M}/gu, '');
  let em = 0;
  for (const ch of base) {
    if (ch === ' ') em += 0.3;
    else if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch)) em += 0.9;
    else if (/[A-ZĐ]/.test(ch)) em += 0.7;
    else if (/[0-9]/.test(ch)) em += 0.62;
    else em += 0.6;
  }
  return em * size * (bold ? 1.06 : 1);
}

/** Greedy word wrap by estimated width; a word longer than the line stays whole on its own line. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && textWidth(next, size) > maxWidth) {
      lines.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** A box, for overlap checks in tests and layouts. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** True when two boxes overlap by more than `eps` px in both directions. */
export function overlaps(a: Box, b: Box, eps = 0.5): boolean {
  return a.x + a.w - eps > b.x && b.x + b.w - eps > a.x && a.y + a.h - eps > b.y && b.y + b.h - eps > a.y;
}

/** The box of a text line drawn at baseline `y` with the given anchor. */
export function textBox(x: number, y: number, text: string, size: number, anchor: 'start' | 'middle' | 'end' = 'start', bold = false): Box {
  const w = textWidth(text, size, bold);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  // Vietnamese stacks diacritics above capitals (Ấ, Ở): reserve 0.95 em above the baseline, 0.3 em below.
  return { x: left, y: y - size * 0.95, w, h: size * 1.25 };
}

/**
 * Spreads 1-D label positions so neighbours are at least `gap` apart, keeping their order and
 * staying within [min, max] when possible. Used for point labels that would collide.
 */
export function dodge(positions: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const idx = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = idx.map(([p]) => p);
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap);
  // Pushed past the bottom edge: shift the tail back up.
  if (out.length && out[out.length - 1]! > max) {
    out[out.length - 1] = max;
    for (let i = out.length - 2; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - gap);
  }
  if (out.length && out[0]! < min) {
    out[0] = min;
    for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap);
  }
  const res = new Array<number>(positions.length);
  idx.forEach(([, i], k) => (res[i] = out[k]!));
  return res;
}
