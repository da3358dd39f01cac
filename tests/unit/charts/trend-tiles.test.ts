import { describe, expect, it } from 'vitest';
import { COLORS, TILE_BINS, contrast } from '../../../src/lib/charts/color';
import { textBox, overlaps } from '../../../src/lib/charts/svg';
import { tilePositions, binOf, describeTiles, tileBins, tileMapLayout, tileSeries, tileTable } from '../../../src/lib/charts/tilemap';
import { changePhrase, describeTrend, trendLayout, trendSeries, trendTable, type TrendLayout } from '../../../src/lib/charts/trend';
import { rateTargets } from '../../../src/lib/charts/ward';
import { fixtures } from '../../fixtures/charts/load';
import { outside, overlapping, type Labeled } from './helpers';

const f = fixtures();
const targets = rateTargets(f.targets);
const years = [2021, 2022, 2023, 2024];

function trendBoxes(L: TrendLayout): Labeled[] {
  return [
    ...L.legend.map((g) => ({ ...textBox(g.x + 22, g.y + 11.5, g.text, 12), text: g.text })),
    ...L.notes.map((n) => ({ ...textBox(n.x, n.y, n.text, 12), text: n.text })),
    ...L.yTicks.map((t) => ({ ...textBox(L.plot.x0 - 8, t.y + 4, t.text, 12, 'end'), text: t.text })),
    ...L.xTicks.map((t) => ({ ...textBox(t.x, t.y, t.text, 12, 'middle'), text: t.text })),
    ...L.labels.map((l) => ({ ...textBox(l.x, l.y, l.text, 12, l.anchor, true), text: l.text })),
  ];
}

describe('trend', () => {
  const city = trendSeries(f.poverty, '582');

  it('orders points by year and keeps provenance', () => {
    expect(city.map((p) => p.year)).toEqual([2023, 2024]);
    expect(city[0]).toMatchObject({ poor: 0.97, near: 2.5, provenance: 'mixed', poorProv: 'official', nearProv: 'official' });
    expect(trendSeries(f.poverty, '22753').map((p) => p.year)).toEqual([2023]); // Mỹ Hương: merged away in 2024
  });

  for (const width of [320, 360, 720]) {
    it(`keeps labels apart at ${width} px, with the targets drawn`, () => {
      const L = trendLayout(city, { width, idPrefix: 't', years, targets, ariaLabel: 'x' });
      expect(overlapping(trendBoxes(L))).toEqual([]);
      expect(outside(trendBoxes(L), L.width)).toEqual([]);
      expect(L.targets.map((t) => t.kind)).toEqual(['poor', 'near']);
    });
  }

  it('fills official points only, and places the shared year axis', () => {
    const L = trendLayout(city, { width: 360, idPrefix: 't', years, targets, ariaLabel: 'x' });
    expect(L.points.filter((p) => p.official).map((p) => p.year)).toEqual([2023, 2023]);
    expect(L.xTicks.map((t) => t.text)).toEqual(['2021', '2022', '2023', '2024']);
    const xs = L.xTicks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    // Higher rate, higher on the page.
    const p23 = L.points.find((p) => p.year === 2023 && p.kind === 'poor')!;
    const p24 = L.points.find((p) => p.year === 2024 && p.kind === 'poor')!;
    expect(p24.y).toBeGreaterThan(p23.y);
    expect(L.stamp).not.toBeNull();
  });

  it('breaks the line where a boundary changed', () => {
    const kd = trendSeries(f.poverty, '22759');
    const whole = trendLayout(kd, { width: 360, idPrefix: 't', years, ariaLabel: 'x' });
    const broken = trendLayout(kd, { width: 360, idPrefix: 't', years, breakBefore: 2024, ariaLabel: 'x' });
    expect(whole.paths).toHaveLength(2);
    expect(broken.paths).toHaveLength(0);
    expect(broken.breakX).not.toBeNull();
  });

  it('copes with no points and with one point', () => {
    expect(trendLayout([], { width: 360, idPrefix: 't', years, ariaLabel: 'x' }).points).toHaveLength(0);
    const one = trendLayout(city.slice(0, 1), { width: 360, idPrefix: 't', ariaLabel: 'x' });
    expect(one.points[0]!.x).toBeCloseTo((one.xTicks[0]!.x), 5);
    expect(describeTrend([], 'Toàn thành phố')).toBe('Chưa có số liệu về Toàn thành phố.');
  });

  it('describes the change, the official years and the targets', () => {
    const d = describeTrend(city, 'Toàn thành phố', targets);
    expect(d).toContain('tỷ lệ hộ nghèo giảm từ 0,97% (2023) xuống còn 0,70% (2024)');
    expect(d).toContain('Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo toàn thành phố năm 2023 là chính thức; các số liệu còn lại là minh họa.');
    expect(d).toContain('số liệu năm 2024: hộ nghèo đạt chỉ tiêu (theo số liệu minh họa, không phải kết quả chính thức), hộ cận nghèo đạt chỉ tiêu (theo số liệu minh họa');
    expect(changePhrase(1, 2)).toBe('tăng từ 1,00% lên 2,00%');
    expect(changePhrase(1, 1)).toBe('không đổi ở mức 1,00%');
  });

  it('tables the points and the target row', () => {
    const t = trendTable(city, '582', 'Toàn thành phố', targets);
    expect(t.rows.map((r) => r.row_type)).toEqual(['so-lieu', 'so-lieu', 'chi-tieu']);
  });
});

