/**
 * Keeps reference and target lines off the value labels of a bar chart: a label a line would cross
 * moves just past the line when it still fits, otherwise the line is broken behind the label.
 * Pure; barsLayout runs it at build time and in the browser alike.
 */
import { textBox, type Box } from './svg';

/** What the resolver reads and moves of a bar's value label. */
export interface ValueLabel {
  valueX: number;
  valueY: number;
  valueLabel: string;
}

/** A vertical line as spans [y1, y2] at x. */
export interface VLine {
  x: number;
  spans: [number, number][];
}

/** Half the widest line's stroke plus a little air, px. */
const CLEAR = 3;

/** The box of a value label (bold, start-anchored), as drawn. */
export function valueBox(b: ValueLabel, size: number): Box {
  return textBox(b.valueX, b.valueY, b.valueLabel, size, 'start', true);
}

const crosses = (x: number, box: Box) => x >= box.x - CLEAR && x <= box.x + box.w + CLEAR;
const spansRow = (spans: [number, number][], box: Box) => spans.some(([a, b]) => b > box.y && a < box.y + box.h);

/**
 * Moves each crossed label to the right of the line(s) that cross it while it fits inside `maxX`;
 * a label that cannot move breaks the line's spans behind its box. Mutates and returns its inputs.
 */
export function clearLines<L extends ValueLabel, V extends VLine>(labels: L[], lines: V[], size: number, maxX: number, gap = 6): { labels: L[]; lines: V[] } {
  const xs = [...lines].sort((a, b) => a.x - b.x);
  for (const b of labels) {
    for (const l of xs) {
      const box = valueBox(b, size);
      if (!crosses(l.x, box) || !spansRow(l.spans, box)) continue;
      const moved = { ...b, valueX: l.x + CLEAR + gap / 2 };
      if (valueBox(moved, size).x + box.w <= maxX) b.valueX = moved.valueX;
    }
  }
  for (const l of lines) {
    for (const b of labels) {
      const box = valueBox(b, size);
      if (!crosses(l.x, box)) continue;
      const top = box.y - 1;
      const bottom = box.y + box.h + 1;
      l.spans = l.spans.flatMap(([a, c]): [number, number][] => {
        if (c <= top || a >= bottom) return [[a, c]];
        const out: [number, number][] = [];
        if (a < top) out.push([a, top]);
        if (c > bottom) out.push([bottom, c]);
        return out;
      });
    }
  }
  return { labels, lines };
}
