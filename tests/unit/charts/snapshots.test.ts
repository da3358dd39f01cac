/**
 * Golden SVGs: every chart rendered from the fixed fixtures at 360 and 720 px. A change in
 * layout or markup shows up as a readable diff in tests/unit/charts/__snapshots__/*.svg
 * (update deliberately with `npx vitest run -u tests/unit/charts`).
 */
import { describe, expect, it } from 'vitest';
import { barsLayout, renderBarsSvg } from '../../../src/lib/charts/bars';
import { helpedInput, housesInput, moneyByUnitInput, moneyByYearInput } from '../../../src/lib/charts/campaign';
import { derivedActuals, renderTargetsSvg, targetItems, targetsLayout } from '../../../src/lib/charts/targets';
import { renderTileMapSvg, tileMapLayout, tileSeries } from '../../../src/lib/charts/tilemap';
import { renderTrendSvg, trendLayout, trendSeries } from '../../../src/lib/charts/trend';
import { rateTargets, wardLayout, wardYear } from '../../../src/lib/charts/ward';
import { fixtures } from '../../fixtures/charts/load';

const f = fixtures();
const targets = rateTargets(f.targets);
const note = 'Sau sáp nhập 1/11/2024: Mỹ Hương và Tấn Tài → Kinh Dinh; Thanh Sơn → Phủ Hà.';

const charts: Record<string, (width: number) => string> = {
  'ward-2023-poor': (w) => renderBarsSvg(wardLayout(wardYear(f.poverty, f.units, 2023), { width: w, measure: 'poor', targets, idPrefix: 'w', describedBy: 'w-desc' })),
  'ward-2024-both': (w) => renderBarsSvg(wardLayout(wardYear(f.poverty, f.units, 2024), { width: w, measure: 'both', targets, idPrefix: 'w', highlight: '22774', notes: [note] })),
  'trend-city': (w) => renderTrendSvg(trendLayout(trendSeries(f.poverty, '582'), { width: w, idPrefix: 't', years: [2021, 2022, 2023, 2024], targets, ariaLabel: 'Xu hướng' })),
  'trend-kinh-dinh-compact': (w) => renderTrendSvg(trendLayout(trendSeries(f.poverty, '22759'), { width: w, idPrefix: 't', compact: true, breakBefore: 2024, notes: ['Từ năm 2024 gồm cả phường Mỹ Hương và phường Tấn Tài.'], ariaLabel: 'Kinh Dinh' })),
  'tiles-2024': (w) => renderTileMapSvg(tileMapLayout(tileSeries(f.poverty, f.units, 2024, f.changes), { width: w, year: 2024, idPrefix: 'm', highlight: '22738' }), (u) => `/phuong-xa/${u.slug}/`),
  'money-by-year': (w) => renderBarsSvg(barsLayout(moneyByYearInput(f.campaign, { width: w, idPrefix: 'c' }))),
  'money-by-unit-2024': (w) => renderBarsSvg(barsLayout(moneyByUnitInput(f.campaign, f.units, 2024, { width: w, idPrefix: 'c' }))),
  houses: (w) => renderBarsSvg(barsLayout(housesInput(f.campaign, { width: w, idPrefix: 'h' }))),
  'helped-2024': (w) => renderBarsSvg(barsLayout(helpedInput(f.campaign, 2024, { width: w, idPrefix: 'p' }))),
  'plan-targets': (w) => renderTargetsSvg(targetsLayout(targetItems(f.targets, derivedActuals(f.poverty, f.campaign)), { width: w, idPrefix: 'k' })),
};

/** One element per line, so snapshot diffs are readable. */
const pretty = (svg: string) => `${svg.replace(/></g, '>\n<')}\n`;

describe('golden SVG per chart', () => {
  for (const [name, render] of Object.entries(charts)) {
    for (const width of [360, 720]) {
      it(`${name} at ${width} px`, async () => {
        const svg = render(width);
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*viewBox="0 0 \d+(\.\d)? \d+(\.\d)?"/);
        // Every fixture chart shows illustrative values, so the SVG itself must say so.
        expect(svg).toContain('Số liệu minh họa');
        expect((svg.match(/<g[\s>]/g) ?? []).length).toBe((svg.match(/<\/g>/g) ?? []).length);
        expect((svg.match(/<text[\s>]/g) ?? []).length).toBe((svg.match(/<\/text>/g) ?? []).length);
        await expect(pretty(svg)).toMatchFileSnapshot(`./__snapshots__/${name}-${width}.svg`);
      });
    }
  }
});
