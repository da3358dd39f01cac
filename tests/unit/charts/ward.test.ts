import { describe, expect, it } from 'vitest';
import { barsLayout, renderBarsSvg, type BarsInput } from '../../../src/lib/charts/bars';
import { tableCsv } from '../../../src/lib/charts/table';
import { mergerSentence, mergers } from '../../../src/lib/charts/units';
import { describeWard, rankWard, rateTargets, wardBarsInput, wardLayout, wardTable, wardYear, wardYears, type WardMeasure } from '../../../src/lib/charts/ward';
import { fixtures } from '../../fixtures/charts/load';
import { barTextBoxes, outside, overlapping } from './helpers';

const f = fixtures();
const targets = rateTargets(f.targets);
const y2023 = wardYear(f.poverty, f.units, 2023);
const y2024 = wardYear(f.poverty, f.units, 2024);
const base = { targets, idPrefix: 't' } as const;

describe("the city's average line", () => {
  it('is a mark of its own whose tooltip names exactly the official values of its row', () => {
    const L = wardLayout(y2023, { ...base, width: 720, measure: 'poor', tips: true });
    const mark = L.refLines.find((l) => l.kind === 'average')!.mark!;
    expect(mark.key).toBe('582');
    expect(mark.tip[0]).toBe('Toàn thành phố, năm 2023');
    expect(mark.tip.at(-1)).toBe('Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo là chính thức; số hộ nghèo, số hộ cận nghèo và tổng số hộ là minh họa');
    const svg = renderBarsSvg(L);
    expect(svg).toContain('class="c-bar c-ref-mark" data-bar="582"');
    // An all-illustrative city row says so, and never calls anything official.
    const tip2024 = wardLayout(y2024, { ...base, width: 720, measure: 'poor', tips: true }).refLines.find((l) => l.kind === 'average')!.mark!.tip;
    expect(tip2024.at(-1)).toMatch(/minh họa/);
    expect(tip2024.join(' ')).not.toMatch(/chính thức/);
    // The target line has no tooltip of its own (its value is in the legend).
    expect(L.refLines.find((l) => l.kind === 'target')?.mark ?? null).toBeNull();
  });
});

describe('ward series', () => {
  it('has 16 units until 2023 and 13 in 2024, the city set apart', () => {
    expect(wardYears(f.poverty)).toEqual([2023, 2024]);
    expect(y2023.items).toHaveLength(16);
    expect(y2024.items).toHaveLength(13);
    expect(y2023.city?.poorRate).toBe(0.97);
    expect(y2023.city?.provenance).toBe('mixed');
    expect(y2023.city?.official_fields).toBe('poor_rate;near_poor_rate');
    expect(y2024.items.map((i) => i.name)).not.toContain('Mỹ Hương');
    expect(y2024.items.find((i) => i.code === '22774')?.label).toBe('Xã Thành Hải');
  });

  it('reads the 2024 rate targets from plan-targets', () => {
    expect(targets).toMatchObject({ poor: 0.72, near: 2.16, year: 2024, provenance: 'official' });
  });

  it('derives the 1/11/2024 merger from the unit data', () => {
    const ms = mergers(f.units, f.changes);
    expect(ms.map((m) => [m.into.name, m.from.map((u) => u.name)])).toEqual([
      ['Kinh Dinh', ['Mỹ Hương', 'Tấn Tài']],
      ['Phủ Hà', ['Thanh Sơn']],
    ]);
    expect(mergerSentence(ms)).toBe('Từ 1/11/2024, phường Mỹ Hương và phường Tấn Tài nhập vào phường Kinh Dinh; phường Thanh Sơn nhập vào phường Phủ Hà.');
  });
});

describe('ranking', () => {
  it('ranks by the measure, highest first', () => {
    const poor = rankWard(y2024.items, 'poor').map((i) => i.name);
    expect(poor.slice(0, 3)).toEqual(['Thành Hải', 'Đông Hải', 'Đô Vinh']);
    expect(poor[poor.length - 1]).toBe('Kinh Dinh');
    const near = rankWard(y2024.items, 'near');
    for (let i = 1; i < near.length; i++) expect(near[i - 1]!.nearRate).toBeGreaterThanOrEqual(near[i]!.nearRate);
  });

  it('breaks ties on the other rate, then by name', () => {
    const ties = wardYear(f.ties, f.units, 2022);
    // Đô Vinh and Phước Mỹ both 2,00%: Phước Mỹ has more near-poor, so it comes first.
    expect(rankWard(ties.items, 'poor').map((i) => i.name)).toEqual(['Phước Mỹ', 'Đô Vinh', 'Bảo An', 'Phủ Hà']);
    // Bảo An and Phủ Hà tie on both rates: Vietnamese alphabetical order.
    expect(rankWard(ties.items, 'near').slice(2).map((i) => i.name)).toEqual(['Bảo An', 'Phủ Hà']);
  });

  it('does not mutate the input order', () => {
    const before = y2024.items.map((i) => i.code);
    rankWard(y2024.items, 'poor');
    expect(y2024.items.map((i) => i.code)).toEqual(before);
  });
});

