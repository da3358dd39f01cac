import { describe, expect, it } from 'vitest';
import { barsLayout } from '../../../src/lib/charts/bars';
import {
  campaignYears,
  describeHelped,
  describeHouses,
  describeMoneyByUnit,
  describeMoneyByYear,
  helpedByKind,
  helpedInput,
  housesInput,
  housesTable,
  moneyByUnit,
  moneyByUnitInput,
  moneyByYearInput,
  moneyTick,
} from '../../../src/lib/charts/campaign';
import { CHARTS, chartFiles, chartMeta, csvPath } from '../../../src/lib/charts/registry';
import { tableCsv, tableColumns } from '../../../src/lib/charts/table';
import { derivedActuals, describeTargets, reached, targetItems, targetsLayout, targetsTable } from '../../../src/lib/charts/targets';
import { textBox } from '../../../src/lib/charts/svg';
import { fixtures } from '../../fixtures/charts/load';
import { barTextBoxes, outside, overlapping } from './helpers';

const f = fixtures();
const o = { idPrefix: 't' };

describe('campaign charts', () => {
  it('money by year: one bar per year, chronological, in đồng words', () => {
    const input = moneyByYearInput(f.campaign, { ...o, width: 360 });
    expect(input.rows.map((r) => r.label)).toEqual(['Năm 2023', 'Năm 2024']);
    expect(input.rows[1]!.valueLabel).toBe('905 triệu đồng');
    expect(moneyTick(0)).toBe('0');
    expect(moneyTick(5e8)).toBe('500 triệu');
    expect(moneyTick(1.5e9)).toBe('1,5 tỷ');
    expect(describeMoneyByYear(f.campaign)).toBe(
      'Quỹ “Vì người nghèo” của thành phố vận động được 846 triệu đồng năm 2023 và 905 triệu đồng năm 2024 (số liệu minh họa), tăng qua từng năm. Tổng 2 năm: 1,75 tỷ đồng.',
    );
  });

  it('money by unit: 16 units in 2023, 13 in 2024, ranked', () => {
    expect(campaignYears(f.campaign)).toEqual([2023, 2024]);
    expect(moneyByUnit(f.campaign, f.units, 2023)).toHaveLength(16);
    const y24 = moneyByUnit(f.campaign, f.units, 2024);
    expect(y24).toHaveLength(13);
    for (let i = 1; i < y24.length; i++) expect(y24[i - 1]!.money).toBeGreaterThanOrEqual(y24[i]!.money);
    expect(describeMoneyByUnit(f.campaign, f.units, 2024)).toContain('Phường Kinh Dinh vận động nhiều nhất (107,7 triệu đồng), tiếp theo là Phường Phủ Hà (104,7 triệu đồng)');
    expect(describeMoneyByUnit(f.campaign, f.units, 2030)).toBe('Chưa có số liệu tiền vận động theo phường/xã năm 2030.');
  });

  it('houses: a target tick on 2024 and the share of the target', () => {
    const input = housesInput(f.campaign, { ...o, width: 360 });
    const r24 = input.rows.find((r) => r.key === '2024')!;
    expect(r24.marker).toBe(10);
    expect(r24.valueLabel).toBe('11 căn (110% chỉ tiêu)');
    expect(input.rows.find((r) => r.key === '2023')!.marker).toBeUndefined();
    expect(input.legend?.map((l) => l.label)).toEqual(['Nhà xây mới', 'Chỉ tiêu 2024: 10 căn']);
    const L = barsLayout(input);
    const bar = L.bars.find((b) => b.key === '2024')!;
    expect(bar.marker!.x).toBeLessThan(bar.segments[0]!.x + bar.segments[0]!.w); // 10 < 11
    expect(describeHouses(f.campaign)).toContain('Kế hoạch đặt chỉ tiêu xây mới 10 căn nhà cho hộ nghèo trong năm 2024 (chính thức). Năm 2024 xây mới 11 căn (minh họa), bằng 110% chỉ tiêu, đạt chỉ tiêu (theo số liệu minh họa, không phải kết quả chính thức).');
    expect(housesTable(f.campaign).rows.map((r) => `${r.year} ${r.kind} ${r.provenance}`)).toEqual(['2023 Thực hiện illustrative', '2024 Thực hiện illustrative', '2024 Chỉ tiêu official']);
  });

  it('households helped: kinds ranked, total and shares in the description', () => {
    expect(helpedByKind(f.campaign, 2024).map((k) => k.value)).toEqual([587, 101, 70, 60, 16]);
    expect(helpedByKind(f.campaign, 2030)).toEqual([]);
    expect(describeHelped(f.campaign, 2024)).toBe(
      'Năm 2024, 834 hộ được Quỹ “Vì người nghèo” hỗ trợ (số liệu minh họa). Nhiều nhất là khác (quà Tết, đột xuất): 587 hộ (70%); tiếp theo sinh kế 101 hộ, giáo dục 70 hộ, y tế 60 hộ, nhà ở 16 hộ.',
    );
  });

  for (const width of [320, 360, 720]) {
    it(`keeps every campaign chart's labels apart at ${width} px`, () => {
      for (const input of [moneyByYearInput(f.campaign, { ...o, width }), moneyByUnitInput(f.campaign, f.units, 2023, { ...o, width, highlight: '22738' }), housesInput(f.campaign, { ...o, width }), helpedInput(f.campaign, 2024, { ...o, width })]) {
        const L = barsLayout(input);
        expect(overlapping(barTextBoxes(L))).toEqual([]);
        expect(outside(barTextBoxes(L), L.width)).toEqual([]);
      }
    });
  }
});

