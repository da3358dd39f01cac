import { describe, expect, it } from 'vitest';
import { countProvenance, overallProvenance, provenanceLabel } from '../../../src/lib/downloads/provenance';
import { PLAN_CITATION, citeDataset, sourceReference } from '../../../src/lib/downloads/citation';
import { usageTips, codeColumns } from '../../../src/lib/downloads/usage';
import { getDownloads } from '../../../src/lib/downloads/index';
import { canonicalJson, formatBytes } from '../../../src/lib/downloads/files';

const rows = (o: number, i: number) => [...Array(o).fill({ provenance: 'official' }), ...Array(i).fill({ provenance: 'illustrative' })];

describe('provenance counts and label', () => {
  it('counts rows and names the whole', () => {
    expect(countProvenance(rows(3, 62))).toEqual({ official: 3, illustrative: 62, mixed: 0, total: 65 });
    expect(overallProvenance(countProvenance(rows(17, 0)))).toBe('official');
    expect(overallProvenance(countProvenance(rows(0, 4)))).toBe('illustrative');
    expect(overallProvenance(countProvenance(rows(1, 4)))).toBe('mixed');
    expect(provenanceLabel(countProvenance(rows(1, 64)))).toBe('Hỗn hợp: 1 dòng chính thức, 64 dòng số liệu minh họa');
    expect(provenanceLabel(countProvenance(rows(1200, 0)))).toBe('Chính thức (1.200 dòng)');
  });

  it.each(getDownloads().map((d) => [d.name, d] as const))('%s: the rows agree with the provenance declared in its metadata', (_n, d) => {
    expect(d.overall).toBe(d.meta.provenance);
  });
});

describe('citations', () => {
  const url = 'https://example.org/du-lieu/ward-poverty/';
  const meta = { title: 'Hộ nghèo theo phường/xã', updated: '2026-11-28', sources: [{ title: 'Kế hoạch 122/KH-UBND (tháng 3/2024) của UBND thành phố Phan Rang-Tháp Chàm' }] };

  it('cites the plan in APA-like form and says "Số liệu minh họa" when rows are illustrative', () => {
    const c = citeDataset(meta, { official: 1, illustrative: 64, mixed: 0, total: 65 }, url);
    expect(c.apa).toContain('(2026). Hộ nghèo theo phường/xã [Bộ dữ liệu CSV]. https://example.org/du-lieu/ward-poverty/');
    expect(c.apa).toContain(PLAN_CITATION);
    expect(c.apa).toContain('UBND thành phố Phan Rang-Tháp Chàm (2024). Kế hoạch 122/KH-UBND (tháng 3/2024)');
    expect(c.apa).toContain('Số liệu minh họa: 1 dòng chính thức, 64 dòng số liệu minh họa');
    expect(c.plain).toContain('cập nhật ngày 28/11/2026');
    expect(c.plain).toContain('Số liệu minh họa');
  });

  it('says nothing about illustrative data when every row is official', () => {
    const c = citeDataset(meta, { official: 16, illustrative: 0, mixed: 0, total: 16 }, url);
    expect(c.apa).not.toMatch(/minh họa/);
    expect(c.plain).not.toMatch(/minh họa/);
  });

  it('leaves other sources as written', () => {
    expect(sourceReference('Nghị quyết 1198/NQ-UBTVQH15')).toBe('Nghị quyết 1198/NQ-UBTVQH15.');
  });
});

describe('usage tips and files', () => {
  const wp = getDownloads().find((d) => d.name === 'ward-poverty')!;

  it('gives two lines per tool with the real URL, reading code columns as text', () => {
    const tips = usageTips('https://example.org/du-lieu/ward-poverty.csv', wp.dictionary);
    expect(tips.map((t) => t.tool)).toEqual(['Excel', 'Google Sheets', 'Python (pandas)', 'R (readr)']);
    for (const t of tips) expect(t.lines).toHaveLength(2);
    expect(codeColumns(wp.dictionary)).toEqual(['unit_code']);
    expect(tips[2]!.lines[1]!.text).toBe('df = pd.read_csv("https://example.org/du-lieu/ward-poverty.csv", encoding="utf-8-sig", dtype={"unit_code": str})');
    expect(tips[3]!.lines[1]!.text).toContain('col_types = cols(unit_code = "c")');
  });

  it('writes JSON rows with every column, null for blank', () => {
    const json = JSON.parse(canonicalJson(['a', 'b'], [{ a: 1, b: null }, { a: 2 }]));
    expect(json).toEqual([{ a: 1, b: null }, { a: 2, b: null }]);
    const served = JSON.parse(new TextDecoder().decode(wp.json.bytes));
    expect(served).toEqual(wp.rows);
  });

  it('formats sizes the Vietnamese way', () => {
    expect(formatBytes(850)).toBe('850 byte');
    expect(formatBytes(11347)).toBe('11,3 kB');
    expect(formatBytes(1_250_000)).toBe('1,3 MB');
  });
});
