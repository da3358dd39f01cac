import { describe, expect, it } from 'vitest';
import { COLORS, TILE_BINS, contrast } from '../../../src/lib/charts/color';
import { linear, stepDigits, zeroAxis } from '../../../src/lib/charts/scale';
import { attrs, dodge, esc, overlaps, textWidth, wrapText } from '../../../src/lib/charts/svg';

describe('svg helpers', () => {
  it('escapes markup and quotes', () => {
    expect(esc('Quỹ "Vì người nghèo" <b>&')).toBe('Quỹ &quot;Vì người nghèo&quot; &lt;b&gt;&amp;');
    expect(attrs({ x: 1.26, hidden: true, skip: null, no: false, label: 'a"b' })).toBe(' x="1.3" hidden label="a&quot;b"');
  });

  it('measures Vietnamese like its base letters, wider when bold, and grows with length', () => {
    expect(textWidth('Đông Hải', 14)).toBeCloseTo(textWidth('Dong Hai', 14), 5);
    expect(textWidth('Mỹ Hải', 14, true)).toBeGreaterThan(textWidth('Mỹ Hải', 14));
    expect(textWidth('Phường Mỹ Hải', 14)).toBeGreaterThan(textWidth('Mỹ Hải', 14));
    // Estimates err wide: 10 average characters at 14 px are at least 70 px.
    expect(textWidth('Thanh Sơn!', 14)).toBeGreaterThan(70);
  });

  it('wraps words to the width and keeps every word', () => {
    const text = 'Sau sáp nhập 1/11/2024: Mỹ Hương và Tấn Tài → Kinh Dinh; Thanh Sơn → Phủ Hà.';
    const lines = wrapText(text, 12, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('dodges labels apart, keeping order and the bounds', () => {
    const out = dodge([100, 101, 99, 300], 15, 0, 400);
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(15 - 1e-9);
    expect(out[2]).toBeLessThan(out[0]!); // 99 stays above 100
    expect(out[3]).toBe(300); // far label untouched
    const squeezed = dodge([398, 399, 400], 15, 0, 400);
    expect(Math.max(...squeezed)).toBeLessThanOrEqual(400);
  });

  it('detects overlapping boxes but not touching ones', () => {
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(true);
    expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(false);
  });
});

describe('scale', () => {
  it('maps linearly and handles a zero-width domain', () => {
    const s = linear([0, 2], [10, 110]);
    expect(s(1)).toBe(60);
    expect(linear([1, 1], [5, 50])(7)).toBe(5);
  });

  it('picks a nice zero-based axis whose tick labels fit', () => {
    const a = zeroAxis(1.44, 300, () => 40);
    expect(a.max).toBeGreaterThanOrEqual(1.44);
    expect(a.ticks[0]).toBe(0);
    const px = (a.step / a.max) * 300;
    expect(px).toBeGreaterThanOrEqual(50);
    // Narrower: fewer ticks, still spaced for the labels.
    const b = zeroAxis(1.44, 120, () => 40);
    expect(b.ticks.length).toBeLessThan(a.ticks.length);
    expect((b.step / b.max) * 120).toBeGreaterThanOrEqual(50);
  });

  it('gives 0–1 for empty or zero data', () => {
    expect(zeroAxis(0, 200, () => 20).max).toBe(1);
    expect(zeroAxis(Number.NaN, 200, () => 20).max).toBe(1);
  });

  it('knows the decimals a step needs', () => {
    expect(stepDigits(2)).toBe(0);
    expect(stepDigits(0.5)).toBe(1);
    expect(stepDigits(0.25)).toBe(2);
    expect(stepDigits(0.2)).toBe(1);
  });
});

describe('colour contrast (WCAG 2.2 AA)', () => {
  it('computes the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBeCloseTo(1, 5);
  });

  it('keeps chart text at 4.5:1 and marks at 3:1 on white', () => {
    for (const c of [COLORS.text, COLORS.muted, COLORS.target, COLORS.poor]) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    for (const c of [COLORS.near, COLORS.plain, COLORS.average, COLORS.axis]) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(COLORS.stamp, COLORS.stampBg)).toBeGreaterThanOrEqual(4.5);
  });

  it('prints tile labels readably on every bin', () => {
    for (const b of TILE_BINS) expect(contrast(b.text, b.fill)).toBeGreaterThanOrEqual(4.5);
  });
});
