import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, defuseFormula, toCsv } from '../../../src/lib/csv/write';
import { canonicalCsv, utf8 } from '../../../src/lib/downloads/files';
import { DATASETS, DATASET_NAMES, columnsOf } from '../../../src/lib/datasets';
import { validateTable } from '../../../src/lib/validate/table';
import { getTables } from '../../../src/lib/site-data';

/** Parses CSV text as papaparse would for a reader (header row, strings). */
function parse(text: string) {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
}

describe('toCsv: the one CSV writer', () => {
  const tricky = [
    { id: 'a', text: 'dấu phẩy, ở giữa', n: 1.5 },
    { id: 'b', text: 'nháy "kép" bên trong', n: 0 },
    { id: 'c', text: 'xuống\ndòng LF và\r\nCRLF', n: -2 },
    { id: 'd', text: 'Đô Vinh – Phước Mỹ, Bảo An; Mỹ Hải', n: 1234567 },
    { id: 'e', text: ' khoảng trắng đầu cuối ', n: 0.72 },
  ];

  it('starts with a UTF-8 BOM, ends every record with CRLF and writes a header', () => {
    const text = toCsv(['id', 'text', 'n'], tricky);
    expect(text.startsWith(BOM)).toBe(true);
    expect(Array.from(utf8(text).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\r\n')[0]).toBe('id,text,n');
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted cells there is no bare LF: every record separator is CRLF.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n/);
  });

  it('quotes cells holding commas, quotes and line breaks, and doubles inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('x\ny')).toBe('"x\ny"');
    expect(csvCell('x\r\ny')).toBe('"x\r\ny"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes dot decimals, never a localised number', () => {
    expect(csvCell(0.72)).toBe('0.72');
    expect(csvCell(1234567)).toBe('1234567');
    expect(toCsv(['n'], [{ n: 2.5 }])).toBe(`${BOM}n\r\n2.5\r\n`);
  });

  it('round-trips through papaparse: same rows back, diacritics intact', () => {
    const text = toCsv(['id', 'text', 'n'], tricky);
    const res = parse(text);
    expect(res.errors).toEqual([]);
    expect(res.meta.fields).toEqual(['id', 'text', 'n']);
    expect(res.data).toEqual(tricky.map((r) => ({ id: r.id, text: r.text, n: String(r.n) })));
    expect(res.data[3]!.text).toBe('Đô Vinh – Phước Mỹ, Bảo An; Mỹ Hải');
  });

  it('round-trips any strings (property test)', () => {
    const cellArb = fc.string({ unit: fc.constantFrom('a', 'ễ', 'Đ', ',', '"', '\n', '\r\n', ' ', ';', '1', '.') , maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.record({ a: cellArb, b: cellArb }), { minLength: 1, maxLength: 8 }), (rows) => {
        // A row of only empty cells would be an empty line, which readers skip: keep one marker cell.
        const data = rows.map((r) => ({ k: 'x', ...r }));
        const res = Papa.parse<string[]>(toCsv(['k', 'a', 'b'], data), { header: false, skipEmptyLines: false });
        const records = res.data.filter((r) => !(r.length === 1 && r[0] === ''));
        // Same text back, except the leading ' that defuses a would-be formula.
        expect(records.slice(1)).toEqual(data.map((r) => [r.k, defuseFormula(r.a), defuseFormula(r.b)]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('no formula is published', () => {
  it.each([
    ['=HYPERLINK("http://x.example","bấm")', `"'=HYPERLINK(""http://x.example"",""bấm"")"`],
    ['=1+1', "'=1+1"],
    ['+84 912', "'+84 912"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
  ])('text %j is written as %s', (text, out) => {
    expect(csvCell(text)).toBe(out);
  });

  it('numbers stay numbers: -5 in an integer column is -5, -0.5 is -0.5', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(toCsv(['n', 't'], [{ n: -5, t: '-5' }])).toBe(`${BOM}n,t\r\n-5,'-5\r\n`);
  });

  it('text that only contains the characters later is left alone', () => {
    for (const t of ['a=b', '5-3', 'x@y.vn', 'Kế hoạch 122/KH-UBND', '2024-11-01']) expect(csvCell(t)).toBe(t);
  });

  it('a dataset CSV defuses a formula in a text column but not a negative number in a numeric one', () => {
    const text = canonicalCsv(['unit', 'baseline', 'text'], [{ unit: '=cmd|\' /C calc\'!A0', baseline: -5, text: '@x' }]);
    const row = Papa.parse<string[]>(text.slice(1), { header: false }).data[1];
    expect(row).toEqual(["'=cmd|' /C calc'!A0", '-5', "'@x"]);
  });

  it('every dataset and the shipped rows: no published cell starts a formula', () => {
    for (const name of DATASET_NAMES) {
      const text = canonicalCsv(columnsOf(name), getTables()[name].rows as unknown as Record<string, unknown>[]);
      const cells = Papa.parse<string[]>(text.slice(1), { header: false, skipEmptyLines: true }).data.flat();
      for (const c of cells) expect(/^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d+(\.\d+)?$/.test(c)), `${name}: ${c.slice(0, 40)}`).toBe(false);
    }
  });
});

describe('canonical dataset CSVs', () => {
  const tables = getTables();

  it.each(DATASET_NAMES)('%s: re-validating the canonical CSV gives the same typed rows', (name) => {
    const rows = tables[name].rows as unknown as Record<string, unknown>[];
    const text = canonicalCsv(columnsOf(name), rows);
    const again = validateTable(utf8(text), `${name}.csv`, DATASETS[name].schema, columnsOf(name));
    expect(again.problems).toEqual([]);
    expect(again.rows).toEqual(rows);
  });

  it('blank cells stay blank, never 0', () => {
    const rows = tables['plan-targets'].rows;
    const withBlank = rows.find((r) => r.actual === null)!;
    const text = canonicalCsv(columnsOf('plan-targets'), [withBlank]);
    const parsed = parse(text).data[0]!;
    expect(parsed.actual).toBe('');
  });
});
