/**
 * `datapackage.json`: a Frictionless Tabular Data Package (spec v1) describing every CSV served under
 * /du-lieu/. Built from the dataset registry (keys), the data dictionary (fields, from the zod schemas)
 * and the metadata files (titles, sources, licences); sizes and hashes are those of the served bytes.
 */
import type { ForeignKey } from './datasets';
import type { DictionaryEntry } from './dictionary';
import type { FileInfo } from './downloads/files';
import { overallProvenance, type ProvenanceCounts } from './downloads/provenance';
import type { DatasetMeta } from '../schemas/metadata';

/** What the package needs to know about one dataset. */
export interface PackageInput {
  name: string;
  meta: DatasetMeta;
  dictionary: DictionaryEntry[];
  csv: FileInfo;
  rows: number;
  provenance: ProvenanceCounts;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** Package-level options. */
export interface PackageOptions {
  /** Absolute URL of /du-lieu/, used as the package homepage; omitted when unknown. */
  homepage?: string;
}

/** A Table Schema field. */
export interface TableSchemaField {
  name: string;
  title: string;
  type: string;
  format: 'default';
  description: string;
  constraints: Record<string, unknown>;
}

/** The package name, stable across releases. */
export const PACKAGE_NAME = 'giam-ngheo-phan-rang-thap-cham';

/**
 * Table Schema v1 patterns follow XML Schema, where a pattern always matches the whole value and
 * `^`/`$` are not anchors; our JavaScript patterns are anchored explicitly, so the anchors are dropped.
 */
export function xsdPattern(js: string): string {
  return js.replace(/^\^/, '').replace(/\$$/, '');
}

/** One Table Schema field from a dictionary entry. */
export function tableSchemaField(e: DictionaryEntry): TableSchemaField {
  const c: Record<string, unknown> = { required: e.constraints.required ?? false };
  if (e.constraints.unique) c.unique = true;
  if (e.constraints.minimum !== undefined) c.minimum = e.constraints.minimum;
  if (e.constraints.maximum !== undefined) c.maximum = e.constraints.maximum;
  if (e.constraints.enum) c.enum = [...e.constraints.enum];
  if (e.constraints.pattern) c.pattern = xsdPattern(e.constraints.pattern);
  if (e.constraints.maxLength !== undefined) c.maxLength = e.constraints.maxLength;
  const description = e.unit ? `${e.description} Đơn vị: ${e.unit}.` : e.description;
  return { name: e.name, title: e.label, type: e.type, format: 'default', description, constraints: c };
}

/** A foreign key in v1 form: a reference to the same resource is written with resource "". */
function foreignKey(self: string, fk: ForeignKey) {
  return { fields: [...fk.fields], reference: { resource: fk.reference.resource === self ? '' : fk.reference.resource, fields: [...fk.reference.fields] } };
}

/** One Tabular Data Resource. */
export function dataResource(d: PackageInput) {
  const overall = overallProvenance(d.provenance);
  return {
    profile: 'tabular-data-resource',
    name: d.name,
    path: d.csv.path,
    title: d.meta.title,
    description: `${d.meta.description}\n\nNguồn gốc số liệu: ${d.meta.provenancePolicy}`,
    format: 'csv',
    mediatype: 'text/csv',
    // The file starts with a UTF-8 byte order mark so that Excel shows Vietnamese; readers that
    // honour the BOM (frictionless, pandas with utf-8-sig, readr) skip it.
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true, caseSensitiveHeader: true },
    bytes: d.csv.size,
    hash: `sha256:${d.csv.sha256}`,
    schema: {
      fields: d.dictionary.map(tableSchemaField),
      missingValues: [''],
      primaryKey: [...d.primaryKey],
      ...(d.foreignKeys.length > 0 ? { foreignKeys: d.foreignKeys.map((fk) => foreignKey(d.name, fk)) } : {}),
    },
    sources: d.meta.sources.map((s) => (s.path ? { title: s.title, path: s.path } : { title: s.title })),
    licenses: d.meta.licenses.map((l) => ({ ...l })),
    // Not in the v1 spec (custom properties are allowed): row count as frictionless-py's `stats`,
    // and the provenance of the rows, which readers must not lose.
    stats: { rows: d.rows, fields: d.dictionary.length, bytes: d.csv.size, sha256: d.csv.sha256 },
    provenance: { overall, official: d.provenance.official, illustrative: d.provenance.illustrative, mixed: d.provenance.mixed, policy: d.meta.provenancePolicy },
  };
}

/** Distinct items by a key, first seen first. */
function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}

/** The whole package descriptor. Deterministic: no build time, only dates from the metadata. */
export function buildDataPackage(datasets: PackageInput[], opts: PackageOptions = {}) {
  const updated = datasets.map((d) => d.meta.updated).sort().at(-1);
  const illustrative = datasets.filter((d) => d.provenance.illustrative > 0 || d.provenance.mixed > 0).map((d) => d.name);
  return {
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    title: 'Giảm nghèo Phan Rang-Tháp Chàm: dữ liệu mở',
    description:
      'Dữ liệu mở về công tác giảm nghèo của thành phố Phan Rang-Tháp Chàm (tỉnh Ninh Thuận, nay thuộc tỉnh Khánh Hòa) theo Kế hoạch 122/KH-UBND (tháng 3/2024). ' +
      `Mỗi dòng có cột provenance: "official" là số liệu chính thức có nguồn, "illustrative" là SỐ LIỆU MINH HỌA, không phải số liệu chính thức, "mixed" là dòng chỉ có các cột ghi ở official_fields (cách nhau bởi ";") là chính thức` +
      (illustrative.length > 0 ? ` (có trong: ${illustrative.join(', ')}).` : '.') +
      ' Các tệp CSV mã hóa UTF-8 có BOM, xuống dòng CRLF, dấu chấm thập phân, ngày theo ISO 8601.',
    ...(opts.homepage ? { homepage: opts.homepage } : {}),
    ...(updated ? { created: `${updated}T00:00:00Z` } : {}),
    keywords: ['giảm nghèo', 'hộ nghèo', 'hộ cận nghèo', 'Phan Rang-Tháp Chàm', 'Ninh Thuận', 'Kế hoạch 122/KH-UBND'],
    licenses: uniqueBy(datasets.flatMap((d) => d.meta.licenses), (l) => l.name).map((l) => ({ ...l })),
    sources: uniqueBy(datasets.flatMap((d) => d.meta.sources), (s) => s.title).map((s) => (s.path ? { title: s.title, path: s.path } : { title: s.title })),
    resources: datasets.map(dataResource),
  };
}

/** The descriptor as served: 2-space JSON with a final newline. */
export function dataPackageJson(datasets: PackageInput[], opts: PackageOptions = {}): string {
  return `${JSON.stringify(buildDataPackage(datasets, opts), null, 2)}\n`;
}