describe('tile map', () => {
  it('gives each of the 16 units its own cell', () => {
    const positions = tilePositions(f.units);
    const cells = [...positions.values()].map((p) => `${p.col},${p.row}`);
    expect(cells).toHaveLength(16);
    expect(new Set(cells).size).toBe(16);
    for (const u of f.units.filter((x) => x.gso_code !== '582')) expect(positions.get(u.gso_code)).toBeDefined();
    // Read from the tile_col/tile_row columns: Đô Vinh is the north-west corner, Đông Hải the river mouth.
    expect(positions.get('22738')).toEqual({ col: 0, row: 0 });
    expect(positions.get('22768')).toEqual({ col: 5, row: 3 });
  });

  it('shows 16 coloured tiles in 2023, and 13 plus 3 merged tiles in 2024', () => {
    const t23 = tileSeries(f.poverty, f.units, 2023, f.changes);
    const t24 = tileSeries(f.poverty, f.units, 2024, f.changes);
    expect(t23.filter((t) => t.rate !== null)).toHaveLength(16);
    expect(t24.filter((t) => t.rate !== null)).toHaveLength(13);
    expect(t24.filter((t) => t.mergedInto).map((t) => `${t.unit.name}→${t.mergedInto!.name}`).sort((a, b) => a.localeCompare(b, 'vi'))).toEqual(['Mỹ Hương→Kinh Dinh', 'Tấn Tài→Kinh Dinh', 'Thanh Sơn→Phủ Hà']);
  });

  it('bins rates on nice steps and labels the bins', () => {
    const b = tileBins(1.44);
    expect(b.thresholds).toEqual([0.5, 1, 1.5]);
    expect(b.labels).toEqual(['Dưới 0,5%', '0,5% – dưới 1,0%', '1,0% – dưới 1,5%', 'Từ 1,5%']);
    expect([0.27, 0.5, 0.99, 1.44, 2].map((r) => binOf(r, b))).toEqual([0, 1, 1, 2, 3]);
  });

  for (const width of [320, 360, 720]) {
    it(`lays tiles without overlap and keeps text inside its tile at ${width} px`, () => {
      const L = tileMapLayout(tileSeries(f.poverty, f.units, 2024, f.changes), { width, year: 2024, idPrefix: 't', highlight: '22738' });
      for (let i = 0; i < L.tiles.length; i++) for (let j = i + 1; j < L.tiles.length; j++) expect(overlaps(L.tiles[i]!, L.tiles[j]!)).toBe(false);
      for (const t of L.tiles) {
        expect(t.x + t.w).toBeLessThanOrEqual(L.width);
        expect(t.h).toBeGreaterThanOrEqual(24);
        const boxes = [...t.nameLines.map((l) => ({ ...textBox(l.x, l.y, l.text, t.nameSize, 'middle'), text: l.text })), ...t.value.lines.map((l) => ({ ...textBox(l.x, l.y, l.text, t.value.size, 'middle', t.value.bold), text: l.text }))];
        expect(overlapping(boxes)).toEqual([]);
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(t.x);
          expect(b.x + b.w).toBeLessThanOrEqual(t.x + t.w);
          expect(b.y + b.h).toBeLessThanOrEqual(t.y + t.h);
        }
        expect(contrast(t.textFill, t.fill)).toBeGreaterThanOrEqual(4.5);
      }
      const legend = L.legend.map((g) => ({ ...textBox(g.x + 24, g.y + 12, g.text, 12), text: g.text }));
      expect(overlapping(legend)).toEqual([]);
      expect(outside(legend, L.width)).toEqual([]);
      expect(L.tiles.find((t) => t.highlight)?.tile.unit.name).toBe('Đô Vinh');
    });
  }

  it('darker tiles mean higher rates', () => {
    const L = tileMapLayout(tileSeries(f.poverty, f.units, 2024, f.changes), { width: 360, year: 2024, idPrefix: 't' });
    const th = L.tiles.find((t) => t.tile.unit.code === '22774')!;
    const kd = L.tiles.find((t) => t.tile.unit.code === '22759')!;
    expect(TILE_BINS.findIndex((b) => b.fill === th.fill)).toBeGreaterThan(TILE_BINS.findIndex((b) => b.fill === kd.fill));
    expect(L.tiles.find((t) => t.tile.mergedInto)?.fill).toBe('#ffffff');
    expect(COLORS.text).toBe(kd.textFill);
  });

  it('describes groups and merged tiles, and tables every tile', () => {
    const tiles = tileSeries(f.poverty, f.units, 2024, f.changes);
    const d = describeTiles(tiles, 2024);
    expect(d).toContain('Năm 2024, 13 ô có số liệu (số liệu minh họa)');
    expect(d).toContain('Nhóm cao nhất (1,0% – dưới 1,5%): Xã Thành Hải (1,44%), Phường Đông Hải (1,08%), Phường Đô Vinh (1,00%)');
    expect(d).toContain('phường Thanh Sơn (nhập vào phường Phủ Hà)');
    const t = tileTable(tiles, 2024);
    expect(t.rows).toHaveLength(16);
    expect(t.rows.find((r) => r.unit_code === '22753')).toMatchObject({ poor_rate: null, note: 'Đã nhập vào phường Kinh Dinh' });
  });
});
