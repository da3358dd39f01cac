/** Test helpers: every text box a layout draws, and a pairwise overlap finder. */
import { FONT, type BarsLayout } from '../../../src/lib/charts/bars';
import { overlaps, textBox, type Box } from '../../../src/lib/charts/svg';

/** A text's box with its text, for readable failure messages. */
export type Labeled = Box & { text: string };

/** All text boxes of a bar layout: legend, notes, ticks, names and values. */
export function barTextBoxes(L: BarsLayout): Labeled[] {
  const out: Labeled[] = [];
  for (const g of L.legend) out.push({ ...textBox(g.x + 24, g.y + 12, g.text, FONT.legend), text: g.text });
  for (const n of L.notes) out.push({ ...textBox(n.x, n.y, n.text, FONT.note), text: n.text });
  for (const t of L.ticks) out.push({ ...textBox(t.x, t.y, t.text, FONT.tick, t.anchor), text: t.text });
  for (const b of L.bars) {
    out.push({ ...textBox(b.labelX, b.labelY, b.label, FONT.label, b.labelAnchor, b.highlight), text: b.label });
    out.push({ ...textBox(b.valueX, b.valueY, b.valueLabel, FONT.value, 'start', true), text: b.valueLabel });
  }
  return out;
}

/** Pairs of overlapping boxes, as "a × b" strings (empty when none overlap). */
export function overlapping(boxes: readonly Labeled[]): string[] {
  const bad: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) bad.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
  return bad;
}

/** Boxes that leave the [0, width] band. */
export function outside(boxes: readonly Labeled[], width: number): string[] {
  return boxes.filter((b) => b.x < -0.5 || b.x + b.w > width + 0.5).map((b) => b.text);
}
