/**
 * Everything the /du-lieu/ pages and files are made of, computed once per build from the validated
 * tables and the metadata files. Pages, endpoints, datapackage.json and all.zip all read from here,
 * so the sizes and hashes a page shows are those of the bytes an endpoint serves.
 */
import { join } from 'node:path';
import { DATASETS, DATASET_NAMES, columnsOf, type DatasetName } from '../datasets';
import { dataDictionary, type DictionaryEntry } from '../dictionary';
import { dataPackageJson } from '../datapackage';
import { getTables } from '../site-data';
import { readMetadata } from '../validate/metadata';
import type { DatasetMeta } from '../../schemas/metadata';
import { canonicalCsv, canonicalJson, fileInfo, utf8, type FileInfo } from './files';
import { countProvenance, overallProvenance, type OverallProvenance, type ProvenanceCounts } from './provenance';
import { buildZip, readmeText } from './zip';
import { citeDataset } from './citation';
import { buildWorkbook } from './xlsx';
import { datasetReference, planReference, PLAN_REF_NAME, type Reference } from './refs';
import type { CatalogDataset } from './catalog';
import { lastCommitDay } from '../git-dates';
import { valueColumnsOf } from '../validate/provenance';

/** One dataset, ready to publish. */
export interface DatasetDownload {
  name: DatasetName;
  meta: DatasetMeta;
  columns: string[];
  dictionary: DictionaryEntry[];
  /** Validated, typed rows. */
  rows: Record<string, unknown>[];
  provenance: ProvenanceCounts;
  overall: OverallProvenance;
  csv: FileInfo;
  json: FileInfo;
}

/** Site path (without base) of a dataset's page, e.g. "du-lieu/ward-poverty/". */
export const datasetPagePath = (name: string) => `du-lieu/${name}/`;
/** Site path (without base) of a dataset's CSV. */
export const datasetCsvPath = (name: string) => `du-lieu/${name}.csv`;
/** Site path (without base) of a dataset's JSON. */
export const datasetJsonPath = (name: string) => `du-lieu/${name}.json`;
/** Site path (without base) of a dataset's Excel workbook. */
export const datasetXlsxPath = (name: string) => `du-lieu/${name}.xlsx`;
/** Site path of the package descriptor. */
export const DATAPACKAGE_PATH = 'du-lieu/datapackage.json';
/** Site path of the archive of everything. */
export const ZIP_PATH = 'du-lieu/all.zip';

let cached: DatasetDownload[] | undefined;

/** Every dataset with its files, in registry order. Throws when data or metadata are invalid. */
export function getDownloads(): DatasetDownload[] {
  if (cached) return cached;
  const tables = getTables();
  const { metas, problems } = readMetadata(join(process.cwd(), 'data'));
  if (problems.length > 0) throw new Error(`Tệp mô tả dữ liệu chưa hợp lệ: ${problems.map((p) => `${p.file} ${p.field ?? ''}: ${p.message}`).join('; ')}`);
  cached = DATASET_NAMES.map((name) => {
    const meta = metas[name]!;
    const columns = columnsOf(name);
    const rows = tables[name].rows as unknown as Record<string, unknown>[];
    const provenance = countProvenance(rows as { provenance: 'official' | 'illustrative' | 'mixed' }[]);
    return {
      name,
      meta,
      columns,
      dictionary: dataDictionary(name, meta),
      rows,
      provenance,
      overall: overallProvenance(provenance),
      csv: fileInfo(`${name}.csv`, utf8(canonicalCsv(columns, rows))),
      json: fileInfo(`${name}.json`, utf8(canonicalJson(columns, rows))),
    };
  });
  return cached;
}

/** One dataset by name; throws for an unknown name. */
export function getDownload(name: string): DatasetDownload {
  const d = getDownloads().find((x) => x.name === name);
  if (!d) throw new Error(`Không có bộ dữ liệu "${name}".`);
  return d;
}

