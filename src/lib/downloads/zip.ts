/** all.zip: every canonical CSV and workbook, datapackage.json and a README in Vietnamese. Deterministic bytes. */
import { zipSync, type Zippable } from 'fflate';
import { formatDate } from '../format';
import { SITE_NAME } from '../site';
import { BOM } from '../csv/write';
import { provenanceLabel, type ProvenanceCounts } from './provenance';
import type { FileInfo } from './files';

/**
 * A ZIP's timestamps are local "DOS" times and fflate reads the local fields of the Date it gets,
 * so local midnight of the given ISO day gives the same bytes in every time zone.
 */
export function zipDate(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 0, 0, 0);
}

/** Zips files in the given order, all stamped with the same date. */
export function buildZip(files: { path: string; bytes: Uint8Array }[], isoDay: string): Uint8Array {
  const mtime = zipDate(isoDay);
  const entries: Zippable = {};
  for (const f of files) entries[f.path] = [f.bytes, { mtime, level: 9 }];
  return zipSync(entries, { mtime });
}

/** What the README says about one dataset. */
export interface ReadmeDataset {
  name: string;
  title: string;
  description: string;
  rows: number;
  provenance: ProvenanceCounts;
  provenancePolicy: string;
  sources: { title: string; path?: string }[];
  licenses: { name: string; title: string; path: string }[];
  updated: string;
  csv: FileInfo;
}

/** README.txt: UTF-8 with a BOM and CRLF, so Notepad on Windows shows Vietnamese. */
export function readmeText(datasets: ReadmeDataset[], pageUrl: string): string {
  const lines: string[] = [
    `${SITE_NAME}: dữ liệu mở`,
    '='.repeat(40),
    '',
    `Tải về từ: ${pageUrl}`,
    'Nguồn chính: Kế hoạch 122/KH-UBND (tháng 3/2024) của UBND thành phố Phan Rang-Tháp Chàm về thực hiện công tác giảm nghèo và Chương trình mục tiêu quốc gia Giảm nghèo bền vững năm 2024.',
    '',
    'LƯU Ý VỀ SỐ LIỆU MINH HỌA',
    'Mỗi dòng có cột "provenance": "official" là số liệu chính thức đã công bố, có nguồn ở cột "source";',
    '"illustrative" là SỐ LIỆU MINH HỌA, được xây dựng cho hợp lý nhưng KHÔNG phải số liệu chính thức;',
    '"mixed" là dòng chỉ có các cột ghi ở cột "official_fields" (cách nhau bởi dấu ";") là chính thức, các cột giá trị khác là minh họa.',
    'Không trích dẫn số liệu minh họa như số liệu chính thức.',
    '',
    'CÁC TỆP',
    '- datapackage.json: mô tả toàn bộ gói dữ liệu theo chuẩn Frictionless Data Package v1: các cột, kiểu, ràng buộc, khóa, nguồn, giấy phép, kích thước và mã SHA-256 của từng tệp CSV.',
    '- README.txt: tệp này.',
    '- <tên>.xlsx: cùng dữ liệu dạng Excel: sheet "Dữ liệu" (tên cột tiếng Việt, số là số, ngày là ngày, màu và cột diễn giải cho biết giá trị nào chính thức, giá trị nào minh họa), sheet "Từ điển dữ liệu", sheet "Nguồn và giấy phép". Chỉ có giá trị, không có công thức.',
  ];
  for (const d of datasets) {
    lines.push(`- ${d.csv.path}: ${d.title}. ${d.description}`);
    lines.push(`    Số dòng: ${d.rows}. Nguồn gốc: ${provenanceLabel(d.provenance)}.`);
    lines.push(`    ${d.provenancePolicy}`);
    lines.push(`    Nguồn: ${d.sources.map((s) => (s.path ? `${s.title} (${s.path})` : s.title)).join('; ')}.`);
    lines.push(`    Giấy phép: ${d.licenses.map((l) => `${l.title} (${l.path})`).join('; ')}. Cập nhật: ${formatDate(d.updated)}.`);
    lines.push(`    ${d.csv.size} byte, SHA-256 ${d.csv.sha256}`);
  }
  lines.push(
    '',
    'ĐỊNH DẠNG CSV',
    'UTF-8 có BOM (để Excel hiển thị đúng dấu tiếng Việt), xuống dòng CRLF, dòng đầu là tên cột, dấu phẩy phân cách,',
    'dấu chấm thập phân, ngày theo dạng YYYY-MM-DD. Ô trống nghĩa là không có số liệu (không phải số 0).',
    'Các tệp được ghi lại ở dạng chuẩn từ dữ liệu đã kiểm tra, nên có thể khác từng byte với tệp gốc trong mã nguồn',
    '(ví dụ "2.50" được ghi là "2.5") nhưng cùng giá trị.',
    'Không có công thức: ô chữ bắt đầu bằng =, +, -, @, Tab hoặc CR được ghi thêm dấu \' ở đầu (ví dụ \'=HYPERLINK(...)),',
    'để Excel hay LibreOffice hiển thị như chữ, không chạy như công thức. Ô số vẫn là số (-5 vẫn là -5).',
    'Khi dùng lại nội dung ô chữ, bỏ dấu \' đầu tiên này.',
    '',
    'GIẤY PHÉP',
    'Dữ liệu được phát hành theo giấy phép ghi ở từng tệp (xem trên). Khi dùng lại, ghi rõ nguồn và nêu rõ số liệu minh họa nếu có.',
    '',
  );
  return BOM + lines.join('\r\n');
}
