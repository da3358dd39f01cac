/** all.zip: every canonical CSV and workbook, datapackage.json and a README in every site language. Deterministic bytes. */
import { zipSync, type Zippable } from 'fflate';
import { formatsFor } from '../format';
import { LOCALES, strings, type Locale } from '../i18n/index';
import { BOM } from '../csv/write';
import { isTranslated, type DatasetMeta, type TranslatedLocale } from '../../schemas/metadata';
import type { ProvenanceCounts } from './provenance';
import { datasetLabel } from '../provenance';
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
export interface ReadmeDataset extends Partial<Pick<DatasetMeta, TranslatedLocale>> {
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

/** One language's section of the README: the same facts, in that language's words and metadata. */
function section(datasets: readonly ReadmeDataset[], pageUrl: string, locale: Locale): string[] {
  const t = strings(locale);
  const w = t.data.readme;
  const f = formatsFor(locale);
  const lines: string[] = [w.heading(t.site.name), '='.repeat(40), '', w.from(pageUrl), w.mainSource, '', w.warnHeading, ...w.warn, '', w.filesHeading, ...w.files];
  for (const d of datasets) {
    const text = isTranslated(locale) ? (d[locale] ?? d) : d;
    lines.push(`- ${d.csv.path}: ${text.title}. ${text.description}`);
    lines.push(`    ${w.rows(String(d.rows), datasetLabel(d.provenance, locale))}`);
    lines.push(`    ${text.provenancePolicy}`);
    lines.push(`    ${w.sources(d.sources.map((s) => (s.path ? `${s.title} (${s.path})` : s.title)).join('; '))}`);
    lines.push(`    ${w.licenses(d.licenses.map((l) => `${l.title} (${l.path})`).join('; '), f.date(d.updated))}`);
    lines.push(`    ${w.bytes(String(d.csv.size), d.csv.sha256)}`);
  }
  lines.push('', w.formatHeading, ...w.format, '', w.licenseHeading, w.license, '');
  return lines;
}

/** README.txt: one section per site language, Vietnamese first; UTF-8 with a BOM and CRLF, so Notepad on Windows shows Vietnamese. */
export function readmeText(datasets: ReadmeDataset[], pageUrl: string): string {
  return BOM + LOCALES.flatMap((l) => section(datasets, pageUrl, l)).join('\r\n');
}
