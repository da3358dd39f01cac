/**
 * The chart definitions (src/lib/charts/specs.ts): one spec per registered slug, views that agree
 * with the spec's own CSV files, and the shared legend wrapping of parts.ts.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, chartFiles, chartMeta } from '../../../src/lib/charts/registry';
import { CHART_SLUGS, SPECS, csvPath, type ViewContext } from '../../../src/lib/charts/specs';
import { legendRows, stampBox, wrapLegend } from '../../../src/lib/charts/parts';
import { fixtures } from '../../fixtures/charts/load';

const rows = fixtures();
const ctx = (id: string, locale: 'vi' | 'en' = 'vi'): ViewContext => ({ rows, locale, id, descId: `${id}-desc`, embed: false, link: (p) => `/${p}` });

describe('chart specs', () => {
  it('list the charts of the index in order, with their datasets and embed heights', () => {
    expect(CHARTS.map((c) => c.slug)).toEqual([...CHART_SLUGS]);
    expect(chartMeta('ban-do')).toMatchObject({ datasets: ['ward-poverty', 'administrative-units'], embedHeight: 760 });
    expect(chartMeta('quy-theo-nam', 'en').datasets).toEqual(['campaign']);
  });
  it('throw on an unknown slug', () => {
    expect(() => chartFiles('khong-co', rows)).toThrow('khong-co');
  });
  it('give views whose CSV path is one of the chart’s own files, and an SVG at each width', () => {
    const drawn = CHART_SLUGS.filter((s) => 'view' in SPECS[s]);
    expect(drawn).toEqual(['ban-do', 'quy-theo-nam', 'nha-xay-moi', 'ho-duoc-ho-tro', 'chi-tieu-ke-hoach']);
    for (const slug of drawn) {
      const spec = SPECS[slug];
      if (!('view' in spec)) continue;
      for (const locale of ['vi', 'en'] as const) {
        const v = spec.view(ctx(`x-${slug}`, locale), slug);
        const files = chartFiles(slug, rows).map((f) => csvPath(slug, f.file.slice(slug.length + 1) || undefined));
        expect(files).toContain(v.csvPath);
        expect(v.table.rows.length).toBeGreaterThan(0);
        expect(v.svg(360, `x-${slug}-n`)).toMatch(/^<svg/);
        expect(v.svg(720, `x-${slug}-w`)).not.toBe(v.svg(360, `x-${slug}-n`));
        expect(v.title).not.toBe('');
      }
    }
  });
  it('pick the asked year when the data has it, else the latest', () => {
    const spec = SPECS['ban-do'];
    const latest = spec.view(ctx('m'), 'ban-do');
    expect(spec.view({ ...ctx('m'), year: 1900 }, 'ban-do').csvPath).toBe(latest.csvPath);
    expect(latest.image).toBe(latest.csvPath.replace(/^bieu-do\/ban-do\/(.*)\.csv$/, '$1'));
  });
});

describe('wrapLegend', () => {
  const w = (n: number) => n;
  it('wraps to a new row when an entry less its slack passes the right edge', () => {
    const placed = wrapLegend([50, 50, 50], w, 4, 110, 10);
    expect(placed.map((p) => [p.x, p.row])).toEqual([[4, 0], [54, 0], [4, 1]]);
    expect(legendRows(placed)).toBe(2);
  });
  it('keeps an entry wider than the row on the first row, and counts no rows for none', () => {
    expect(wrapLegend([500], w, 4, 100, 10).map((p) => p.row)).toEqual([0]);
    expect(legendRows(wrapLegend([], w, 4, 100, 10))).toBe(0);
  });
  it('sizes the stamp box from its text', () => {
    const short = stampBox('ab', 4);
    const long = stampBox('a much longer stamp', 4);
    expect(short).toMatchObject({ x: 4, y: 2, h: 20, text: 'ab' });
    expect(long.w).toBeGreaterThan(short.w);
  });
});
