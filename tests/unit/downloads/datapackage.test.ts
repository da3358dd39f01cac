import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_NAMES } from '../../../src/lib/datasets';
import { buildDataPackage, xsdPattern } from '../../../src/lib/datapackage';
import { getDataPackage, getDownloads } from '../../../src/lib/downloads/index';
import { sha256Hex } from '../../../src/lib/downloads/files';

const fixtures = join(__dirname, '../../fixtures/frictionless');
const load = (f: string) => JSON.parse(readFileSync(join(fixtures, f), 'utf8'));

/**
 * The vendored profiles are draft-04; they use no keyword whose meaning changed since, so Ajv 8 can
 * run them once it stops checking `$schema` and ignores annotation keywords such as `propertyOrder`.
 */
function compile(file: string) {
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  return ajv.compile(load(file));
}
const validatePackage = compile('data-package.json');
const validateTableSchema = compile('table-schema.json');

const HOME = 'https://giam-ngheo-prtc.example/du-lieu/';
const pkg = JSON.parse(new TextDecoder().decode(getDataPackage(HOME).bytes));

describe('datapackage.json against the published Frictionless v1 JSON Schemas', () => {
  it('the vendored profiles are the published draft-04 files', () => {
    expect(load('data-package.json').$schema).toBe('http://json-schema.org/draft-04/schema#');
    expect(load('data-package.json').title).toBe('Data Package');
    expect(load('table-schema.json').title).toBe('Table Schema');
  });

  it('is a valid Data Package', () => {
    const ok = validatePackage(pkg);
    expect(validatePackage.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(DATASET_NAMES)('%s: its schema is a valid Table Schema', (name) => {
    const r = pkg.resources.find((x: { name: string }) => x.name === name);
    const ok = validateTableSchema(r.schema);
    expect(validateTableSchema.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the validators reject broken descriptors (so passing means something)', () => {
    const bad = structuredClone(pkg);
    bad.resources[0].name = 'Tên Có Dấu';
    bad.resources[1].hash = 'sha256:not-hex';
    bad.resources[2].path = '../escape.csv';
    expect(validatePackage(bad)).toBe(false);
    const paths = (validatePackage.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/resources/0/name', '/resources/1/hash', '/resources/2/path']));
    const schema = structuredClone(pkg.resources[1].schema);
    schema.fields[0].type = 'năm';
    schema.foreignKeys = [{ fields: ['unit_code'] }];
    expect(validateTableSchema(schema)).toBe(false);
    expect(validateTableSchema({ fields: [] })).toBe(false);
  });
});

describe('datapackage.json content', () => {
  const downloads = getDownloads();

  it('is a tabular data package of every dataset, with tabular resources', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.homepage).toBe(HOME);
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(DATASET_NAMES);
    for (const r of pkg.resources) {
      expect(r.profile).toBe('tabular-data-resource');
      expect(r.schema.fields.length).toBeGreaterThan(0);
      expect(r).toMatchObject({ path: `${r.name}.csv`, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
    }
  });

  it.each(DATASET_NAMES)('%s: bytes, hash and row count are those of the served CSV', (name) => {
    const r = pkg.resources.find((x: { name: string }) => x.name === name);
    const d = downloads.find((x) => x.name === name)!;
    expect(r.bytes).toBe(d.csv.bytes.byteLength);
    expect(r.hash).toBe(`sha256:${sha256Hex(d.csv.bytes)}`);
    expect(r.stats.rows).toBe(d.rows.length);
    expect(r.provenance).toMatchObject({ official: d.provenance.official, illustrative: d.provenance.illustrative });
    expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(d.columns);
    expect(r.schema.primaryKey).toEqual(DATASETS[name].primaryKey);
    expect(r.licenses.length).toBeGreaterThan(0);
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('writes field titles in Vietnamese and Table Schema types, year included', () => {
    const wp = pkg.resources.find((x: { name: string }) => x.name === 'ward-poverty');
    expect(wp.schema.fields[0]).toMatchObject({ name: 'year', title: 'Năm', type: 'year', constraints: { required: true, minimum: 2021, maximum: 2030 } });
    const au = pkg.resources.find((x: { name: string }) => x.name === 'administrative-units');
    expect(au.schema.fields.find((f: { name: string }) => f.name === 'valid_to').type).toBe('date');
  });

  it('writes a self-reference with resource "" and other references by name', () => {
    const pp = pkg.resources.find((x: { name: string }) => x.name === 'plan-projects');
    expect(pp.schema.foreignKeys).toEqual([
      { fields: ['lead_agency'], reference: { resource: 'plan-agencies', fields: ['id'] } },
      { fields: ['parent_id'], reference: { resource: '', fields: ['id'] } },
    ]);
    const wp = pkg.resources.find((x: { name: string }) => x.name === 'ward-poverty');
    expect(wp.schema.foreignKeys).toEqual([{ fields: ['unit_code'], reference: { resource: 'administrative-units', fields: ['gso_code'] } }]);
    expect(pkg.resources.find((x: { name: string }) => x.name === 'plan-targets').schema.foreignKeys).toBeUndefined();
  });

  it('drops regex anchors (XML Schema patterns match the whole value) without changing what matches', () => {
    expect(xsdPattern('^(\\d{3}|\\d{5})$')).toBe('(\\d{3}|\\d{5})');
    for (const d of downloads) {
      const r = pkg.resources.find((x: { name: string }) => x.name === d.name);
      for (const f of r.schema.fields.filter((x: { constraints: { pattern?: string } }) => x.constraints.pattern)) {
        const re = new RegExp(`^(?:${f.constraints.pattern})$`, 'u');
        for (const row of d.rows) if (row[f.name] !== null) expect(re.test(String(row[f.name])), `${d.name}.${f.name} = ${row[f.name]}`).toBe(true);
      }
    }
  });

  it('is deterministic and leaves out the homepage when the site URL is unknown', () => {
    const inputs = getDownloads().map((d) => ({ name: d.name, meta: d.meta, dictionary: d.dictionary, csv: d.csv, rows: d.rows.length, provenance: d.provenance, primaryKey: DATASETS[d.name].primaryKey, foreignKeys: DATASETS[d.name].foreignKeys }));
    expect(JSON.stringify(buildDataPackage(inputs, { homepage: HOME }))).toBe(JSON.stringify(buildDataPackage(inputs, { homepage: HOME })));
    expect(buildDataPackage(inputs)).not.toHaveProperty('homepage');
    expect(buildDataPackage(inputs).created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
});