/** Absolute URL of /du-lieu/ for a site and base, or undefined when the site URL is unknown. */
export function dataHomeUrl(site: URL | string | undefined, base: string): string | undefined {
  if (!site) return undefined;
  const b = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${b}du-lieu/`, site).href;
}

const packageCache = new Map<string, FileInfo>();

/** datapackage.json as served (and as put in all.zip). */
export function getDataPackage(homepage: string | undefined): FileInfo {
  const key = homepage ?? '';
  let f = packageCache.get(key);
  if (!f) {
    const ds = getDownloads();
    const json = dataPackageJson(
      ds.map((d) => ({ name: d.name, meta: d.meta, dictionary: d.dictionary, csv: d.csv, rows: d.rows.length, provenance: d.provenance, primaryKey: DATASETS[d.name].primaryKey, foreignKeys: DATASETS[d.name].foreignKeys })),
      homepage ? { homepage } : {},
    );
    f = fileInfo('datapackage.json', utf8(json));
    packageCache.set(key, f);
  }
  return f;
}

const workbookCache = new Map<string, Promise<FileInfo>>();

/** A dataset's workbook as served (and as put in all.zip); `homepage` is the absolute URL of /du-lieu/. */
export function getWorkbook(name: string, homepage: string | undefined): Promise<FileInfo> {
  const key = `${name}\n${homepage ?? ''}`;
  let f = workbookCache.get(key);
  if (!f) {
    const d = getDownload(name);
    const pageUrl = `${homepage ?? '/du-lieu/'}${name}/`;
    f = buildWorkbook({
      name,
      meta: d.meta,
      dictionary: d.dictionary,
      rows: d.rows,
      provenance: d.provenance,
      valueColumns: valueColumnsOf(d.name),
      citations: citeDataset(d.meta, d.provenance, pageUrl),
      pageUrl,
    }).then((bytes) => fileInfo(`${name}.xlsx`, bytes));
    workbookCache.set(key, f);
  }
  return f;
}

const zipCache = new Map<string, Promise<FileInfo>>();

/** all.zip as served: the CSVs, workbooks, datapackage.json and README.txt, stamped with the latest `updated` day. */
export function getZip(homepage: string | undefined): Promise<FileInfo> {
  const key = homepage ?? '';
  let f = zipCache.get(key);
  if (!f) {
    f = makeZip(homepage);
    zipCache.set(key, f);
  }
  return f;
}

async function makeZip(homepage: string | undefined): Promise<FileInfo> {
  const ds = getDownloads();
  const day = ds.map((d) => d.meta.updated).sort().at(-1)!;
  const readme = readmeText(
    ds.map((d) => ({ ...d.meta, name: d.name, rows: d.rows.length, provenance: d.provenance, csv: d.csv })),
    homepage ?? '/du-lieu/',
  );
  const workbooks = await Promise.all(ds.map((d) => getWorkbook(d.name, homepage)));
  const bytes = buildZip([...ds.map((d) => d.csv), ...workbooks, getDataPackage(homepage), { path: 'README.txt', bytes: utf8(readme) }], day);
  return fileInfo('all.zip', bytes);
}

/** Names of the citation file pairs under /du-lieu/: every dataset, then the plan. */
export const REF_NAMES = (): string[] => [...DATASET_NAMES, PLAN_REF_NAME];

/** The reference behind /du-lieu/<name>.bib and .ris, with absolute URLs for a site and base. */
export function referenceOf(name: string, site: URL | string | undefined, base: string): Reference {
  const home = dataHomeUrl(site, base);
  if (name === PLAN_REF_NAME) return planReference(home ? new URL('../ke-hoach/', home).href : undefined);
  const d = getDownload(name);
  return datasetReference(d.name, d.meta, d.provenance, `${home ?? '/du-lieu/'}${d.name}/`);
}

/** A dataset as the catalogs describe it (schema.org on its page, DCAT in catalog.jsonld). */
export async function catalogEntry(name: string, homepage: string): Promise<CatalogDataset> {
  const d = getDownload(name);
  const pageUrl = `${homepage}${d.name}/`;
  return {
    name: d.name,
    meta: d.meta,
    dictionary: d.dictionary,
    rows: d.rows,
    provenance: d.provenance,
    modified: lastCommitDay(join('data', DATASETS[d.name].file), d.meta.updated),
    pageUrl,
    distributions: [
      { format: 'CSV', url: `${homepage}${d.csv.path}`, info: d.csv },
      { format: 'JSON', url: `${homepage}${d.json.path}`, info: d.json },
      { format: 'XLSX', url: `${homepage}${d.name}.xlsx`, info: await getWorkbook(d.name, homepage) },
    ],
  };
}
