/** English charts: the same layouts and logic as Vietnamese, English words and number formats. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMPTY, DEFAULT_STAMP, barsLayout, renderBarsSvg } from '../../../src/lib/charts/bars';
import { describeHelped, describeHouses, describeMoneyByYear, moneyByYearInput, moneyTick } from '../../../src/lib/charts/campaign';
import { chartMeta, chartsFor, CHARTS } from '../../../src/lib/charts/registry';
import { cellText, tableShown } from '../../../src/lib/charts/table';
import { describeTiles, tileBins, tileSeries } from '../../../src/lib/charts/tilemap';
import { describeTrend, trendSeries } from '../../../src/lib/charts/trend';
import { mergerSentence, mergers, unitIndex } from '../../../src/lib/charts/units';
import { describeWard, fill, rateTargets, wardLayout, wardLayoutWith, wardTable, wardText, wardTip, wardWords, wardYear, wardMeasuresFor } from '../../../src/lib/charts/ward';
import { strings } from '../../../src/lib/i18n/index';
import { fixtures } from '../../fixtures/charts/load';

const f = fixtures();
const targets = rateTargets(f.targets);
const en2024 = wardYear(f.poverty, f.units, 2024, 'en');
const vi2024 = wardYear(f.poverty, f.units, 2024);
const VI = /[ạảãàáâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/;
// Vietnamese place names keep their diacritics in English: strip them before looking for Vietnamese words.
const names = [...unitIndex(f.units).values()].flatMap((u) => [u.name]);
const withoutNames = (s: string) => names.reduce((t, n) => t.split(n).join(''), s);

describe('English ward chart', () => {
  it('labels units the English way and formats numbers with a decimal point', () => {
    const city = en2024.city!;
    expect(city.label).toBe('Whole city');
    expect(en2024.items.some((i) => /ward$|commune$/.test(i.label))).toBe(true);
    const tip = wardTip(en2024.items[0]!, 2024, 'en');
    expect(tip[0]).toMatch(/, 2024$/);
    expect(tip[1]).toMatch(/^Poor households: \d+\.\d\d% \([\d,]+ households\)$/);
    expect(tip[4]).toBe('Illustrative data');
  });
  it('the SVG says "Illustrative data" where the Vietnamese one says "Số liệu minh họa"', () => {
    const opts = { width: 720, measure: 'poor' as const, targets, idPrefix: 't' };
    const en = renderBarsSvg(wardLayout(en2024, opts, 'en'));
    const vi = renderBarsSvg(wardLayout(vi2024, opts));
    expect(vi).toContain('Số liệu minh họa');
    expect(en).toContain('Illustrative data');
    expect(en).not.toContain('Số liệu minh họa');
    expect(en).toMatch(/Whole city \(poor\): \d+\.\d\d%/);
    expect(withoutNames(en)).not.toMatch(VI);
  });
  it('the browser path (plain words, no dictionary) draws exactly the build-time SVG', () => {
    const opts = { width: 500, measure: 'both' as const, targets, idPrefix: 't', tips: true };
    const x = wardText('en');
    const json = JSON.parse(JSON.stringify(wardWords('en')));
    const prov = new Map([...en2024.items, en2024.city!].map((i) => [i.code, x.prov(i)]));
    const client = renderBarsSvg(wardLayoutWith(en2024, opts, { words: json, fmt: x.fmt, prov: (i) => prov.get(i.code)! }));
    expect(client).toBe(renderBarsSvg(wardLayout(en2024, opts, 'en')));
  });
  it('the description is generated from the English templates', () => {
    const s = describeWard(en2024, targets, 'en');
    expect(s).toMatch(/^2024 \(\d+ wards and communes, illustrative data\): /);
    expect(s).toMatch(/has the highest poverty rate \(\d+\.\d\d%\)/);
    expect(s).toMatch(/The poverty rate of the whole city is \d+\.\d\d% \((official|illustrative)\), (below|above|equal to) the target for the end of 2024/);
    expect(withoutNames(s)).not.toMatch(VI);
  });
  it('the table has English headers and cells, the same rows', () => {
    const en = wardTable(en2024, targets, 'en');
    const vi = wardTable(vi2024, targets);
    expect(en.rows.length).toBe(vi.rows.length);
    expect(en.columns.map((c) => c.key)).toEqual(vi.columns.map((c) => c.key));
    expect(en.columns.find((c) => c.key === 'poor_rate')!.label).toBe('Poverty rate');
    expect(en.caption).toBe('Poverty and near-poverty rates by ward and commune, 2024');
    expect(cellText('percent', 0.72, undefined, undefined, 'en')).toBe('0.72%');
    expect(cellText('vnd', 853_000_000, undefined, undefined, 'en')).toBe('853 million dong');
    expect(cellText('provenance', 'illustrative', undefined, undefined, 'en')).toBe('Illustrative');
    // The same values, the same provenance kinds.
    expect(tableShown(en, 'en').map((v) => v.provenance)).toEqual(tableShown(vi).map((v) => v.provenance));
  });
  it('controls and client words are English', () => {
    expect(wardMeasuresFor('en').map((m) => m.label)).toEqual(['Poor households', 'Near-poor households', 'Both (stacked)']);
    expect(fill(wardWords('en').live, { year: 2024, count: 13, measure: 'poor households' })).toBe('2024: 13 wards and communes, showing poor households.');
    for (const w of Object.values(wardWords('en'))) expect(w).not.toMatch(VI);
  });
});

describe('English trend, tile map, campaign', () => {
  it('trend description', () => {
    const s = describeTrend(trendSeries(f.poverty, '582'), 'Whole city', targets, 'en');
    expect(s).toMatch(/^Whole city: the poverty rate (fell|rose) from \d+\.\d\d% \(\d{4}\) to \d+\.\d\d% \(\d{4}\)/);
    expect(s).not.toMatch(VI);
  });
  it('tile map bins and description', () => {
    expect(tileBins(1.6, 'en').labels[0]).toMatch(/^Below 0\.5%$/);
    const s = describeTiles(tileSeries(f.poverty, f.units, 2024, f.changes, 'en'), 2024, 'en');
    expect(s).toMatch(/^2024: \d+ tiles with data/);
  });
  it('campaign descriptions and money ticks', () => {
    expect(moneyTick(1_500_000_000, 'en')).toBe('1.5 billion');
    expect(moneyTick(1_500_000_000)).toBe('1,5 tỷ');
    expect(withoutNames(describeMoneyByYear(f.campaign, 'en'))).not.toMatch(VI);
    expect(describeMoneyByYear(f.campaign, 'en')).toMatch(/dong/);
    expect(describeHouses(f.campaign, 'en')).not.toMatch(VI);
    const years = [...new Set(f.campaign.map((r) => r.year))];
    expect(describeHelped(f.campaign, Math.max(...years), 'en')).not.toMatch(/ hộ/);
    const input = moneyByYearInput(f.campaign, { width: 600, idPrefix: 'm' }, 'en');
    expect(input.stamp === undefined || input.stamp === 'Illustrative data').toBe(true);
    expect(renderBarsSvg(barsLayout(input))).not.toContain('Số liệu minh họa');
  });
  it('mergers are told in English, with English dates', () => {
    const s = mergerSentence(mergers(f.units, f.changes, 'en'), 'en');
    if (s) expect(s).toMatch(/^From \d{1,2} [A-Z][a-z]+ \d{4}, .* merged into /);
  });
});

describe('chart registry and shared words', () => {
  it('every chart has an English title and subtitle, in the same order', () => {
    expect(chartsFor('en').map((c) => c.slug)).toEqual(CHARTS.map((c) => c.slug));
    for (const c of chartsFor('en')) {
      expect(c.title).not.toBe(chartMeta(c.slug).title);
      expect(c.subtitle.length).toBeGreaterThan(0);
    }
    expect(chartMeta('ty-le-ho-ngheo', 'en').title).toBe('Poverty rate by ward and commune');
  });
  it('the bar fallbacks are the Vietnamese dictionary words', () => {
    expect(DEFAULT_STAMP).toBe(strings('vi').provenance.badge.illustrative);
    expect(DEFAULT_EMPTY).toBe(strings('vi').charts.wardBars.empty);
  });
  it('the modules the ward enhancer bundles import no dictionary', () => {
    for (const file of ['src/lib/charts/bars.ts', 'src/lib/charts/ward-bars.ts', 'src/scripts/charts/ward.ts', 'src/scripts/charts/locale.ts', 'src/scripts/charts/tooltip.ts']) {
      const src = readFileSync(file, 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const i of imports) expect(i, `${file} imports ${i}`).not.toMatch(/i18n\/(index|context|vi|en)|lib\/provenance'$|provenance\/wording|units\/index/);
    }
  });
});
