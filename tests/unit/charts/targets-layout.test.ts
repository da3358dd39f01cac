/**
 * Issue 13, targets chart: no marker overlaps another, no label overlaps a label or a mark, no line
 * runs through a label, at 360, 768 and 1280 px (and the 360/720 variants the site ships), for the
 * shipped data, the fixtures and generated edge cases; legend swatches are the marks' own markup.
 */
import { describe, expect, it } from 'vitest';
import { derivedActuals, markBox, renderTargetsSvg, targetItems, targetsBoxes, targetsLayout, type TargetItem, type TargetsLayout } from '../../../src/lib/charts/targets';
import { overlaps, type Box } from '../../../src/lib/charts/svg';
import { rowsOf } from '../../../src/lib/site-data';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { fixtures } from '../../fixtures/charts/load';

type Named = Box & { text: string };
const f = fixtures();

/** Every collision in a layout, as readable strings (empty when clean). */
function collisions(L: TargetsLayout): string[] {
  const { texts, marks, lines } = targetsBoxes(L);
  const bad: string[] = [];
  const pairs = (a: readonly Named[], b: readonly Named[], same: boolean, what: string) => {
    for (let i = 0; i < a.length; i++) for (let j = same ? i + 1 : 0; j < b.length; j++) if (overlaps(a[i]!, b[j]!, 0)) bad.push(`${what}: ${a[i]!.text} × ${b[j]!.text}`);
  };
  pairs(marks, marks, true, 'mark×mark');
  pairs(texts, texts, true, 'text×text');
  pairs(texts, marks, false, 'text×mark');
  pairs(lines, texts, false, 'line×text');
  for (const b of [...texts, ...marks]) if (b.x < 0 || b.x + b.w > L.width || b.y < 0 || b.y + b.h > L.height) bad.push(`outside: ${b.text}`);
  return bad;
}

const item = (o: Partial<TargetItem> & { id: string }): TargetItem => ({ label: o.id, unit: '%', baseline: null, target: 1, actual: null, provenance: 'official', baselineProvenance: o.baseline !== undefined && o.baseline !== null ? 'official' : null, source: 's', ...o });
const act = (value: number, provenance: 'official' | 'illustrative' = 'illustrative') => ({ value, year: 2024, provenance, source: 's' });

/** Generated edge cases: equal values, target = baseline, zeros, tiny and huge values, very long labels and units. */
const EDGE: Record<string, TargetItem[]> = {
  'all equal': [item({ id: 'eq', baseline: 0.72, target: 0.72, actual: act(0.72) })],
  'target = baseline, actual beyond': [item({ id: 'tb', baseline: 2.5, target: 2.5, actual: act(3.1, 'official') })],
  zeros: [item({ id: 'z', baseline: 0, target: 0, actual: act(0) })],
  'zero target, high baseline': [item({ id: 'zt', baseline: 1, target: 0, actual: act(0.999) })],
  'one tiny, one huge': [item({ id: 'th', unit: 'căn nhà', target: 1, actual: act(999_999_999) })],
  'huge equal counts': [item({ id: 'hc', unit: 'người được hỗ trợ tập huấn', baseline: 123_456_789, target: 123_456_789, actual: act(123_456_788) })],
  'very long label': [item({ id: 'long', label: 'Phấn đấu 100% hộ gia đình người có công với cách mạng không thuộc diện hộ nghèo, hộ cận nghèo và có mức sống bằng hoặc cao hơn mức sống trung bình của người dân nơi cư trú, Chiềuthiếuhụtvềnướcsinhhoạtvàvệsinhkhôngcódấucách', baseline: 0.5, target: 0.49, actual: act(0.51) })],
  'no baseline, no actual mix': [item({ id: 'a', target: 10, actual: act(11) }), item({ id: 'b', baseline: 3, target: 2 }), item({ id: 'c', target: 100, actual: act(100, 'official') })],
};

const WIDTHS = [240, 320, 360, 720, 768, 1280];

