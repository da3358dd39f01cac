/** Issue 13: no reference or target line runs through a value label, at phone, tablet and desktop widths. */
import { describe, expect, it } from 'vitest';
import { FONT, barsLayout, type BarsLayout } from '../../../src/lib/charts/bars';
import { clearLines, valueBox } from '../../../src/lib/charts/collide';
import { WARD_MEASURES, rateTargets, wardLayout, wardYear, wardYears } from '../../../src/lib/charts/ward';
import { fixtures } from '../../fixtures/charts/load';
import { barTextBoxes, outside, overlapping } from './helpers';

const f = fixtures();
const targets = rateTargets(f.targets);

/** "line at x × label" for every line span that crosses a value label's box. */
function crossings(L: BarsLayout): string[] {
  const bad: string[] = [];
  for (const l of L.refLines)
    for (const b of L.bars) {
      const box = valueBox(b, FONT.value);
      if (l.x < box.x - 1 || l.x > box.x + box.w + 1) continue;
      for (const [y1, y2] of l.spans) if (y2 > box.y && y1 < box.y + box.h) bad.push(`${l.kind} at ${l.x.toFixed(1)} × ${b.valueLabel}`);
    }
  return bad;
}

describe('reference lines never cross value labels', () => {
  for (const width of [360, 768, 1280])
    for (const year of wardYears(f.poverty))
      for (const m of WARD_MEASURES)
        it(`ward ${year} ${m.value} at ${width} px`, () => {
          const L = wardLayout(wardYear(f.poverty, f.units, year), { width, measure: m.value, targets, idPrefix: 'w' });
          expect(crossings(L)).toEqual([]);
          const boxes = barTextBoxes(L);
          expect(overlapping(boxes)).toEqual([]);
          expect(outside(boxes, width)).toEqual([]);
        });

  it('moves a crossed label just past the line when it fits', () => {
    const L = barsLayout({ idPrefix: 'x', width: 360, rows: [{ key: 'a', label: 'A', segments: [{ value: 0.3, kind: 'poor' }], valueLabel: '0,30%', aria: 'a', tip: [] }, { key: 'b', label: 'B', segments: [{ value: 1.5, kind: 'poor' }], valueLabel: '1,50%', aria: 'b', tip: [] }], refLines: [{ value: 0.4, kind: 'target' }], tickFormat: (v) => String(v), illustrative: false, ariaLabel: 'x' });
    const a = L.bars[0]!;
    const end = a.segments[0]!.x + a.segments[0]!.w;
    expect(a.valueX).toBeGreaterThan(L.refLines[0]!.x);
    expect(a.valueX).toBeGreaterThan(end + 6);
    expect(crossings(L)).toEqual([]);
  });

  it('breaks the line behind a label that cannot move', () => {
    const labels = [{ valueX: 300, valueY: 50, valueLabel: '0,33%' }];
    const lines = [{ x: 310, spans: [[0, 100]] as [number, number][] }];
    clearLines(labels, lines, FONT.value, 320);
    expect(labels[0]!.valueX).toBe(300);
    expect(lines[0]!.spans.length).toBe(2);
    const box = valueBox(labels[0]!, FONT.value);
    expect(lines[0]!.spans[0]![1]).toBeLessThanOrEqual(box.y);
    expect(lines[0]!.spans[1]![0]).toBeGreaterThanOrEqual(box.y + box.h);
  });
});
