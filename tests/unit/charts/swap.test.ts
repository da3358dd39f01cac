/**
 * Swap tests: the provenance every chart states is computed from the rows, so marking every row
 * official removes every "minh họa", marking every row illustrative makes every chart say so, and a
 * mixed row names exactly its official columns.
 */
import { describe, expect, it } from 'vitest';
import { renderBarsSvg, barsLayout } from '../../../src/lib/charts/bars';
import { campaignYears, cityActuals, describeHelped, describeHouses, describeMoneyByUnit, describeMoneyByYear, helpedInput, housesInput, moneyByUnitInput, moneyByYearInput } from '../../../src/lib/charts/campaign';
import { CHARTS, chartFiles, type ChartRows } from '../../../src/lib/charts/registry';
import { cellText, tableColumns, tableCsv, tableShown, type ChartTable } from '../../../src/lib/charts/table';
import { derivedActuals, describeTargets, renderTargetsSvg, targetItems, targetsLayout } from '../../../src/lib/charts/targets';
import { describeTiles, renderTileMapSvg, tileMapLayout, tileSeries } from '../../../src/lib/charts/tilemap';
import { describeTrend, renderTrendSvg, trendLayout, trendSeries } from '../../../src/lib/charts/trend';
import { describeWard, rateTargets, wardLayout, wardTip, wardYear, wardYears } from '../../../src/lib/charts/ward';
import { kindsOf, provenanceNote } from '../../../src/lib/provenance';
import { fixtures } from '../../fixtures/charts/load';

type Prov = 'official' | 'illustrative';
const base = fixtures();
const rowsWith = (p: Prov): ChartRows => {
  const set = <R extends { provenance: string; official_fields: string | null; source: string }>(rs: readonly R[]): R[] =>
    rs.map((r) => ({ ...r, provenance: p, official_fields: null, source: p === 'official' ? 'Báo cáo 1/BC-UBND ngày 1/1/2025 của UBND thành phố' : 'Dựng để kiểm thử' }));
  return { poverty: set(base.poverty), units: base.units, changes: base.changes, campaign: set(base.campaign), targets: set(base.targets) };
};

/** Every text a chart produces: SVGs (marks, stamp, legend, aria), descriptions, tooltips, table cells, CSV and the frame's provenance line. */
function outputs(d: ChartRows): Record<string, string[]> {
  const targets = rateTargets(d.targets);
  const years = wardYears(d.poverty);
  const frame = (t: ChartTable) => provenanceNote(tableShown(t));
  const tables = (slug: string) => chartFiles(slug, d).flatMap((f) => [tableCsv(f.table), frame(f.table), ...f.table.rows.flatMap((r) => tableColumns(f.table).map((c) => cellText(c.kind, r[c.key] ?? null, r, f.table.columns)))]);
  const o = { width: 720, idPrefix: 't' };
  const items = targetItems(d.targets, derivedActuals(d.poverty, d.campaign));
  const out: Record<string, string[]> = {
    'ty-le-ho-ngheo': years.flatMap((y) => {
      const wy = wardYear(d.poverty, d.units, y);
      return [renderBarsSvg(wardLayout(wy, { ...o, measure: 'both', targets, tips: true })), describeWard(wy, targets), ...[...wy.items, ...(wy.city ? [wy.city] : [])].flatMap((i) => wardTip(i, y))];
    }),
    'xu-huong': [...new Set(d.poverty.map((r) => r.unit_code))].flatMap((code) => {
      const pts = trendSeries(d.poverty, code);
      return [renderTrendSvg(trendLayout(pts, { ...o, targets, ariaLabel: 'x' })), describeTrend(pts, code, targets)];
    }),
    'ban-do': years.flatMap((y) => {
      const tiles = tileSeries(d.poverty, d.units, y, d.changes);
      return [renderTileMapSvg(tileMapLayout(tiles, { ...o, year: y }), () => '#'), describeTiles(tiles, y)];
    }),
    'quy-theo-nam': [renderBarsSvg(barsLayout(moneyByYearInput(d.campaign, o))), describeMoneyByYear(d.campaign)],
    'quy-theo-phuong-xa': campaignYears(d.campaign).flatMap((y) => [renderBarsSvg(barsLayout(moneyByUnitInput(d.campaign, d.units, y, o))), describeMoneyByUnit(d.campaign, d.units, y)]),
    'nha-xay-moi': [renderBarsSvg(barsLayout(housesInput(d.campaign, o))), describeHouses(d.campaign)],
    'ho-duoc-ho-tro': cityActuals(d.campaign).flatMap((r) => [renderBarsSvg(barsLayout(helpedInput(d.campaign, r.year, o))), describeHelped(d.campaign, r.year)]),
    'chi-tieu-ke-hoach': [renderTargetsSvg(targetsLayout(items, o)), describeTargets(items)],
  };
  for (const c of CHARTS) out[c.slug]!.push(...tables(c.slug));
  return out;
}

