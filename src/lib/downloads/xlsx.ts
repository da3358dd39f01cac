/**
 * /du-lieu/<dataset>.xlsx: the validated rows as an Excel workbook for newsrooms, written with
 * exceljs. Three sheets: "Dữ liệu" (Vietnamese labels from the dictionary in a frozen header row,
 * numbers and dates typed, provenance in words and colour per value), "Từ điển dữ liệu" and
 * "Nguồn và giấy phép". Values only: text stays text even when it starts with = + - @.
 * Deterministic bytes: fixed document dates, and the package re-zipped with one fixed timestamp.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describeConstraints, TYPE_LABELS, type DictionaryEntry } from '../dictionary';
import { badgeText, citationNote, datasetLabel, provenanceCell, provenanceTag, valueProvenance, type ProvenanceCounts, type RowProvenance } from '../provenance';
import { SITE_NAME } from '../site';
import type { DatasetMeta } from '../../schemas/metadata';
import type { Citations } from './citation';
import { buildZip } from './zip';

/** Sheet names, as a reader sees them. */
export const SHEETS = { data: 'Dữ liệu', dictionary: 'Từ điển dữ liệu', sources: 'Nguồn và giấy phép' } as const;

/** Header of the extra column that says each row's provenance in words. */
export const PROVENANCE_WORDS_HEADER = 'Nguồn gốc số liệu (diễn giải)';

/** Fill colours (ARGB) of official and illustrative values; the legend on the sources sheet names them. */
export const FILLS = { official: 'FFE3F1E6', illustrative: 'FFFDE9B8' } as const;

/** What a workbook is made of. */
export interface WorkbookInput {
  name: string;
  meta: Pick<DatasetMeta, 'title' | 'description' | 'provenancePolicy' | 'sources' | 'licenses' | 'updated'>;
  dictionary: DictionaryEntry[];
  rows: readonly Record<string, unknown>[];
  provenance: ProvenanceCounts;
  /** Columns whose values carry value-level provenance (numbers, not keys). */
  valueColumns: readonly string[];
  citations: Citations;
  /** Absolute URL of the dataset's page. */
  pageUrl: string;
}

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const BOLD: Partial<ExcelJS.Font> = { bold: true };

