/**
 * A linear scale and axis ticks. Deliberately tiny (d3-array's `ticks`/`nice` only) so the
 * ward chart's layout can run in the browser without shipping d3-scale.
 */
import { nice, ticks, tickStep } from 'd3-array';

/** Maps a value from `domain` to `range` linearly. */
export interface Linear {
  (v: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** A linear scale; a zero-width domain maps everything to the start of the range. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const f = ((v: number) => r0 + (v - d0) * k) as Linear;
  f.domain = domain;
  f.range = range;
  return f;
}

/** A value axis from zero: its nice maximum and the ticks to label. */
export interface Axis {
  max: number;
  ticks: number[];
  step: number;
}

/**
 * Picks a zero-based axis for `dataMax` that fits `length` px: the most ticks whose labels
 * (measured with `labelWidth`) stay at least `gap` px apart. Empty or zero data gives 0–1.
 */
export function zeroAxis(dataMax: number, length: number, labelWidth: (v: number, step: number) => number, gap = 10, maxTicks = 8): Axis {
  const top = Number.isFinite(dataMax) && dataMax > 0 ? dataMax : 1;
  for (let count = maxTicks; count >= 1; count--) {
    const [, hi] = nice(0, top, count);
    const ts = ticks(0, hi, count);
    const step = ts.length > 1 ? ts[1]! - ts[0]! : tickStep(0, hi, count);
    const px = (step / hi) * length;
    const widest = Math.max(...ts.map((t) => labelWidth(t, step)));
    if (ts.length <= 2 || px >= widest + gap) return { max: hi, ticks: ts, step };
  }
  return { max: top, ticks: [0, top], step: top };
}

/** Decimals needed to print ticks spaced by `step` (0.5 → 1, 0.25 → 2, 2 → 0). */
export function stepDigits(step: number): number {
  for (let d = 0; d < 4; d++) {
    const v = step * 10 ** d;
    if (Math.abs(v - Math.round(v)) < 1e-6) return d;
  }
  return 4;
}
