/**
 * Chart images and chart state: every chart has images for each year/variant a reader can choose,
 * one default; each image SVG carries title, subtitle, source, the computed provenance label and
 * the address of its view; the PNG is ≥ 1200 px wide (2×) and set in the site's font; the state
 * in the address round-trips and ignores unknown values.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, type ChartRows } from '../../../src/lib/charts/registry';
import { parseState, stateQuery } from '../../../src/lib/charts/state';
import { chartCardSvg, CARD_WIDTH, imageProvenance } from '../../../src/lib/images/card';
import { pngSize } from '../../../src/lib/images/png';
import { svgToPng } from '../../../src/lib/images/render';
import { chartImages } from '../../../src/lib/images/variants';
import { woffToSfnt } from '../../../src/lib/images/woff';
import { getTables } from '../../../src/lib/site-data';
import { readFileSync } from 'node:fs';

const t = getTables();
const rows: ChartRows = { poverty: t['ward-poverty'].rows, units: t['administrative-units'].rows, changes: t['unit-changes'].rows, campaign: t.campaign.rows, targets: t['plan-targets'].rows };

describe('chart images', () => {
  it('every chart has images, exactly one default; the ward chart one per year and measure', () => {
    for (const c of CHARTS) {
      const imgs = chartImages(c.slug, rows);
      expect(imgs.length, c.slug).toBeGreaterThan(0);
      expect(imgs.filter((i) => i.isDefault), c.slug).toHaveLength(1);
      expect(new Set(imgs.map((i) => i.file)).size).toBe(imgs.length);
    }
    const years = [...new Set(rows.poverty.map((r) => r.year))];
    const ward = chartImages('ty-le-ho-ngheo', rows);
    expect(ward).toHaveLength(years.length * 3);
    expect(ward.map((i) => i.file)).toContain('ty-le-ho-ngheo-2022-can-ngheo');
    expect(ward.find((i) => i.isDefault)!.file).toBe(`ty-le-ho-ngheo-${Math.max(...years)}-ngheo`);
  });

  it('the SVG carries title, subtitle, variant, source, provenance label and address', () => {
    const img = chartImages('ty-le-ho-ngheo', rows).find((i) => i.file === 'ty-le-ho-ngheo-2022-can-ngheo')!;
    const svg = chartCardSvg(img, { title: 'Tiêu đề & thử', subtitle: 'Phụ đề', source: 'Nguồn thử', url: 'https://x.example/bieu-do/ty-le-ho-ngheo/?nam=2022&hien-thi=can-ngheo' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="760"/);
    for (const s of ['Tiêu đề &amp; thử', 'Phụ đề', 'Năm 2022 · Hộ cận nghèo', 'Nguồn: Nguồn thử', 'Nguồn gốc số liệu:', '?nam=2022&amp;hien-thi=can-ngheo']) expect(svg).toContain(s);
    expect(imageProvenance(img)).toMatch(/^Số liệu minh họa\. /);
    // All-official values: no "minh họa" at all.
    expect(imageProvenance({ shown: [{ field: 'poor_rate', provenance: 'official' }] })).not.toMatch(/minh họa/);
    // The page's own attributes are dropped from the nested chart.
    expect(svg).not.toContain('class="chart-svg"');
  });

  it('the PNG is at 2× (≥ 1200 px wide) and deterministic', async () => {
    const img = chartImages('quy-theo-nam', rows)[0]!;
    const svg = chartCardSvg(img, { title: 'Quỹ', subtitle: 'Phụ đề', source: 'Nguồn', url: 'https://x.example/bieu-do/quy-theo-nam/' });
    const a = await svgToPng(svg);
    const { width, height } = pngSize(a);
    expect(width).toBe(CARD_WIDTH * 2);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(height).toBe(2 * Number(/height="(\d+)"/.exec(svg)![1]));
    expect(Buffer.from(await svgToPng(svg)).equals(Buffer.from(a))).toBe(true);
  });

  it('text is set in the site font: a Vietnamese title is drawn (not blank boxes)', async () => {
    const svg = (s: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40" font-family="'Be Vietnam Pro'"><text x="4" y="30" font-size="24">${s}</text></svg>`;
    const blank = await svgToPng(svg(''));
    const vi = await svgToPng(svg('Đô Vinh ướ ệ ậ'));
    expect(vi.length).toBeGreaterThan(blank.length + 500);
  });

  it('WOFF converts to a valid sfnt with the same tables', () => {
    const woff = readFileSync('node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff');
    const ttf = woffToSfnt(woff);
    const v = new DataView(ttf.buffer);
    expect(v.getUint16(4)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
    expect([0x00010000, 0x4f54544f]).toContain(v.getUint32(0));
    expect(() => woffToSfnt(ttf)).toThrow();
  });
});

describe('chart state in the address', () => {
  const years = [2021, 2022, 2023, 2024];
  it('round-trips year and measure', () => {
    expect(stateQuery({ year: 2022, measure: 'near' })).toBe('?nam=2022&hien-thi=can-ngheo');
    expect(parseState('?nam=2022&hien-thi=can-ngheo', years)).toEqual({ year: 2022, measure: 'near' });
    expect(parseState('?hien-thi=ca-hai', years)).toEqual({ measure: 'both' });
    expect(parseState('?nam=2021&hien-thi=ngheo', years)).toEqual({ year: 2021, measure: 'poor' });
    expect(stateQuery({})).toBe('');
  });
  it('ignores unknown years and measures', () => {
    expect(parseState('?nam=1999&hien-thi=xyz', years)).toEqual({});
    expect(parseState('?nam=abc', years)).toEqual({});
  });
});
