import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../../src/lib/validate/data';
import { valueColumnsOf } from '../../../src/lib/validate/provenance';
import type { Problem } from '../../../src/lib/validate/problem';

const DATA = join(__dirname, '../../../data');
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/data', name));

/** All of data/ with one file replaced by a fixture, so the cross-column checks run. */
function withFixture(name: string, as: string): Problem[] {
  return validateData(DATA, (f) => (f === as ? fixture(name) : undefined)).problems;
}

describe('official_fields rules: one fixture per violation, with code, file, line and field', () => {
  it.each([
    ['constraint-error-official-fields-unknown.csv', 'ward-poverty.csv', 'constraint-error', 3, 'official_fields', 'unit_code'],
    ['constraint-error-official-fields-pattern.csv', 'ward-poverty.csv', 'constraint-error', 3, 'official_fields', 'poor_rate;near_poor_rate'],
    ['consistency-error-official-fields-not-mixed.csv', 'ward-poverty.csv', 'consistency-error', 3, 'official_fields', 'mixed'],
    ['consistency-error-mixed-without-fields.csv', 'ward-poverty.csv', 'consistency-error', 3, 'official_fields', 'official_fields'],
    ['constraint-error-official-without-source.csv', 'ward-poverty.csv', 'constraint-error', 3, 'source', 'Sửa'],
    ['consistency-error-official-placeholder-source.csv', 'ward-poverty.csv', 'consistency-error', 3, 'source', 'văn bản công bố'],
    ['consistency-error-official-field-blank.csv', 'campaign.csv', 'consistency-error', 2, 'official_fields', 'money_raised_vnd'],
  ])('%s → %s', (name, as, code, line, field, inMessage) => {
    const ps = withFixture(name, as);
    const hit = ps.find((p) => p.code === code && p.line === line && p.field === field);
    expect(hit, JSON.stringify(ps)).toBeDefined();
    expect(hit!.file).toBe(`data/${as}`);
    expect(hit!.message).toContain(inMessage);
    expect(hit!.message).toContain('Sửa:');
  });

  it('accepts the shipped data, whose 2023 city row is mixed', () => {
    const r = validateData(DATA);
    expect(r.problems).toEqual([]);
    const city = r.tables['ward-poverty'].rows.find((x) => x.year === 2023 && x.unit_code === '582')!;
    expect(city.provenance).toBe('mixed');
    expect(city.official_fields).toBe('poor_rate;near_poor_rate');
    const target = r.tables.campaign.rows.find((x) => x.kind === 'target')!;
    expect([target.provenance, target.official_fields]).toEqual(['mixed', 'houses_built']);
  });

  it('value columns are the numeric columns that are not keys', () => {
    expect(valueColumnsOf('ward-poverty')).toEqual(['total_households', 'poor_households', 'near_poor_households', 'poor_rate', 'near_poor_rate', 'escaped_households', 'new_poor_households']);
    expect(valueColumnsOf('plan-targets')).toEqual(['baseline', 'target', 'actual']);
    expect(valueColumnsOf('administrative-units')).toEqual([]);
  });
});
