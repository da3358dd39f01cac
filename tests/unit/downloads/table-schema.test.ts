/**
 * #16: the column rules live once, in the zod schemas; the Table Schema of datapackage.json is
 * generated from them (src/schemas/cells.ts records each builder's rule). These expectations are
 * written out by hand from the schemas and the Table Schema v1 spec, not computed by the code under
 * test, so a change to a rule, or to how it is published, has to be made on purpose.
 */
import { describe, expect, it } from 'vitest';
import { getDataPackage } from '../../../src/lib/downloads/index';

const pkg = JSON.parse(new TextDecoder().decode(getDataPackage('https://giam-ngheo-prtc.example/du-lieu/').bytes));
const field = (resource: string, name: string) => {
  const r = pkg.resources.find((x: { name: string }) => x.name === resource);
  const f = r.schema.fields.find((x: { name: string }) => x.name === name);
  const { type, format, constraints } = f;
  return { type, format, constraints };
};

describe('published Table Schema fields, from the zod schemas', () => {
  it('ward-poverty.year: a year(2021–2030) cell', () => {
    expect(field('ward-poverty', 'year')).toEqual({ type: 'year', format: 'default', constraints: { required: true, minimum: 2021, maximum: 2030 } });
  });
  it('ward-poverty.unit_code: required text with the GSO pattern, anchors dropped (XSD patterns match whole values)', () => {
    expect(field('ward-poverty', 'unit_code')).toEqual({ type: 'string', format: 'default', constraints: { required: true, pattern: '(\\d{3}|\\d{5})' } });
  });
  it('ward-poverty.poor_rate: a number in [0, 100]', () => {
    expect(field('ward-poverty', 'poor_rate')).toEqual({ type: 'number', format: 'default', constraints: { required: true, minimum: 0, maximum: 100 } });
  });
  it('ward-poverty.official_fields: optional, column names separated by ";", at most 400 characters', () => {
    expect(field('ward-poverty', 'official_fields')).toEqual({ type: 'string', format: 'default', constraints: { required: false, pattern: '[a-z0-9_]+(;[a-z0-9_]+)*', maxLength: 400 } });
  });
  it('campaign.kind: one of actual, target', () => {
    expect(field('campaign', 'kind')).toEqual({ type: 'string', format: 'default', constraints: { required: true, enum: ['actual', 'target'] } });
  });
  it('administrative-units.valid_from: an optional ISO date', () => {
    expect(field('administrative-units', 'valid_from')).toEqual({ type: 'date', format: 'default', constraints: { required: false } });
  });
});
