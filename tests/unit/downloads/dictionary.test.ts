import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_NAMES, columnsOf } from '../../../src/lib/datasets';
import { dataDictionary, describeConstraints } from '../../../src/lib/dictionary';
import { readMetadata } from '../../../src/lib/validate/metadata';
import { cellSpec } from '../../../src/schemas/cells';

const { metas } = readMetadata(join(__dirname, '../../../data'));

describe('data dictionary', () => {
  it.each(DATASET_NAMES)('%s: lists exactly the schema columns, in order, with the schema types and rules', (name) => {
    const dict = dataDictionary(name, metas[name]!);
    expect(dict.map((e) => e.name)).toEqual(columnsOf(name));
    expect(dict.map((e) => e.name)).toEqual(Object.keys(DATASETS[name].schema.shape));
    const shape = DATASETS[name].schema.shape as Record<string, Parameters<typeof cellSpec>[0]>;
    for (const e of dict) {
      const spec = cellSpec(shape[e.name]!)!;
      expect(e.type).toBe(spec.type);
      expect(e.constraints.required).toBe(spec.constraints.required);
      expect(e.constraints.enum).toEqual(spec.constraints.enum ? [...spec.constraints.enum] : undefined);
      expect(e.constraints.pattern).toBe(spec.constraints.pattern);
      expect(e.label.length).toBeGreaterThan(0);
      expect(e.description.length).toBeGreaterThan(0);
    }
  });

  it('takes type and rules from the schema, not from the metadata file', () => {
    const meta = structuredClone(metas['ward-poverty']!);
    const f = meta.fields.find((x) => x.name === 'poor_rate')!;
    f.type = 'string';
    f.constraints = { required: false };
    const e = dataDictionary('ward-poverty', meta).find((x) => x.name === 'poor_rate')!;
    expect(e.type).toBe('number');
    expect(e.constraints).toMatchObject({ required: true, minimum: 0, maximum: 100 });
    expect(e.unit).toBe('%');
    expect(e.label).toBe('Tỷ lệ hộ nghèo');
  });

  it('fails loudly when the metadata file forgets a schema column', () => {
    const meta = structuredClone(metas['campaign']!);
    meta.fields = meta.fields.filter((x) => x.name !== 'houses_built');
    expect(() => dataDictionary('campaign', meta)).toThrow(/houses_built/);
  });

  it('ignores metadata for a column the schema does not have', () => {
    const meta = structuredClone(metas['plan-agencies']!);
    meta.fields.push({ name: 'ghost', label: 'Ma', type: 'string', description: 'không có trong lược đồ', constraints: {} });
    expect(dataDictionary('plan-agencies', meta).map((e) => e.name)).toEqual(columnsOf('plan-agencies'));
  });

  it('describes rules in Vietnamese; years without a thousands separator', () => {
    const year = describeConstraints('year', { required: true, minimum: 2021, maximum: 2030 }).map((r) => r.text);
    expect(year).toEqual(['Bắt buộc', 'Từ 2021 đến 2030']);
    const money = describeConstraints('integer', { required: false, minimum: 0, maximum: 1500000 }).map((r) => r.text);
    expect(money).toEqual(['Có thể để trống (không có số liệu)', 'Từ 0 đến 1.500.000']);
    const kind = describeConstraints('string', { required: true, enum: ['actual', 'target'], maxLength: 400 });
    expect(kind).toContainEqual({ text: 'Một trong:', code: ['actual', 'target'] });
    expect(kind.map((r) => r.text)).toContain('Tối đa 400 ký tự');
  });
});