describe('plan targets', () => {
  const items = targetItems(f.targets, derivedActuals(f.poverty, f.campaign));

  it('keeps numeric targets with something to compare, with derived illustrative actuals', () => {
    expect(items.map((i) => i.id)).toEqual(['ty-le-ho-ngheo', 'ty-le-ho-can-ngheo', 'xay-moi-nha-2024']);
    expect(items[0]).toMatchObject({ baseline: 0.97, target: 0.72, actual: { value: 0.7, provenance: 'illustrative' } });
    expect(items[2]).toMatchObject({ baseline: null, target: 10, actual: { value: 11 } });
  });

  it('prefers a published actual over a derived one', () => {
    const withActual = f.targets.map((t) => (t.id === 'ty-le-ho-ngheo' ? { ...t, actual: 0.8 } : t));
    const it0 = targetItems(withActual, derivedActuals(f.poverty, f.campaign))[0]!;
    expect(it0.actual).toMatchObject({ value: 0.8, provenance: 'official' });
    expect(reached(it0)).toBe(false); // 0,8 > 0,72 on a falling target
    expect(reached(items[2]!)).toBe(true); // 11 ≥ 10 on a rising target
  });

  for (const width of [320, 360, 720]) {
    it(`separates close labels (0,72% vs 0,70%) at ${width} px`, () => {
      const L = targetsLayout(items, { width, idPrefix: 't' });
      for (const p of L.panels) {
        const boxes = [...p.labels.map((l) => ({ ...textBox(l.x, l.y, l.text, 12, 'middle', true), text: l.text })), ...p.titleLines.map((t) => ({ ...textBox(t.x, t.y, t.text, 14, 'start', true), text: t.text })), ...p.ticks.map((t) => ({ ...textBox(t.x, t.y, t.text, 12, t.anchor), text: t.text }))];
        expect(overlapping(boxes)).toEqual([]);
        expect(outside(boxes, L.width)).toEqual([]);
      }
    });
  }

  it('describes each target against its actual', () => {
    expect(describeTargets(items)).toContain('Tỷ lệ hộ nghèo: từ 0,97% cuối năm 2023, chỉ tiêu 0,72% cuối năm 2024; thực hiện 0,70% (minh họa), đạt chỉ tiêu (theo số liệu minh họa, không phải kết quả chính thức).');
    expect(describeTargets([])).toBe('Chưa có chỉ tiêu nào có số liệu để so sánh.');
    expect(targetsTable(items).rows[2]).toMatchObject({ unit: 'căn nhà', target: 10, actual: 11, provenance: 'mixed', official_fields: 'target', actual_provenance: 'illustrative' });
  });
});

describe('registry', () => {
  it('has eight charts with unique slugs, each linked to existing dataset names', () => {
    expect(CHARTS).toHaveLength(8);
    expect(new Set(CHARTS.map((c) => c.slug)).size).toBe(8);
    const known = ['ward-poverty', 'campaign', 'plan-targets', 'administrative-units', 'plan-projects', 'plan-agencies'];
    for (const c of CHARTS) for (const d of c.datasets) expect(known).toContain(d);
    expect(() => chartMeta('khong-co')).toThrow(/Không có biểu đồ/);
    expect(csvPath('ty-le-ho-ngheo', 2024)).toBe('bieu-do/ty-le-ho-ngheo/ty-le-ho-ngheo-2024.csv');
  });

  it('offers CSV files whose every row carries provenance', () => {
    for (const c of CHARTS) {
      const files = chartFiles(c.slug, f);
      expect(files.length, c.slug).toBeGreaterThan(0);
      for (const file of files) {
        expect(file.table.columns.map((x) => x.key)).toContain('provenance');
        expect(tableColumns(file.table).length).toBeGreaterThan(1);
        const csv = tableCsv(file.table);
        expect(csv.charCodeAt(0)).toBe(0xfeff);
        expect(csv.split('\r\n').length - 2).toBe(file.table.rows.length);
      }
    }
    expect(chartFiles('ty-le-ho-ngheo', f).map((x) => x.file)).toEqual(['ty-le-ho-ngheo-2023', 'ty-le-ho-ngheo-2024']);
  });
});
