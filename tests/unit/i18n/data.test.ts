/** The data area in English (#15): dictionary, rules, citations, datapackage.json, README, catalog. */
import { datasetCountsText, datasetLabel } from '../../../src/lib/provenance';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataDictionary, datasetText, describeConstraints, typeLabelsFor } from '../../../src/lib/dictionary';
import { catalogEntry, getDataPackage, getDownload, getDownloads, getZip } from '../../../src/lib/downloads/index';
import { citeDataset } from '../../../src/lib/downloads/citation';
import { dcatCatalog, schemaOrgDataset } from '../../../src/lib/downloads/catalog';
import { formatBytes } from '../../../src/lib/downloads/files';
import { usageTips } from '../../../src/lib/downloads/usage';
import { strings } from '../../../src/lib/i18n/index';

const HOME = 'https://giam-ngheo-prtc.example/du-lieu/';
const wp = getDownload('ward-poverty');
const en = strings('en').data;

describe('data dictionary in English', () => {
  const dict = dataDictionary('ward-poverty', wp.meta, 'en');
  it('labels, descriptions and units come from the English metadata; types and rules stay the schema’s', () => {
    const rate = dict.find((e) => e.name === 'poor_rate')!;
    expect(rate).toMatchObject({ label: 'Poor household rate', unit: '%', type: 'number', constraints: { required: true, minimum: 0, maximum: 100 } });
    expect(dict.find((e) => e.name === 'total_households')).toMatchObject({ label: 'Total households', unit: 'households' });
    expect(dict.map((e) => [e.name, e.type, e.constraints])).toEqual(wp.dictionary.map((e) => [e.name, e.type, e.constraints]));
    for (const e of dict) expect(e.label).not.toBe(wp.dictionary.find((v) => v.name === e.name)!.label);
  });
  it('rules are worded in English with English numbers; years keep no separator', () => {
    expect(describeConstraints('integer', { required: false, minimum: 0, maximum: 1500000 }, 'en').map((r) => r.text)).toEqual(['May be blank (no data)', 'From 0 to 1,500,000']);
    expect(describeConstraints('year', { required: true, minimum: 2021, maximum: 2030 }, 'en').map((r) => r.text)).toEqual(['Required', 'From 2021 to 2030']);
    expect(describeConstraints('number', { required: true, maximum: 0.5 }, 'en').map((r) => r.text)).toEqual(['Required', 'At most 0.5']);
    expect(describeConstraints('string', { required: true, maxLength: 1200 }, 'en').map((r) => r.text)).toContain('At most 1,200 characters');
    expect(typeLabelsFor('en').number).toBe('Decimal number (point)');
  });
  it('dataset text per locale', () => {
    expect(datasetText(wp.meta, 'en').title).toBe('Poor and near-poor households by ward/commune, 2021–2024');
    expect(datasetText(wp.meta, 'vi').title).toBe(wp.meta.title);
  });
});

describe('English templates over the same values', () => {
  it('citations: English title and warning, sources keep their Vietnamese names', () => {
    const c = citeDataset(wp.meta, { official: 1, illustrative: 64, mixed: 0, total: 65 }, 'https://x.example/en/du-lieu/ward-poverty/', 'en');
    expect(c.apa).toContain('Poor and near-poor households by ward/commune, 2021–2024 [CSV dataset]. https://x.example/en/du-lieu/ward-poverty/');
    expect(c.apa).toContain('Kế hoạch 122/KH-UBND');
    expect(c.plain).toContain('updated 28 November 2026');
    expect(c.plain).toContain('Illustrative data: 1 official row, 64 rows of illustrative data.');
    expect(`${c.apa} ${c.plain}`).not.toMatch(/Bộ dữ liệu|Nguồn:|Số liệu minh họa/);
    const all = citeDataset(wp.meta, { official: 16, illustrative: 0, mixed: 0, total: 16 }, 'u', 'en');
    expect(all.apa).not.toContain('Illustrative');
  });
  it('provenance counts', () => {
    expect(datasetCountsText({ official: 17, illustrative: 0, mixed: 0, total: 17 }, 'en')).toBe('all 17 rows');
    expect(datasetLabel({ official: 0, illustrative: 1, mixed: 0, total: 1 }, 'en')).toBe('Illustrative data (1 row)');
    expect(datasetLabel({ official: 2, illustrative: 1234, mixed: 1, total: 1237 }, 'en')).toBe('Mixed: 2 official rows, 1 mixed row (only some columns are official, see official_fields), 1,234 rows of illustrative data');
  });
  it('byte sizes and usage tips', () => {
    expect(formatBytes(850, 'en')).toBe('850 bytes');
    expect(formatBytes(12_345, 'en')).toBe('12.3 kB');
    expect(formatBytes(12_345)).toBe('12,3 kB');
    const tips = usageTips('https://x.example/du-lieu/ward-poverty.csv', wp.dictionary, 'en');
    expect(tips[0]!.lines[0].text).toMatch(/^Data → From Text\/CSV/);
    expect(tips[2]!.lines[1].text).toBe('df = pd.read_csv("https://x.example/du-lieu/ward-poverty.csv", encoding="utf-8-sig", dtype={"unit_code": str})');
  });
});