describe('ward bars layout', () => {
  const measures: WardMeasure[] = ['poor', 'near', 'both'];
  for (const width of [320, 360, 560, 720]) {
    for (const m of measures) {
      it(`keeps every label apart and inside at ${width} px (${m})`, () => {
        for (const wy of [y2023, y2024]) {
          const L = wardLayout(wy, { ...base, width, measure: m, highlight: '22738', notes: ['Sau sáp nhập 1/11/2024: Mỹ Hương và Tấn Tài → Kinh Dinh; Thanh Sơn → Phủ Hà.'] });
          const boxes = barTextBoxes(L);
          expect(overlapping(boxes)).toEqual([]);
          expect(outside(boxes, L.width)).toEqual([]);
        }
      });
    }
  }

  it('puts names above bars when narrow and in a column when wide', () => {
    const n = wardLayout(y2024, { ...base, width: 360, measure: 'poor' });
    const w = wardLayout(y2024, { ...base, width: 720, measure: 'poor' });
    expect(n.mode).toBe('narrow');
    expect(w.mode).toBe('wide');
    for (const b of n.bars) expect(b.labelY).toBeLessThan(b.barY);
    for (const b of w.bars) expect(b.labelX).toBeLessThanOrEqual(w.plot.x0);
  });

  it('gives each bar a hit area of at least 24 px and the full width', () => {
    for (const width of [360, 720]) {
      const L = wardLayout(y2023, { ...base, width, measure: 'both' });
      for (const b of L.bars) {
        expect(b.hit.h).toBeGreaterThanOrEqual(24);
        expect(b.hit.w).toBe(L.width);
      }
      // Hit areas tile the plot without overlapping.
      for (let i = 1; i < L.bars.length; i++) expect(L.bars[i]!.hit.y).toBeGreaterThanOrEqual(L.bars[i - 1]!.hit.y + L.bars[i - 1]!.hit.h - 1e-9);
    }
  });

  it('scales bar lengths to the values and stacks near-poor after poor', () => {
    const L = wardLayout(y2024, { ...base, width: 720, measure: 'both' });
    const top = L.bars[0]!;
    expect(top.key).toBe('22774');
    const [poor, near] = top.segments;
    expect(poor!.kind).toBe('poor');
    expect(near!.kind).toBe('near');
    expect(near!.x).toBeCloseTo(poor!.x + poor!.w, 5);
    expect(near!.w / poor!.w).toBeCloseTo(4.2 / 1.44, 1);
    expect(top.valueLabel).toBe('1,44% + 4,20%');
  });

  it('draws the city average and the 2024 target as lines for the measure', () => {
    const poor = wardLayout(y2024, { ...base, width: 720, measure: 'poor' });
    const near = wardLayout(y2024, { ...base, width: 720, measure: 'near' });
    expect(poor.refLines.map((l) => l.kind)).toEqual(['average', 'target']);
    expect(poor.refLines[1]!.x).toBeGreaterThan(poor.refLines[0]!.x); // 0,72 > 0,70
    expect(near.legend.map((l) => l.text)).toEqual(['Hộ cận nghèo', 'Toàn TP (cận nghèo): 2,12%', 'Chỉ tiêu cuối 2024: 2,16%']);
    // Narrow: one short span per bar, so lines never cross the names above bars.
    const n = wardLayout(y2024, { ...base, width: 360, measure: 'poor' });
    expect(n.refLines[0]!.spans).toHaveLength(13);
  });

  it('is taller with 16 units than with 13 and labels the chart with the count', () => {
    const a = wardLayout(y2023, { ...base, width: 360, measure: 'poor' });
    const b = wardLayout(y2024, { ...base, width: 360, measure: 'poor' });
    expect(a.bars).toHaveLength(16);
    expect(b.bars).toHaveLength(13);
    expect(a.height).toBeGreaterThan(b.height);
    expect(b.ariaLabel).toContain('13 phường/xã năm 2024');
  });

  it('stamps illustrative data and not official-only data', () => {
    const input = wardBarsInput(y2024, { ...base, width: 360, measure: 'poor' });
    expect(input.illustrative).toBe(true);
    const official: BarsInput = { ...input, illustrative: false };
    expect(barsLayout(official).stamp).toBeNull();
    expect(barsLayout(input).stamp).not.toBeNull();
  });

  it('writes tooltip lines only when asked (the enhancer asks; build-time SVGs stay light)', () => {
    const withTips = renderBarsSvg(wardLayout(y2024, { ...base, width: 360, measure: 'poor', tips: true }));
    expect(withTips).toContain('data-tip="Xã Thành Hải, năm 2024\nHộ nghèo: 1,44% (54 hộ)\nHộ cận nghèo: 4,20% (158 hộ)\nTổng số hộ: 3.761\nSố liệu minh họa"');
    expect(renderBarsSvg(wardLayout(y2024, { ...base, width: 360, measure: 'poor' }))).not.toContain('data-tip');
  });

  it('handles empty and single-unit years', () => {
    const empty = wardLayout({ year: 2030, items: [], city: null }, { ...base, width: 360, measure: 'poor' });
    expect(empty.bars).toHaveLength(0);
    expect(empty.empty?.text).toBe('Chưa có số liệu');
    expect(empty.height).toBeGreaterThan(0);
    const single = wardYear(f.ties, f.units, 2023);
    const L = wardLayout(single, { ...base, width: 360, measure: 'poor' });
    expect(L.bars).toHaveLength(1);
    expect(L.bars[0]!.segments[0]!.w).toBeGreaterThan(0);
    expect(L.bars[0]!.segments[0]!.x + L.bars[0]!.segments[0]!.w).toBeLessThanOrEqual(L.plot.x1 + 1e-9);
  });
});

