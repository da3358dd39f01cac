import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, selectableUnits, storyFields, type CmsField } from '../../../src/lib/cms/config';
import { STORY_YEAR_MIN, SUPPORT_IDS, storySchema } from '../../../src/schemas/story';
import { repo, units } from '../stories/helpers';

const ctx = { units, lastYear: 2026, backend: { kind: 'local', url: 'http://127.0.0.1:8081/api/v1' } as const };
const fields = storyFields(ctx);
const byName = (fs: CmsField[], n: string) => fs.find((f) => f.name === n)!;

describe('CMS config generated from the story schema', () => {
  it('lists every schema field, in the schema order, nested objects included', () => {
    expect(fields.map((f) => f.name)).toEqual(Object.keys(storySchema.shape));
    for (const k of ['cover', 'consent'] as const) {
      expect(byName(fields, k).fields!.map((f) => f.name)).toEqual(Object.keys(storySchema.shape[k].shape));
    }
  });

  it('requires in the form what the schema requires', () => {
    const shape = storySchema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean }; shape?: Record<string, { safeParse: (v: unknown) => { success: boolean } }> }>;
    const check = (fs: CmsField[], sh: typeof shape) => {
      for (const f of fs) {
        const s = sh[f.name]!;
        const schemaNeedsIt = !s.safeParse(undefined).success && !s.safeParse('').success;
        // A boolean widget always writes true/false, so it is never missing.
        if (schemaNeedsIt && f.widget !== 'boolean') expect(f.required, f.name).toBe(true);
        if (s.safeParse(undefined).success) expect(f.required, f.name).toBe(false);
        if (f.fields) check(f.fields, s.shape as typeof shape);
      }
    };
    check(fields, shape);
    expect(byName(fields, 'title').required).toBe(true);
    expect(byName(byName(fields, 'cover').fields!, 'alt').required).toBe(true);
    expect(byName(fields, 'draft').required).toBe(false);
    expect(byName(fields, 'tags').required).toBe(false);
    expect(byName(byName(fields, 'consent').fields!, 'date').required).toBe(false);
  });

  it('the unit select holds exactly the phường/xã of data/ valid in some story year, writing the code', () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(repo, 'data/administrative-units.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    // The city's own phường/xã (district 582), not the units of Khánh Hòa that reuse some codes from 1/7/2025.
    const wards = csv.filter((r) => r.district_code === '582' && (!r.valid_to || r.valid_to >= `${STORY_YEAR_MIN}-12-31`));
    const unit = byName(fields, 'unit');
    expect(unit.widget).toBe('select');
    expect(unit.options!.map((o) => o.value).sort()).toEqual(wards.map((r) => r.gso_code).sort());
    for (const r of wards) expect(unit.options!.find((o) => o.value === r.gso_code)!.label).toContain(r.name);
    // No year a story may be about → no unit.
    expect(selectableUnits(units, STORY_YEAR_MIN - 1)).toEqual([]);
  });

  it('gives the listed widgets: supports multi-select, dates as YYYY-MM-DD, image for the cover', () => {
    const supports = byName(fields, 'supports');
    expect(supports).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(supports.options!.map((o) => o.value)).toEqual(SUPPORT_IDS);
    expect(byName(fields, 'published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(byName(byName(fields, 'cover').fields!, 'src').widget).toBe('image');
    expect(byName(fields, 'summary').pattern![0]).toContain('200');
    expect(byName(fields, 'year')).toMatchObject({ widget: 'number', value_type: 'int', min: STORY_YEAR_MIN, max: 2026 });
  });

  it('writes stories into content/stories with images in ./images, Vietnamese locale', () => {
    const c = buildCmsConfig(ctx) as { locale: string; collections: Record<string, unknown>[]; backend: Record<string, unknown>; publish_mode?: string };
    expect(c.locale).toBe('vi');
    expect(c.collections[0]).toMatchObject({ folder: 'content/stories', extension: 'mdx', media_folder: 'images', public_folder: './images' });
    expect(c.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    const gh = buildCmsConfig({ ...ctx, backend: { kind: 'github', repo: 'o/r', branch: 'main', editorialWorkflow: true } }) as typeof c;
    expect(gh.backend).toMatchObject({ name: 'github', repo: 'o/r' });
    expect(gh.publish_mode).toBe('editorial_workflow');
  });
});