/** A cell value typed for Excel: numbers as numbers, dates as dates, blank as nothing, the rest as text. */
export function cellValue(type: DictionaryEntry['type'], v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  if ((type === 'integer' || type === 'number' || type === 'year') && typeof v === 'number') return v;
  if (type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  // A string is written as a shared string: never a formula, whatever its first character.
  return String(v);
}

const NUM_FMT: Partial<Record<DictionaryEntry['type'], string>> = { integer: '#,##0', year: '0', date: 'dd/mm/yyyy' };

function width(texts: readonly string[], min = 8, max = 60): number {
  return Math.min(max, Math.max(min, ...texts.map((t) => t.length + 2)));
}

function dataSheet(wb: ExcelJS.Workbook, w: WorkbookInput): void {
  const ws = wb.addWorksheet(SHEETS.data, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const dict = w.dictionary;
  const header = ws.addRow([...dict.map((e) => e.label), PROVENANCE_WORDS_HEADER]);
  header.font = BOLD;
  const hasProvenance = dict.some((e) => e.name === 'provenance');
  for (const r of w.rows) {
    const row = ws.addRow([...dict.map((e) => cellValue(e.type, r[e.name])), hasProvenance ? provenanceCell(String(r.provenance), r.official_fields as string | null) : null]);
    const p = r.provenance as RowProvenance | undefined;
    dict.forEach((e, i) => {
      const c = row.getCell(i + 1);
      if (NUM_FMT[e.type]) c.numFmt = NUM_FMT[e.type]!;
      if (p && w.valueColumns.includes(e.name) && c.value !== null) c.fill = fill(FILLS[valueProvenance({ provenance: p, official_fields: r.official_fields as string | null }, e.name)]);
    });
    if (p) row.getCell(dict.length + 1).fill = fill(p === 'official' ? FILLS.official : FILLS.illustrative);
  }
  ws.columns.forEach((col, i) => {
    const e = dict[i];
    const texts = [e ? e.label : PROVENANCE_WORDS_HEADER, ...w.rows.slice(0, 200).map((r) => (e ? String(r[e.name] ?? '') : ''))];
    col.width = width(texts, 8, e && e.type === 'string' ? 60 : 24);
  });
}

function dictionarySheet(wb: ExcelJS.Workbook, w: WorkbookInput): void {
  const ws = wb.addWorksheet(SHEETS.dictionary, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  ws.addRow(['Tên cột (trong CSV)', 'Nhãn (cột trong sheet Dữ liệu)', 'Kiểu', 'Đơn vị', 'Ý nghĩa', 'Quy tắc']).font = BOLD;
  for (const e of w.dictionary) {
    const rules = describeConstraints(e.type, e.constraints).map((r) => [r.text, ...(r.code ?? [])].join(' ')).join('; ');
    ws.addRow([e.name, e.label, TYPE_LABELS[e.type], e.unit ?? '', e.description, rules]);
  }
  ws.addRow([PROVENANCE_WORDS_HEADER.replace(/ \(.*/, ''), PROVENANCE_WORDS_HEADER, TYPE_LABELS.string, '', 'Cột thêm trong sheet Dữ liệu (không có trong CSV): nguồn gốc của dòng, bằng lời.', '']);
  ws.columns = [{ width: 22 }, { width: 34 }, { width: 20 }, { width: 12 }, { width: 70 }, { width: 50 }];
  ws.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
}

function sourcesSheet(wb: ExcelJS.Workbook, w: WorkbookInput): void {
  const ws = wb.addWorksheet(SHEETS.sources);
  const m = w.meta;
  const rows: [string, string][] = [
    ['Bộ dữ liệu', m.title],
    ['Mô tả', m.description],
    ['Trang', SITE_NAME],
    ['Địa chỉ', w.pageUrl],
    ['Nguồn gốc số liệu', datasetLabel(w.provenance)],
    ['Quy ước nguồn gốc', m.provenancePolicy],
    ...m.sources.map((s, i): [string, string] => [i === 0 ? 'Nguồn' : '', s.path ? `${s.title} (${s.path})` : s.title]),
    ...m.licenses.map((l, i): [string, string] => [i === 0 ? 'Giấy phép' : '', `${l.title} (${l.path})`]),
    ['Cập nhật', m.updated],
    ['Trích dẫn (APA)', w.citations.apa],
    ['Trích dẫn (tiếng Việt)', w.citations.plain],
  ];
  const note = citationNote(w.provenance);
  if (note) rows.push(['Lưu ý', note]);
  for (const r of rows) ws.addRow(r).getCell(1).font = BOLD;
  ws.addRow([]);
  ws.addRow(['Chú giải màu (sheet Dữ liệu)']).getCell(1).font = BOLD;
  ws.addRow(['', `Giá trị ${provenanceTag('official')}`]).getCell(2).fill = fill(FILLS.official);
  ws.addRow(['', `Giá trị ${provenanceTag('illustrative')} (${badgeText('illustrative')})`]).getCell(2).fill = fill(FILLS.illustrative);
  ws.columns = [{ width: 26 }, { width: 100 }];
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

/** The workbook's bytes (a valid .xlsx), the same for the same input on every build. */
export async function buildWorkbook(w: WorkbookInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const day = new Date(`${w.meta.updated}T00:00:00Z`);
  wb.creator = SITE_NAME;
  wb.lastModifiedBy = SITE_NAME;
  wb.title = w.meta.title;
  wb.created = day;
  wb.modified = day;
  wb.calcProperties = { fullCalcOnLoad: false };
  dataSheet(wb, w);
  dictionarySheet(wb, w);
  sourcesSheet(wb, w);
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  // exceljs stamps each part with the current time: re-zip the parts, in order, with one fixed date.
  const parts = unzipSync(raw);
  return buildZip(Object.entries(parts).map(([path, bytes]) => ({ path, bytes })), w.meta.updated);
}