describe('ward description (generated)', () => {
  it('names the highest and lowest units and compares the city with the target', () => {
    const d = describeWard(y2024, targets);
    expect(d).toContain('Năm 2024 (13 phường/xã, số liệu minh họa)');
    expect(d).toContain('Xã Thành Hải có tỷ lệ hộ nghèo cao nhất (1,44%), tiếp theo là Phường Đông Hải (1,08%) và Phường Đô Vinh (1,00%)');
    expect(d).toContain('Phường Kinh Dinh thấp nhất (0,27%)');
    expect(d).toContain('toàn thành phố là 0,70% (minh họa), thấp hơn chỉ tiêu cuối năm 2024 (0,72%); 6 trên 13 đơn vị cao hơn mức chung');
    expect(d).toContain('toàn thành phố 2,12%, thấp hơn chỉ tiêu 2,16%');
  });

  it('marks the official city figure and reports when the city is above target', () => {
    expect(describeWard(y2023, targets)).toContain('0,97% (chính thức), cao hơn chỉ tiêu cuối năm 2024 (0,72%)');
  });

  it('words ties, a single unit and an empty year', () => {
    const ties = wardYear(f.ties, f.units, 2022);
    const d = describeWard(ties, targets);
    expect(d).toContain('Phường Đô Vinh và Phường Phước Mỹ cùng có tỷ lệ hộ nghèo cao nhất (2,00%)');
    expect(d).toContain('Phường Bảo An và Phường Phủ Hà cùng thấp nhất (0,50%)');
    expect(describeWard(wardYear(f.ties, f.units, 2023), null)).toBe('Năm 2023 chỉ có số liệu của Phường Đô Vinh (số liệu minh họa): tỷ lệ hộ nghèo 1,00%, tỷ lệ hộ cận nghèo 2,00%.');
    expect(describeWard({ year: 2030, items: [], city: null }, targets)).toBe('Chưa có số liệu rà soát theo phường/xã năm 2030.');
  });
});

describe('ward table and CSV', () => {
  it('lists the units in chart order, then the city and the target, with provenance', () => {
    const t = wardTable(y2024, targets);
    expect(t.rows).toHaveLength(15);
    expect(t.rows.slice(0, 13).map((r) => r.unit_code)).toEqual(rankWard(y2024.items, 'poor').map((i) => i.code));
    expect(t.rows[13]).toMatchObject({ row_type: 'toan-thanh-pho', unit_code: '582', poor_rate: 0.7 });
    expect(t.rows[14]).toMatchObject({ row_type: 'chi-tieu', poor_rate: 0.72, near_poor_rate: 2.16, provenance: 'official' });
    for (const r of t.rows) expect(['official', 'illustrative']).toContain(r.provenance);
  });

  it('writes UTF-8 with a BOM, CRLF and dot decimals', () => {
    const csv = tableCsv(wardTable(y2024, targets));
    expect(csv.startsWith('\uFEFFrow_type,year,unit_code,unit_name,poor_rate,')).toBe(true);
    expect(csv).toContain('\r\nphuong-xa,2024,22774,Xã Thành Hải,1.44,4.2,54,158,3761,illustrative,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
