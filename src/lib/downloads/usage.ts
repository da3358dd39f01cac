/** "How to use this file" in Excel, Google Sheets, Python and R: two lines each, with the real URL and columns. */
import type { DictionaryEntry } from '../dictionary';
import { DEFAULT_LOCALE, strings, type Locale } from '../i18n/index';

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

/** The four tips for the CSV at `csvUrl` (absolute), worded in a locale. */
export function usageTips(csvUrl: string, dict: DictionaryEntry[], locale: Locale = DEFAULT_LOCALE): UsageTip[] {
  const w = strings(locale).data.usage;
  const codes = codeColumns(dict);
  const py = codes.length > 0 ? `, dtype={${codes.map((c) => `"${c}": str`).join(', ')}}` : '';
  const r = codes.length > 0 ? `, col_types = cols(${codes.map((c) => `${c} = "c"`).join(', ')})` : '';
  return [
    {
      tool: 'Excel',
      lines: [
        prose(w.excel1),
        prose(w.excel2),
      ],
    },
    {
      tool: 'Google Sheets',
      lines: [
        prose(w.sheets1),
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