describe('datapackage.json: Vietnamese title and description, English in language-tagged custom properties', () => {
  const pkg = JSON.parse(new TextDecoder().decode(getDataPackage(HOME).bytes));
  it('declares its languages, the plain properties’ language first', () => {
    expect(pkg.languages).toEqual(['vi', 'en']);
    expect(pkg.title).toBe('Giảm nghèo Phan Rang-Tháp Chàm: dữ liệu mở');
    expect(pkg.i18n.en.title).toBe('Poverty reduction in Phan Rang-Tháp Chàm: open data');
    expect(pkg.i18n.en.description).toContain('"illustrative" is ILLUSTRATIVE DATA, not official data');
  });
  it('every resource and field has its English title and description', () => {
    for (const r of pkg.resources) {
      const d = getDownload(r.name);
      expect(r.title).toBe(d.meta.title);
      expect(r.i18n.en.title).toBe(d.meta.en.title);
      expect(r.i18n.en.description).toBe(`${d.meta.en.description}\n\nProvenance of the figures: ${d.meta.en.provenancePolicy}`);
      for (const f of r.schema.fields) expect(f.i18n.en.title, `${r.name}.${f.name}`).toBe(d.meta.fields.find((m) => m.name === f.name)!.en!.label);
    }
    const fields = pkg.resources.find((r: { name: string }) => r.name === 'ward-poverty').schema.fields;
    const rate = fields.find((f: { name: string }) => f.name === 'poor_rate');
    expect(rate.title).toBe('Tỷ lệ hộ nghèo');
    expect(rate.i18n.en).toEqual({ title: 'Poor household rate', description: 'Poor household rate = 100 × poor households / total households, rounded to 2 decimal places. Unit: %.' });
  });
});

describe('all.zip README: Vietnamese, then English', async () => {
  const readme = new TextDecoder().decode(unzipSync((await getZip(HOME)).bytes)['README.txt']!);
  it('has both sections, each with every dataset in its language', () => {
    const vi = readme.indexOf('LƯU Ý VỀ SỐ LIỆU MINH HỌA');
    const eng = readme.indexOf('A NOTE ON ILLUSTRATIVE DATA');
    expect(vi).toBeGreaterThan(0);
    expect(eng).toBeGreaterThan(vi);
    const english = readme.slice(eng);
    for (const d of getDownloads()) {
      expect(english).toContain(`- ${d.name}.csv: ${d.meta.en.title}.`);
      expect(english).toContain(d.csv.sha256);
      expect(readme.slice(0, eng)).toContain(`- ${d.name}.csv: ${d.meta.title}.`);
    }
    expect(english).toContain('Updated: 28 November 2026');
    expect(english).not.toContain('Cập nhật');
  });
});

describe('catalogs', async () => {
  const entries = await Promise.all(getDownloads().map((d) => catalogEntry(d.name, HOME)));
  it('DCAT: English title and description as language-tagged terms beside the Vietnamese literals', () => {
    const c = dcatCatalog(entries, HOME, `${HOME}catalog.jsonld`) as Record<string, any>;
    expect(c['@context'].title_en).toEqual({ '@id': 'dct:title', '@language': 'en' });
    expect(c['@context'].description_en).toEqual({ '@id': 'dct:description', '@language': 'en' });
    expect(c.title_en).toBe('Poverty reduction in Phan Rang-Tháp Chàm: open data');
    for (const ds of c['dcat:dataset']) {
      const d = getDownload(ds['@id'].replace(HOME, '').replace('/#dataset', ''));
      expect(ds['dct:title']).toEqual({ '@value': d.meta.title, '@language': 'vi' });
      expect(ds.title_en).toBe(d.meta.en.title);
      expect(ds.description_en.startsWith(d.meta.en.description)).toBe(true);
    }
  });
  it('schema.org on an English page: English name, description and variables', () => {
    const e = entries.find((x) => x.name === 'campaign')!;
    const j = schemaOrgDataset({ ...e, pageUrl: 'https://x.example/en/du-lieu/campaign/' }, 'https://x.example/en/', 'en') as Record<string, any>;
    expect(j.name).toBe('The "Vì người nghèo" (For the Poor) Fund by year and ward/commune, 2021–2024');
    expect(j.spatialCoverage.name).toBe('Phan Rang-Tháp Chàm city, Ninh Thuận province, Vietnam');
    expect(j.variableMeasured.find((v: any) => v.propertyID === 'money_raised_vnd')).toMatchObject({ name: 'Money raised', unitText: 'dong' });
  });
});
