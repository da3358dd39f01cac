/**
 * Follows the README's "Replacing illustrative data with official data" step by step on a copy of
 * data/: the steps must validate, and what the charts then say must match what the README promises.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { chartFiles, type ChartRows } from '../../../src/lib/charts/registry';
import { tableShown } from '../../../src/lib/charts/table';
import { countProvenance, overallProvenance } from '../../../src/lib/downloads/provenance';
import { provenanceNote } from '../../../src/lib/provenance';
import { validateData } from '../../../src/lib/validate/data';
import { readMetadata } from '../../../src/lib/validate/metadata';

const ROOT = join(__dirname, '../../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Replacing illustrative data with official data'), readme.indexOf('## Sources and licences'));
const dir = mkdtempSync(join(tmpdir(), 'prov-readme-'));
cpSync(join(ROOT, 'data'), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Step 1–2 as a maintainer does them: edit rows of a CSV, keeping its header and order. */
function editCsv(file: string, edit: (r: Record<string, string>) => void): void {
  const p = Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true });
  p.data.forEach(edit);
  writeFileSync(join(dir, file), Papa.unparse({ fields: p.meta.fields!, data: p.data.map((r) => p.meta.fields!.map((f) => r[f])) }, { newline: '\n' }) + '\n');
}
const rows = (): ChartRows => {
  const t = validateData(dir).tables;
  return { poverty: t['ward-poverty'].rows, units: t['administrative-units'].rows, changes: t['unit-changes'].rows, campaign: t.campaign.rows, targets: t['plan-targets'].rows };
};
const notes = (d: ChartRows, slug: string) => chartFiles(slug, d).map((f) => provenanceNote(tableShown(f.table)));

describe('README: replacing illustrative data with official data', () => {
  it('documents the convention the validator enforces', () => {
    for (const s of ['`official`', '`illustrative`', '`mixed`', '`official_fields`', 'npm run validate', 'npm run build', 'src/lib/provenance/']) expect(section).toContain(s);
  });

  it('step 2, only some values published: a mixed row names its official columns', () => {
    editCsv('ward-poverty.csv', (r) => {
      if (r.year === '2024' && r.unit_code === '582') Object.assign(r, { provenance: 'mixed', official_fields: 'poor_rate', source: 'Báo cáo 9/BC-UBND ngày 9/1/2025 của UBND thành phố, mục I' });
    });
    expect(validateData(dir).problems).toEqual([]);
    const trend = chartFiles('xu-huong', rows()).find((f) => f.file === 'xu-huong-582')!;
    expect(provenanceNote(tableShown(trend.table))).toBe('Tỷ lệ hộ nghèo toàn thành phố năm 2023 và 2024, tỷ lệ hộ cận nghèo toàn thành phố năm 2023, cùng với chỉ tiêu, là chính thức; các số liệu còn lại là minh họa.');
  });

  it('step 2, a wrong official_fields is refused with its line', () => {
    editCsv('ward-poverty.csv', (r) => {
      if (r.year === '2024' && r.unit_code === '582') r.official_fields = 'poor_rate;source';
    });
    expect(validateData(dir).problems.map((p) => [p.code, p.field])).toContainEqual(['constraint-error', 'official_fields']);
  });

  it('steps 2–4, every value published: validate passes and no chart calls any value illustrative', () => {
    const src = 'Báo cáo 9/BC-UBND ngày 9/1/2025 của UBND thành phố';
    for (const f of ['ward-poverty.csv', 'campaign.csv', 'plan-targets.csv']) editCsv(f, (r) => Object.assign(r, { provenance: 'official', official_fields: '', source: src }));
    // Step 3: the metadata follows.
    const t = validateData(dir).tables;
    for (const name of ['ward-poverty', 'campaign', 'plan-targets'] as const) {
      const p = join(dir, `${name}.meta.json`);
      const m = JSON.parse(readFileSync(p, 'utf8'));
      writeFileSync(p, JSON.stringify({ ...m, updated: '2025-01-10', provenance: overallProvenance(countProvenance(t[name].rows)), provenancePolicy: 'Toàn bộ là số liệu chính thức.' }, null, 2));
    }
    // Step 4: validate.
    expect(validateData(dir).problems).toEqual([]);
    expect(readMetadata(dir).problems).toEqual([]);
    const d = rows();
    for (const slug of ['ty-le-ho-ngheo', 'xu-huong', 'ban-do', 'quy-theo-nam', 'quy-theo-phuong-xa', 'nha-xay-moi', 'ho-duoc-ho-tro', 'chi-tieu-ke-hoach']) {
      for (const n of notes(d, slug)) {
        expect(n, slug).not.toMatch(/minh họa/);
        expect(n, slug).toContain('chính thức');
      }
    }
  });
});
