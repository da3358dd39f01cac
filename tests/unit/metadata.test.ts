import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS, DATASET_NAMES } from '../../src/lib/datasets';
import { readMetadata } from '../../src/lib/validate/metadata';
import { cellSpec } from '../../src/schemas/cells';

const { metas, problems } = readMetadata(join(__dirname, '../../data'));

describe('each metadata file agrees with its zod schema', () => {
  it('every dataset has a valid metadata file', () => {
    expect(problems).toEqual([]);
    expect(Object.keys(metas).sort()).toEqual([...DATASET_NAMES].sort());
  });

  it.each(DATASET_NAMES)('%s: same columns, types and constraints', (name) => {
    const meta = metas[name]!;
    expect(meta.name).toBe(name);
    expect(meta.fields.map((f) => f.name)).toEqual(columnsOf(name));
    for (const f of meta.fields) {
      const spec = cellSpec(DATASETS[name].schema.shape[f.name as never]);
      expect(spec, `${name}.${f.name} has no cell spec`).toBeDefined();
      expect({ field: f.name, type: f.type }).toEqual({ field: f.name, type: spec!.type });
      expect({ field: f.name, ...f.constraints }).toEqual({ field: f.name, ...spec!.constraints, ...(spec!.constraints.enum ? { enum: [...spec!.constraints.enum] } : {}) });
    }
  });
});
