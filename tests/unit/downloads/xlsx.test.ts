/**
 * The Excel workbooks: three sheets, Vietnamese labels from the dictionary in a frozen header row,
 * numbers as numbers and dates as dates, provenance in words and colour per value (mixed rows
 * coloured by official_fields), no formula anywhere (even for text starting with = + - @), and
 * the same bytes on every build.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getDownloads, getWorkbook } from '../../../src/lib/downloads/index';
import { buildWorkbook, FILLS, PROVENANCE_WORDS_HEADER, SHEETS, type WorkbookInput } from '../../../src/lib/downloads/xlsx';

const HOME = 'https://giam-ngheo-prtc.example/du-lieu/';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const argbOf = (c: ExcelJS.Cell) => (c.fill && c.fill.type === 'pattern' ? (c.fill.fgColor?.argb ?? null) : null);

/** Every sheet's XML in the package, for what a reader would not show (formulas). */
function sheetXml(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  return Object.entries(parts)
    .filter(([p]) => p.startsWith('xl/worksheets/'))
    .map(([, b]) => new TextDecoder().decode(b))
    .join('\n');
}

describe('dataset workbooks', async () => {
  const downloads = getDownloads();
  const books = await Promise.all(downloads.map(async (d) => ({ d, file: await getWorkbook(d.name, HOME) })));

  it('have the three sheets, the dictionary labels in a frozen header row, one row per data row', async () => {
    for (const { d, file } of books) {
      const wb = await load(file.bytes);
      expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.data, SHEETS.dictionary, SHEETS.sources]);
      const ws = wb.getWorksheet(SHEETS.data)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual([...d.dictionary.map((e) => e.label), PROVENANCE_WORDS_HEADER]);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.rowCount).toBe(d.rows.length + 1);
      // The dictionary sheet lists every column with its label.
      const dict = wb.getWorksheet(SHEETS.dictionary)!;
      for (const [i, e] of d.dictionary.entries()) expect([dict.getCell(i + 2, 1).value, dict.getCell(i + 2, 2).value]).toEqual([e.name, e.label]);
      // Sources: title, licence and the page address.
      const src = (wb.getWorksheet(SHEETS.sources)!.getSheetValues() as unknown[][]).flat().map(String).join('\n');
      expect(src).toContain(d.meta.title);
      for (const l of d.meta.licenses) expect(src).toContain(l.title);
      expect(src).toContain(`${HOME}${d.name}/`);
    }
  });

  it('types numbers as numbers, dates as dates, blanks as empty', async () => {
    let numbers = 0;
    let dates = 0;
    for (const { d, file } of books) {
      const ws = (await load(file.bytes)).getWorksheet(SHEETS.data)!;
      d.rows.forEach((r, i) => {
        d.dictionary.forEach((e, j) => {
          const v = ws.getCell(i + 2, j + 1).value;
          const raw = r[e.name];
          if (raw === null || raw === undefined || raw === '') expect(v, `${d.name} ${e.name}`).toBeNull();
          else if (e.type === 'integer' || e.type === 'number' || e.type === 'year') {
            expect(v, `${d.name} ${e.name}`).toBe(raw);
            numbers++;
          } else if (e.type === 'date') {
            expect(v).toBeInstanceOf(Date);
            expect((v as Date).toISOString().slice(0, 10)).toBe(raw);
            dates++;
          } else expect(v).toBe(String(raw));
        });
      });
    }
    expect(numbers).toBeGreaterThan(100);
    expect(dates).toBeGreaterThan(0);
  });

  it('colours each value by its provenance; a mixed row by official_fields; says it in words', async () => {
    const { d, file } = books.find((b) => b.d.name === 'ward-poverty')!;
    const ws = (await load(file.bytes)).getWorksheet(SHEETS.data)!;
    const i = d.rows.findIndex((r) => r.provenance === 'mixed');
    expect(i).toBeGreaterThanOrEqual(0);
    const col = (name: string) => d.dictionary.findIndex((e) => e.name === name) + 1;
    const row = d.rows[i]!;
    const official = String(row.official_fields).split(';');
    expect(official).toContain('poor_rate');
    expect(argbOf(ws.getCell(i + 2, col('poor_rate')))).toBe(FILLS.official);
    expect(argbOf(ws.getCell(i + 2, col('poor_households')))).toBe(FILLS.illustrative);
    const words = String(ws.getCell(i + 2, d.dictionary.length + 1).value);
    expect(words).toContain('Chính thức');
    expect(words).toContain('tỷ lệ hộ nghèo');
    expect(words).toContain('minh họa');
    const j = d.rows.findIndex((r) => r.provenance === 'illustrative');
    expect(argbOf(ws.getCell(j + 2, col('poor_rate')))).toBe(FILLS.illustrative);
    expect(ws.getCell(j + 2, d.dictionary.length + 1).value).toBe('Minh họa');
  });

  it('holds no formula, and the same input gives the same bytes', async () => {
    for (const { file } of books) expect(sheetXml(file.bytes)).not.toMatch(/<f[\s>]/);
    // The detector sees a real formula (control).
    const ctl = new ExcelJS.Workbook();
    ctl.addWorksheet('x').getCell('A1').value = { formula: '1+1', result: 2 };
    expect(sheetXml(new Uint8Array(await ctl.xlsx.writeBuffer()))).toMatch(/<f[\s>]/);
    const { d, file } = books[0]!;
    expect(Buffer.from(await getWorkbook(d.name, HOME).then((f) => f.bytes)).equals(Buffer.from(file.bytes))).toBe(true);
  });

  it('keeps text starting with = + - @ as text, never a formula', async () => {
    const tricky = ['=HYPERLINK("https://x.invalid","bấm")', '+84 912', '-5 hộ', '@chi-h', '=1+1'];
    const input: WorkbookInput = {
      name: 't',
      meta: { title: 'Thử', description: 'Thử', provenancePolicy: 'Thử', sources: [{ title: '=SUM(A1)' }], licenses: [{ name: 'CC-BY-4.0', title: 'CC BY 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }], updated: '2024-03-11' },
      dictionary: [{ name: 'note', label: 'Ghi chú', type: 'string', unit: null, description: 'x', constraints: {} }],
      rows: tricky.map((note) => ({ note })),
      provenance: { official: 0, illustrative: 0, mixed: 0, total: tricky.length },
      valueColumns: [],
      citations: { apa: '=A', plain: '@B' },
      pageUrl: 'https://giam-ngheo-prtc.example/du-lieu/t/',
    };
    const a = await buildWorkbook(input);
    expect(sheetXml(a)).not.toMatch(/<f[\s>]/);
    const ws = (await load(a)).getWorksheet(SHEETS.data)!;
    tricky.forEach((t, i) => {
      expect(ws.getCell(i + 2, 1).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(i + 2, 1).value).toBe(t);
    });
    // Built again later: same bytes (no clock in the package).
    await new Promise((r) => setTimeout(r, 1100));
    expect(Buffer.from(await buildWorkbook(input)).equals(Buffer.from(a))).toBe(true);
  });
});