describe('targets layout: nothing collides', () => {
  const shipped = targetItems(rowsOf('plan-targets'), derivedActuals(rowsOf('ward-poverty'), rowsOf('campaign')));
  it('the shipped data has targets to draw', () => expect(shipped.length).toBeGreaterThan(0));
  const sets: Record<string, TargetItem[]> = { shipped, fixtures: targetItems(f.targets, derivedActuals(f.poverty, f.campaign)), ...EDGE };
  for (const locale of LOCALES)
    for (const [name, items] of Object.entries(sets))
      for (const width of WIDTHS)
        it(`${name} (${locale}) at ${width} px`, () => {
          const its = name === 'shipped' || name === 'fixtures' ? targetItems(name === 'shipped' ? rowsOf('plan-targets') : f.targets, name === 'shipped' ? derivedActuals(rowsOf('ward-poverty'), rowsOf('campaign'), 2024, locale) : derivedActuals(f.poverty, f.campaign, 2024, locale), locale) : items;
          const L = targetsLayout(its, { width, idPrefix: 't', locale });
          expect(collisions(L)).toEqual([]);
          expect(L.panels).toHaveLength(its.length);
        });

  it('the collision check itself finds overlapping markers and crossed labels', () => {
    const L = targetsLayout(EDGE['all equal']!, { width: 360, idPrefix: 't' });
    const p = L.panels[0]!;
    // Put the actual on the target's row: the check must see it.
    const broken: TargetsLayout = { ...L, panels: [{ ...p, lanes: p.lanes.map((l) => (l.kind === 'actual' ? { ...l, y: p.lanes[1]!.y } : l)) }] };
    expect(collisions(broken).some((s) => s.startsWith('mark×mark'))).toBe(true);
    const moved: TargetsLayout = { ...L, panels: [{ ...p, lanes: p.lanes.map((l) => ({ ...l, label: { ...l.label, lines: l.label.lines.map((ln) => ({ ...ln, x: p.track.x0 })) } })) }] };
    expect(collisions(moved).some((s) => s.startsWith('line×text'))).toBe(true);
  });
});

describe('targets layout: what it draws', () => {
  const items = targetItems(f.targets, derivedActuals(f.poverty, f.campaign));

  it('puts each figure on its own row, on one scale, in legend order, markers at their values', () => {
    const L = targetsLayout(items, { width: 360, idPrefix: 't' });
    const p = L.panels[0]!;
    expect(p.lanes.map((l) => l.kind)).toEqual(['baseline', 'target', 'actual']);
    expect(L.legend.map((g) => g.kind)).toEqual(['baseline', 'target', 'actual-illustrative']);
    const ys = p.lanes.map((l) => l.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(18);
    // Same scale for all rows: x is linear in the value from the zero line.
    const [b, t, a] = p.lanes;
    const k = (b!.x - p.track.x0) / b!.value;
    expect((t!.x - p.track.x0) / t!.value).toBeCloseTo(k, 6);
    expect((a!.x - p.track.x0) / a!.value).toBeCloseTo(k, 6);
    expect(a!.x).toBeLessThan(t!.x); // 0,70 < 0,72
    expect(p.lanes.map((l) => l.label.text)).toEqual(['0,97%', '0,72%', '0,70% (minh họa)']);
  });

  it('moves a label above its marker when it cannot fit to the right, and still collides with nothing', () => {
    const L = targetsLayout(EDGE['one tiny, one huge']!, { width: 240, idPrefix: 't' });
    expect(L.panels[0]!.lanes.find((l) => l.kind === 'actual')!.label.placement).toBe('above');
    expect(collisions(L)).toEqual([]);
  });

  it('draws a legend swatch with exactly the markup of the marks it explains', () => {
    const both = [item({ id: 'a', baseline: 2, target: 1, actual: act(1.5, 'official') }), item({ id: 'b', baseline: 2, target: 1, actual: act(0.5) })];
    const svg = renderTargetsSvg(targetsLayout(both, { width: 360, idPrefix: 'p' }));
    const inner = (kind: string) => [...svg.matchAll(new RegExp(`<g class="c-mark" data-mark="${kind}" transform="[^"]+">(.*?)</g>`, 'g'))].map((m) => m[1]);
    for (const kind of ['baseline', 'target', 'actual', 'actual-illustrative']) {
      const shapes = inner(kind);
      expect(shapes.length, kind).toBeGreaterThanOrEqual(2); // legend + at least one mark
      expect(new Set(shapes).size, kind).toBe(1);
    }
    expect(inner('actual-illustrative')[0]).toContain('url(#p-hatch)');
    expect(inner('actual')[0]).not.toContain('hatch');
    expect(svg).toContain('Thực hiện 2024 (chính thức)');
    expect(svg).toContain('Thực hiện 2024 (minh họa)');
  });

  it('mark boxes are centred on the marker', () => {
    expect(markBox('target', 10, 20)).toEqual({ x: 1.5, y: 11.5, w: 17, h: 17 });
  });

  it('is a pure function of items and width', () => {
    expect(renderTargetsSvg(targetsLayout(items, { width: 500, idPrefix: 'x' }))).toBe(renderTargetsSvg(targetsLayout(items, { width: 500, idPrefix: 'x' })));
  });
});
