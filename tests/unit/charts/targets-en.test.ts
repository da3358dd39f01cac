/** Issue 15, targets chart: the same layout in English, from per-language templates over the same values. */
import { describe, expect, it } from 'vitest';
import { chartMeta } from '../../../src/lib/charts/registry';
import { derivedActuals, describeTargets, formatTargetValue, renderTargetsSvg, targetItems, targetsLayout, targetsTable } from '../../../src/lib/charts/targets';
import { strings } from '../../../src/lib/i18n/index';
import { fixtures } from '../../fixtures/charts/load';

const f = fixtures();
const en = targetItems(f.targets, derivedActuals(f.poverty, f.campaign, 2024, 'en'), 'en');
const vi = targetItems(f.targets, derivedActuals(f.poverty, f.campaign));

describe('targets chart in English', () => {
  it('names targets and units in English, numbers in English format', () => {
    expect(en.map((i) => i.label)).toEqual(['Poverty rate', 'Near-poverty rate', 'New houses for poor households']);
    expect(formatTargetValue(0.72, '%', 'en')).toBe('0.72%');
    expect(formatTargetValue(1234, 'căn nhà', 'en')).toBe('1,234 houses');
    expect(formatTargetValue(2.5, 'căn nhà', 'en')).toBe('2.50 houses');
    expect(formatTargetValue(7, 'hộ', 'en')).toBe('7 hộ'); // a unit the dictionary does not know prints as in the data
    expect(formatTargetValue(1234, 'căn nhà')).toBe('1.234 căn nhà');
  });

  it('keeps the same values and provenance as the Vietnamese items', () => {
    expect(en.map(({ label, source, actual, ...rest }) => ({ ...rest, actual: actual && { ...actual, source: '' } }))).toEqual(vi.map(({ label, source, actual, ...rest }) => ({ ...rest, actual: actual && { ...actual, source: '' } })));
    expect(en[0]!.actual!.source).toMatch(/^ward-poverty\.csv, whole city, 2024: /);
  });

  it('describes each target with the English template', () => {
    const d = describeTargets(en, 'en');
    expect(d).toContain('Poverty rate: from 0.97% at the end of 2023 to a target of 0.72% by the end of 2024; actual 0.70% (');
    expect(d).toContain('New houses for poor households: a target of 10 houses by the end of 2024; actual 11 houses (');
    expect(describeTargets([], 'en')).toBe('No target has figures to compare yet.');
    const noActual = describeTargets([{ ...en[0]!, actual: null }], 'en');
    expect(noActual).toBe('Poverty rate: from 0.97% at the end of 2023 to a target of 0.72% by the end of 2024; no actual figure yet.');
  });

  it('draws English legend, labels and numbers, and none of the Vietnamese chart strings', () => {
    for (const width of [360, 720]) {
      const svg = renderTargetsSvg(targetsLayout(en, { width, idPrefix: 'e', locale: 'en' }));
      for (const s of ['Baseline (end of 2023)', '2024 target', 'Poverty rate', '0.97%', '0.72%', '10 houses', 'aria-label="Dot chart: baseline, target and actual of 3 plan targets for 2024']) expect(svg).toContain(s);
      const v = strings('vi').targets;
      for (const s of [v.legend.baseline, v.legend.target, v.legend.actual, ...Object.values(v.labels), '0,97%', 'căn nhà', 'Biểu đồ']) expect(svg, s).not.toContain(s);
      // The honesty words too: stamp, value tags and claims come from the English provenance templates.
      expect(svg).toContain('>Illustrative data</text>');
      for (const s of ['minh họa', 'chính thức', 'đạt chỉ tiêu']) expect(svg, s).not.toContain(s);
    }
  });

  it('labels the table in English; the Vietnamese table (and CSV) stays as it was', () => {
    const t = targetsTable(en, 'en');
    expect(t.caption).toBe('Targets of Plan 122/KH-UBND: baseline, target and actual');
    expect(t.columns.map((c) => c.label)).toContain('Baseline (end of 2023)');
    expect(t.rows[2]).toMatchObject({ label: 'New houses for poor households', unit: 'houses', target: 10, actual: 11 });
    expect(targetsTable(vi).columns.map((c) => c.key)).toEqual(t.columns.map((c) => c.key));
    expect(targetsTable(vi).rows[2]).toMatchObject({ label: 'Nhà xây mới cho hộ nghèo', unit: 'căn nhà' });
  });

  it('the Vietnamese title and subtitle are the registry entry of the chart', () => {
    const meta = chartMeta('chi-tieu-ke-hoach');
    expect(strings('vi').targets.title).toBe(meta.title);
    expect(strings('vi').targets.subtitle).toBe(meta.subtitle);
  });
});