describe('swap: provenance follows the data', () => {
  it('covers every chart of the registry', () => {
    expect(Object.keys(outputs(base)).sort()).toEqual(CHARTS.map((c) => c.slug).sort());
  });

  it('every row official: no "minh họa" in any chart output, table or CSV', () => {
    for (const [slug, texts] of Object.entries(outputs(rowsWith('official')))) {
      for (const t of texts) expect(t, `${slug}: ${t.slice(0, 200)}`).not.toMatch(/minh họa|Minh họa|illustrative/);
    }
    for (const c of CHARTS) for (const f of chartFiles(c.slug, rowsWith('official'))) expect(provenanceNote(tableShown(f.table))).toContain('là số liệu chính thức');
  });

  it('every row illustrative: every chart says so, in its SVG stamp and its provenance line', () => {
    const all = outputs(rowsWith('illustrative'));
    for (const [slug, texts] of Object.entries(all)) {
      expect(texts[0], slug).toContain('Số liệu minh họa');
    }
    for (const c of CHARTS) {
      for (const f of chartFiles(c.slug, rowsWith('illustrative'))) {
        expect(provenanceNote(tableShown(f.table)), `${c.slug}/${f.file}`).toMatch(/minh họa/);
      }
    }
  });

  it('a mixed row: the sentence and the tooltip name exactly its official columns', () => {
    const d: ChartRows = { ...rowsWith('illustrative') };
    d.poverty = d.poverty.map((r) => (r.year === 2023 && r.unit_code === '582' ? { ...r, provenance: 'mixed', official_fields: 'poor_rate;near_poor_rate', source: 'Kế hoạch 122/KH-UBND, mục II.2.a' } : r));
    const city = wardYear(d.poverty, d.units, 2023).city!;
    expect(wardTip(city, 2023).at(-1)).toBe('Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo là chính thức; số hộ nghèo, số hộ cận nghèo và tổng số hộ là minh họa');
    const trend = chartFiles('xu-huong', d).find((f) => f.file === 'xu-huong-582')!;
    expect(provenanceNote(tableShown(trend.table))).toBe('Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo toàn thành phố năm 2023 là chính thức; các số liệu còn lại là minh họa.');
    // Only poor_rate official: the sentence names it alone.
    d.poverty = d.poverty.map((r) => (r.provenance === 'mixed' ? { ...r, official_fields: 'poor_rate' } : r));
    const one = wardTip(wardYear(d.poverty, d.units, 2023).city!, 2023).at(-1)!;
    expect(one).toMatch(/^Tỷ lệ hộ nghèo là chính thức; /);
    expect(one).toContain('tỷ lệ hộ cận nghèo');
    const ward = chartFiles('ty-le-ho-ngheo', d).find((f) => f.file === 'ty-le-ho-ngheo-2023')!;
    const row = ward.table.rows.find((r) => r.row_type === 'toan-thanh-pho')!;
    expect([row.provenance, row.official_fields]).toEqual(['mixed', 'poor_rate']);
    expect(kindsOf(tableShown(ward.table))).toEqual(['official', 'illustrative']);
  });
});
