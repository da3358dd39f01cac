/**
 * `datapackage.json`: a Frictionless Tabular Data Package (spec v1) describing every CSV served under
 * /du-lieu/. Built from the dataset registry (keys), the data dictionary (fields, from the zod schemas)
 * and the metadata files (titles, sources, licences); sizes and hashes are those of the served bytes.
 *
 * Languages. v1 has no multilingual properties: `title` and `description` are plain strings, so they
 * stay Vietnamese (the language of the data). Frictionless's proposed "Language support" pattern
 * would turn `title` into an object keyed by language, which v1 validators (and readers that expect a
 * string) reject; v1 does allow custom properties. So the package declares `languages` (BCP 47 tags,
 * the first one the language of the plain properties, as in that pattern) and every package, resource
 * and field carries `i18n: { "<lang>": { title, description } }` for each other language. A reader
 * that knows nothing of it sees an unchanged v1 package.
 */
import type { ForeignKey } from './datasets';
import { datasetText, fieldText, type DictionaryEntry } from './dictionary';
import type { FileInfo } from './downloads/files';
import { overallProvenance, type ProvenanceCounts } from './downloads/provenance';
import { LOCALE_INFO, LOCALES, strings } from './i18n/index';
import { TRANSLATED_LOCALES, type DatasetMeta } from '../schemas/metadata';

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
  /** Title and description in the other languages (custom property, see above). */
  i18n?: Record<string, { title: string; description: string }>;
}

const VI = strings('vi').data.package;

/** `{ en: f('en'), … }` over the translated locales, keyed by their BCP 47 tags. */
function i18nOf<T>(f: (l: (typeof TRANSLATED_LOCALES)[number]) => T): Record<string, T> {
  return Object.fromEntries(TRANSLATED_LOCALES.map((l) => [LOCALE_INFO[l].lang, f(l)]));
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

/** One Table Schema field from a dictionary entry; with the dataset's metadata, its translations too. */
export function tableSchemaField(e: DictionaryEntry, meta?: Pick<DatasetMeta, 'fields'>): TableSchemaField {
  const c: Record<string, unknown> = { required: e.constraints.required ?? false };
  if (e.constraints.unique) c.unique = true;
  if (e.constraints.minimum !== undefined) c.minimum = e.constraints.minimum;
  if (e.constraints.maximum !== undefined) c.maximum = e.constraints.maximum;
  if (e.constraints.enum) c.enum = [...e.constraints.enum];
  if (e.constraints.pattern) c.pattern = xsdPattern(e.constraints.pattern);
  if (e.constraints.maxLength !== undefined) c.maxLength = e.constraints.maxLength;
  const description = e.unit ? VI.withUnit(e.description, e.unit) : e.description;
  const field = meta?.fields.find((f) => f.name === e.name);
  const i18n = field
    ? i18nOf((l) => {
        const t = fieldText(field, l);
        return { title: t.label, description: t.unit ? strings(l).data.package.withUnit(t.description, t.unit) : t.description };
      })
    : undefined;
  return { name: e.name, title: e.label, type: e.type, format: 'default', description, constraints: c, ...(i18n ? { i18n } : {}) };
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
    description: VI.resource(d.meta.description, d.meta.provenancePolicy),
    i18n: i18nOf((l) => {
      const t = datasetText(d.meta, l);
      return { title: t.title, description: strings(l).data.package.resource(t.description, t.provenancePolicy) };
    }),
    format: 'csv',
    mediatype: 'text/csv',
    // The file starts with a UTF-8 byte order mark so that Excel shows Vietnamese; readers that
    // honour the BOM (frictionless, pandas with utf-8-sig, readr) skip it.
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true, caseSensitiveHeader: true },
    bytes: d.csv.size,
    hash: `sha256:${d.csv.sha256}`,
    schema: {
      fields: d.dictionary.map((e) => tableSchemaField(e, d.meta)),
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
    title: VI.title,
    description: VI.description(illustrative.join(', ')),
    languages: LOCALES.map((l) => LOCALE_INFO[l].lang),
    i18n: i18nOf((l) => {
      const p = strings(l).data.package;
      return { title: p.title, description: p.description(illustrative.join(', ')), keywords: [...p.keywords] };
    }),
    ...(opts.homepage ? { homepage: opts.homepage } : {}),
    ...(updated ? { created: `${updated}T00:00:00Z` } : {}),
    keywords: [...VI.keywords],
    licenses: uniqueBy(datasets.flatMap((d) => d.meta.licenses), (l) => l.name).map((l) => ({ ...l })),
    sources: uniqueBy(datasets.flatMap((d) => d.meta.sources), (s) => s.title).map((s) => (s.path ? { title: s.title, path: s.path } : { title: s.title })),
    resources: datasets.map(dataResource),
  };
}

/** The descriptor as served: 2-space JSON with a final newline. */
export function dataPackageJson(datasets: PackageInput[], opts: PackageOptions = {}): string {
  return `${JSON.stringify(buildDataPackage(datasets, opts), null, 2)}\n`;
}
