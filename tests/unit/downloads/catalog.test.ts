/**
 * The catalogs carry the fields their specifications require: schema.org Dataset (name,
 * description, licence, creator, publisher, temporalCoverage, spatialCoverage, variableMeasured from
 * the dictionary, dateModified, distribution with contentUrl and encodingFormat, per Google's
 * dataset guidelines), and DCAT-AP (catalog: title, description, publisher, dataset; dataset: title,
 * description; distribution: accessURL, plus downloadURL, mediaType, format, licence, byteSize).
 */
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../../../src/lib/datasets';
import { catalogEntry, getDownloads } from '../../../src/lib/downloads/index';
import { dcatCatalog, jsonLdText, schemaOrgDataset, temporalCoverage } from '../../../src/lib/downloads/catalog';

const SITE = 'https://giam-ngheo-prtc.example/';
const HOME = `${SITE}du-lieu/`;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('schema.org Dataset JSON-LD', async () => {
  const entries = await Promise.all(DATASET_NAMES.map((n) => catalogEntry(n, HOME)));

  it('has every required and recommended field, from the metadata and the dictionary', () => {
    for (const [i, d] of getDownloads().entries()) {
      const j = schemaOrgDataset(entries[i]!, SITE) as Record<string, any>;
      expect(j['@context']).toBe('https://schema.org');
      expect(j['@type']).toBe('Dataset');
      expect(j.name).toBe(d.meta.title);
      expect(j.description.length).toBeGreaterThanOrEqual(50);
      expect(j.description.startsWith(d.meta.description)).toBe(true);
      expect(j.license).toMatch(/^https:\/\/creativecommons\.org\//);
      for (const k of ['creator', 'publisher']) expect(j[k]).toMatchObject({ '@type': 'Organization', name: 'Giảm nghèo Phan Rang-Tháp Chàm', url: SITE });
      expect(j.temporalCoverage).toMatch(/^\d{4}(-\d{2}-\d{2})?(\/\d{4}(-\d{2}-\d{2})?)?$/);
      expect(j.spatialCoverage['@type']).toBe('Place');
      expect(j.spatialCoverage.name).toContain('Phan Rang-Tháp Chàm');
      expect(j.variableMeasured.map((v: any) => v.name)).toEqual(d.dictionary.map((e) => e.label));
      expect(j.variableMeasured.map((v: any) => v.propertyID)).toEqual(d.dictionary.map((e) => e.name));
      expect(j.dateModified).toMatch(ISO_DAY);
      expect(j.distribution.map((x: any) => x.encodingFormat)).toEqual(['text/csv', 'application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
      expect(j.distribution.map((x: any) => x.contentUrl)).toEqual([`${HOME}${d.name}.csv`, `${HOME}${d.name}.json`, `${HOME}${d.name}.xlsx`]);
      for (const x of j.distribution) expect(x['@type']).toBe('DataDownload');
    }
  });

  it('says when values are illustrative, and the coverage comes from the rows', () => {
    const ward = schemaOrgDataset(entries[DATASET_NAMES.indexOf('ward-poverty')]!, SITE) as Record<string, any>;
    expect(ward.description).toContain('Số liệu minh họa');
    const years = getDownloads().find((d) => d.name === 'ward-poverty')!.rows.map((r) => r.year as number);
    expect(ward.temporalCoverage).toBe(`${Math.min(...years)}/${Math.max(...years)}`);
    const units = schemaOrgDataset(entries[DATASET_NAMES.indexOf('administrative-units')]!, SITE) as Record<string, any>;
    expect(units.description).not.toContain('minh họa');
    expect(temporalCoverage({ dictionary: [], rows: [] })).toEqual({ start: '2024', end: '2024' });
  });

  it('is safe inside a data block: no "</script>" can end it early', () => {
    const t = jsonLdText({ a: '</script><script>alert(1)</script>' });
    expect(t).not.toContain('</');
    expect(JSON.parse(t)).toEqual({ a: '</script><script>alert(1)</script>' });
  });
});

describe('DCAT-AP catalog', async () => {
  const entries = await Promise.all(DATASET_NAMES.map((n) => catalogEntry(n, HOME)));
  const c = dcatCatalog(entries, SITE, `${HOME}catalog.jsonld`) as Record<string, any>;
  const lit = (v: any) => (typeof v === 'object' && v !== null && '@value' in v ? v['@value'] : v);

  it('the catalog: type, title, description, publisher, every dataset', () => {
    expect(c['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    expect(c['@context'].dct).toBe('http://purl.org/dc/terms/');
    expect(c['@type']).toBe('dcat:Catalog');
    expect(lit(c['dct:title'])).toBeTruthy();
    expect(lit(c['dct:description'])).toBeTruthy();
    expect(c['dct:publisher']['foaf:name']).toBe('Giảm nghèo Phan Rang-Tháp Chàm');
    expect(c['dcat:dataset']).toHaveLength(DATASET_NAMES.length);
  });

  it('each dataset and distribution: mandatory and recommended properties', () => {
    for (const [i, d] of getDownloads().entries()) {
      const ds = c['dcat:dataset'][i];
      expect(ds['@type']).toBe('dcat:Dataset');
      expect(lit(ds['dct:title'])).toBe(d.meta.title);
      expect(lit(ds['dct:description'])).toContain(d.meta.description);
      expect(ds['dcat:contactPoint']['vcard:fn']).toBeTruthy();
      expect(ds['dct:publisher']['@id']).toBe(c['dct:publisher']['@id']);
      expect(lit(ds['dct:modified'])).toMatch(ISO_DAY);
      expect(ds['dct:temporal']['@type']).toBe('dct:PeriodOfTime');
      expect(ds['dcat:landingPage']['@id']).toBe(`${HOME}${d.name}/`);
      expect(ds['dcat:distribution']).toHaveLength(3);
      for (const x of ds['dcat:distribution']) {
        expect(x['@type']).toBe('dcat:Distribution');
        expect(x['dcat:accessURL']['@id']).toMatch(/^https:\/\//);
        expect(x['dcat:downloadURL']['@id']).toMatch(new RegExp(`^${HOME}${d.name}\\.(csv|json|xlsx)$`));
        expect(x['dcat:mediaType']['@id']).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\//);
        expect(x['dct:format']['@id']).toMatch(/file-type\/(CSV|JSON|XLSX)$/);
        expect(x['dct:license']['@id']).toBe(d.meta.licenses[0]!.path);
        expect(Number(lit(x['dcat:byteSize']))).toBeGreaterThan(0);
      }
      expect(lit(ds['dcat:distribution'][0]['dcat:byteSize'])).toBe(String(d.csv.size));
    }
  });
});
