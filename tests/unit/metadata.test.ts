import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS, DATASET_NAMES } from '../../src/lib/datasets';
import { checkMetadata, readMetadata } from '../../src/lib/validate/metadata';
import { cellSpec } from '../../src/schemas/cells';

const { metas, problems } = readMetadata(join(__dirname, '../../data'));

describe('each metadata file agrees with its zod schema', () => {
  it('every dataset has a valid metadata file', () => {
    expect(problems).toEqual([]);
    expect(Object.keys(metas).sort()).toEqual([...DATASET_NAMES].sort());
  });

  it.each(DATASET_NAMES)('%s: same columns as the zod schema; types and constraints only in the schema (#16)', (name) => {
    const meta = metas[name]!;
    expect(meta.name).toBe(name);
    expect(meta.fields.map((f) => f.name)).toEqual(columnsOf(name));
    for (const f of meta.fields) {
      // The rule lives once: every column is built by a cell builder that records it…
      expect(cellSpec(DATASETS[name].schema.shape[f.name as never]), `${name}.${f.name} has no cell spec`).toBeDefined();
      // …and the metadata file does not repeat it.
      expect(f.type, `${name}.${f.name}`).toBeUndefined();
      expect(f.constraints, `${name}.${f.name}`).toBeUndefined();
    }
    const raw = readFileSync(join(__dirname, `../../data/${name}.meta.json`), 'utf8');
    expect(raw).not.toMatch(/"(type|constraints)":/);
  });

  it('a metadata file that repeats a type or rules is refused, at its line, with the fix', () => {
    const text = readFileSync(join(__dirname, '../fixtures/metadata/type-error-rules-in-metadata.meta.json'), 'utf8');
    const lines = text.split('\n');
    const { meta, problems } = checkMetadata('data/campaign.meta.json', text);
    expect(meta).toBeNull();
    expect(problems.map((p) => [p.code, p.field, p.line])).toEqual([
      ['type-error', 'fields.4.type', lines.findIndex((l) => l.includes('"type": "integer"')) + 1],
      ['type-error', 'fields.4.constraints', lines.findIndex((l) => l.includes('"constraints": {')) + 1],
    ]);
    for (const p of problems) expect(p.message).toMatch(/cột "houses_built".*lược đồ zod.*Sửa: xóa/);
  });
});

describe('English metadata is complete (#15)', () => {
  it.each(DATASET_NAMES)('%s: an English title, description, policy, and a label and description for every column', (name) => {
    const meta = metas[name]!;
    expect(meta.en.title.trim()).not.toBe('');
    expect(meta.en.title).not.toBe(meta.title);
    expect(meta.en.description).not.toBe(meta.description);
    expect(meta.en.provenancePolicy.length).toBeGreaterThan(10);
    for (const f of meta.fields) {
      expect(f.en, `${name}.${f.name}`).toBeDefined();
      expect(f.en!.label.trim(), `${name}.${f.name}`).not.toBe('');
      expect(f.en!.description.trim(), `${name}.${f.name}`).not.toBe('');
      expect(f.en!.unit === undefined, `${name}.${f.name} unit`).toBe(f.unit === undefined);
    }
  });

  const fixture = join(__dirname, '../fixtures/metadata/type-error-missing-english.meta.json');
  const text = readFileSync(fixture, 'utf8');
  const lines = text.split('\n');
  const lineWith = (s: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(s)) + 1;
  const { meta, problems } = checkMetadata('data/ward-poverty.meta.json', text);

  it('a missing English text is a type-error with its place and a Vietnamese fix', () => {
    expect(meta).toBeNull();
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(Object.keys(byField).sort()).toEqual(['en.title', 'fields.1.en', 'fields.12.en.label', 'fields.5.en.unit'].sort());
    for (const p of problems) {
      expect(p.code).toBe('type-error');
      expect(p.file).toBe('data/ward-poverty.meta.json');
      expect(p.message).toMatch(/Sửa: /);
      expect(p.line).toBeGreaterThan(0);
    }
    // A missing key points at its object: the "en" block, or the column.
    expect(byField['en.title']!.line).toBe(lineWith('"en": {'));
    expect(byField['en.title']!.message).toContain('thiếu tên bộ dữ liệu tiếng Anh');
    expect(byField['fields.1.en']!.message).toContain('cột "unit_code"');
    expect(byField['fields.1.en']!.line).toBe(lineWith('"name": "unit_code"') - 1);
    expect(byField['fields.5.en.unit']!.message).toMatch(/thiếu đơn vị tiếng Anh của cột "poor_rate".*Sửa: thêm "unit" vào "en"/);
    expect(byField['fields.12.en.label']!.line).toBe(lineWith('"label": "  "'));
  });

  it('the shipped metadata validates with no problem (npm run validate reads the same files)', () => {
    for (const name of DATASET_NAMES) {
      const r = checkMetadata(`data/${name}.meta.json`, readFileSync(join(__dirname, `../../data/${name}.meta.json`), 'utf8'));
      expect(r.problems).toEqual([]);
    }
  });
});
