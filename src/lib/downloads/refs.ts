/**
 * Citations for reference managers: BibTeX (/du-lieu/<dataset>.bib) and RIS (/du-lieu/<dataset>.ris)
 * for every dataset, and one pair for the plan itself. Each dataset's entry carries the warning of
 * src/lib/provenance when some of its values are illustrative. Deterministic text (no access date).
 */
import { SITE_NAME } from '../site';
import { citationNote, type ProvenanceCounts } from '../provenance';
import type { DatasetMeta } from '../../schemas/metadata';
import { sourceReference } from './citation';

/** Base name of the plan's pair of citation files under /du-lieu/. */
export const PLAN_REF_NAME = 'ke-hoach-122-kh-ubnd';
/** Site paths (without base) of a citation file: "du-lieu/<name>.bib" / ".ris". */
export const bibPath = (name: string) => `du-lieu/${name}.bib`;
export const risPath = (name: string) => `du-lieu/${name}.ris`;

/** The plan as a reference: who, when, what. */
export const PLAN = {
  author: 'UBND thành phố Phan Rang-Tháp Chàm',
  year: '2024',
  month: '3',
  number: '122/KH-UBND',
  title: 'Kế hoạch 122/KH-UBND về thực hiện công tác giảm nghèo và Chương trình mục tiêu quốc gia Giảm nghèo bền vững năm 2024',
  place: 'Phan Rang-Tháp Chàm, Ninh Thuận',
} as const;

/** One reference, the fields both formats are written from. */
export interface Reference {
  key: string;
  kind: 'dataset' | 'plan';
  /** A corporate author: written as one name, never split into first/last. */
  author: string;
  title: string;
  year: string;
  /** YYYY-MM-DD when known. */
  date?: string;
  publisher?: string;
  url?: string;
  abstract?: string;
  number?: string;
  place?: string;
  /** Notes: what the data rest on, and the illustrative-data warning. */
  notes: string[];
  keywords: string[];
}

/** The reference of a dataset whose page is at `url` (absolute). */
export function datasetReference(name: string, meta: Pick<DatasetMeta, 'title' | 'description' | 'updated' | 'sources'>, counts: ProvenanceCounts, url: string): Reference {
  const warning = citationNote(counts);
  return {
    key: `giamngheo-prtc-${name}-${meta.updated.slice(0, 4)}`,
    kind: 'dataset',
    author: SITE_NAME,
    title: meta.title,
    year: meta.updated.slice(0, 4),
    date: meta.updated,
    publisher: SITE_NAME,
    url,
    abstract: meta.description,
    notes: [`Dựa trên: ${meta.sources.map((s) => sourceReference(s.title)).join(' ')}`, ...(warning ? [warning] : [])],
    keywords: ['giảm nghèo', 'Phan Rang-Tháp Chàm', 'dữ liệu mở'],
  };
}

/** The reference of the plan itself (`url`: the site's page about it). */
export function planReference(url?: string): Reference {
  return {
    key: 'ubnd-prtc-kh122-2024',
    kind: 'plan',
    author: PLAN.author,
    title: PLAN.title,
    year: PLAN.year,
    date: undefined,
    number: PLAN.number,
    place: PLAN.place,
    ...(url ? { url } : {}),
    notes: [`Ban hành tháng ${PLAN.month}/${PLAN.year}.`],
    keywords: ['giảm nghèo', 'Phan Rang-Tháp Chàm', 'kế hoạch'],
  };
}

/** Escapes BibTeX's special characters; Vietnamese letters stay UTF-8 (biber, BibTeX 8-bit). */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/([#$%&_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

/** A BibTeX entry (@misc for a dataset, @techreport for the plan), LF line ends. */
export function toBibtex(r: Reference): string {
  const f: [string, string][] = [
    // Double braces: a corporate author and a title kept as written (no name splitting, no case change).
    ['author', `{${bibEscape(r.author)}}`],
    ['title', `{${bibEscape(r.title)}}`],
    ['year', r.year],
  ];
  if (r.date) f.push(['date', r.date]);
  if (r.kind === 'dataset') f.push(['howpublished', 'Bộ dữ liệu (CSV, JSON, Excel)'], ['publisher', bibEscape(r.publisher ?? '')]);
  else f.push(['type', 'Kế hoạch'], ['number', bibEscape(r.number ?? '')], ['institution', bibEscape(r.author)], ['address', bibEscape(r.place ?? '')], ['month', PLAN.month]);
  if (r.url) f.push(['url', r.url]);
  if (r.abstract) f.push(['abstract', bibEscape(r.abstract)]);
  f.push(['note', bibEscape(r.notes.join(' '))], ['keywords', bibEscape(r.keywords.join(', '))], ['language', 'vietnamese']);
  const type = r.kind === 'dataset' ? 'misc' : 'techreport';
  return `@${type}{${r.key},\n${f.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** An RIS record (TY DATA for a dataset, GOVDOC for the plan), CRLF line ends as the format asks. */
export function toRis(r: Reference): string {
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines: [string, string][] = [['TY', r.kind === 'dataset' ? 'DATA' : 'GOVDOC'], ['AU', r.author], ['TI', r.title], ['PY', r.year]];
  if (r.date) lines.push(['DA', r.date.replace(/-/g, '/')]);
  if (r.publisher) lines.push(['PB', r.publisher]);
  if (r.number) lines.push(['M1', r.number]);
  if (r.place) lines.push(['CY', r.place]);
  if (r.url) lines.push(['UR', r.url]);
  if (r.abstract) lines.push(['AB', r.abstract]);
  for (const n of r.notes) lines.push(['N1', n]);
  for (const k of r.keywords) lines.push(['KW', k]);
  lines.push(['LA', 'vi'], ['ID', r.key], ['ER', '']);
  return `${lines.map(([t, v]) => `${t}  - ${one(v)}`).join('\r\n')}\r\n`;
}
