/** "How to use this file" in Excel, Google Sheets, Python and R: two lines each, with the real URL and columns. */
import type { DictionaryEntry } from '../dictionary';

/** One line of a tip: prose, or code to copy verbatim. */
export interface TipLine {
  text: string;
  code: boolean;
}

/** One tool and its two lines. */
export interface UsageTip {
  tool: string;
  lines: [TipLine, TipLine];
}

/** Text columns that hold codes made of digits: read them as text so tools keep them exact. */
export function codeColumns(dict: DictionaryEntry[]): string[] {
  return dict.filter((e) => e.type === 'string' && e.constraints.pattern !== undefined && /\\d/.test(e.constraints.pattern)).map((e) => e.name);
}

const prose = (text: string): TipLine => ({ text, code: false });
const code = (text: string): TipLine => ({ text, code: true });

/** The four tips for the CSV at `csvUrl` (absolute). */
export function usageTips(csvUrl: string, dict: DictionaryEntry[]): UsageTip[] {
  const codes = codeColumns(dict);
  const py = codes.length > 0 ? `, dtype={${codes.map((c) => `"${c}": str`).join(', ')}}` : '';
  const r = codes.length > 0 ? `, col_types = cols(${codes.map((c) => `${c} = "c"`).join(', ')})` : '';
  return [
    {
      tool: 'Excel',
      lines: [
        prose('Dữ liệu (Data) → Từ Văn bản/CSV (From Text/CSV) → chọn tệp: dấu tiếng Việt hiển thị đúng nhờ BOM UTF-8, dấu phân cách là dấu phẩy.'),
        prose('Nếu Windows dùng dấu phẩy thập phân (vùng Việt Nam), bấm Chuyển đổi dữ liệu (Transform Data) và đổi kiểu các cột số “theo ngôn ngữ” (Using Locale) English (United States).'),
      ],
    },
    {
      tool: 'Google Sheets',
      lines: [
        prose('Tệp (File) → Nhập (Import) → Tải lên tệp CSV, chọn dấu phân cách “Dấu phẩy”; hoặc gõ vào một ô (tham số "en_US" để đọc dấu chấm thập phân):'),
        code(`=IMPORTDATA("${csvUrl}", ",", "en_US")`),
      ],
    },
    {
      tool: 'Python (pandas)',
      lines: [code('import pandas as pd'), code(`df = pd.read_csv("${csvUrl}", encoding="utf-8-sig"${py})`)],
    },
    {
      tool: 'R (readr)',
      lines: [code('library(readr)'), code(`df <- read_csv("${csvUrl}"${r})`)],
    },
  ];
}
