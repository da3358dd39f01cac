/**
 * Machine-readable catalogs: schema.org `Dataset` JSON-LD for each dataset page (search engines),
 * and a DCAT-AP style catalog of every dataset and distribution at /du-lieu/catalog.jsonld (data
 * portals). Built from the same metadata, dictionary and file infos as the pages and downloads.
 */
import { SITE_NAME } from '../site';
import type { ProvenanceCounts } from '../provenance';
import { citationNote } from '../provenance';
import { datasetText, fieldText, type DictionaryEntry } from '../dictionary';
import { DEFAULT_LOCALE, LOCALE_INFO, strings, type Locale } from '../i18n/index';
import { TRANSLATED_LOCALES, type DatasetMeta } from '../../schemas/metadata';
import type { FileInfo } from './files';
import { PLAN_CITATION } from './citation';
import { PLAN } from './refs';

/** Site path of the DCAT catalog. */
export const CATALOG_PATH = 'du-lieu/catalog.jsonld';

/** Where the data are about. */
export const SPATIAL = strings('vi').data.package.spatial;

/** One distribution of a dataset. */
export interface Distribution {
  format: 'CSV' | 'JSON' | 'XLSX';
  url: string;
  info: FileInfo;
}

/** Media types of the formats (IANA). */
export const MEDIA_TYPES: Record<Distribution['format'], string> = {
  CSV: 'text/csv',
  JSON: 'application/json',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What a catalog entry is made of. */
export interface CatalogDataset {
  name: string;
  meta: Pick<DatasetMeta, 'title' | 'description' | 'provenancePolicy' | 'en' | 'licenses' | 'sources' | 'updated' | 'fields'>;
  dictionary: DictionaryEntry[];
  rows: readonly Record<string, unknown>[];
  provenance: ProvenanceCounts;
  /** YYYY-MM-DD: the last commit that changed the data file. */
  modified: string;
  pageUrl: string;
  distributions: Distribution[];
}

/** The period the rows cover: years of a year column, else dates of date columns, else the plan's year. */
export function temporalCoverage(d: Pick<CatalogDataset, 'dictionary' | 'rows'>): { start: string; end: string } {
  const years = d.dictionary.filter((e) => e.type === 'year').flatMap((e) => d.rows.map((r) => r[e.name]).filter((v): v is number => typeof v === 'number'));
  if (years.length) return { start: String(Math.min(...years)), end: String(Math.max(...years)) };
  const dates = d.dictionary.filter((e) => e.type === 'date').flatMap((e) => d.rows.map((r) => r[e.name]).filter((v): v is string => typeof v === 'string' && v !== '')).sort();
  if (dates.length) return { start: dates[0]!, end: dates[dates.length - 1]! };
  return { start: PLAN.year, end: PLAN.year };
}

/** "2021/2024", or one value when start and end are the same (ISO 8601 interval). */
export function isoInterval(t: { start: string; end: string }): string {
  return t.start === t.end ? t.start : `${t.start}/${t.end}`;
}

const org = (homepage: string) => ({ '@type': 'Organization', name: SITE_NAME, url: homepage });

/** The description a catalog carries: the dataset's own, and the illustrative warning when due. */
function describe(d: CatalogDataset, locale: Locale = DEFAULT_LOCALE): string {
  const note = citationNote(d.provenance, locale) ?? '';
  const description = datasetText(d.meta, locale).description;
  return note ? `${description} ${note}` : description;
}

/**
 * schema.org Dataset (https://schema.org/Dataset, Google's dataset guidelines) for a dataset page,
 * worded in the page's locale; `inLanguage` stays the language of the data themselves.
 * `pageUrl` is the page in that locale.
 */
export function schemaOrgDataset(d: CatalogDataset, homepage: string, locale: Locale = DEFAULT_LOCALE): Record<string, unknown> {
  const dict = strings(locale).data.package;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${d.pageUrl}#dataset`,
    name: datasetText(d.meta, locale).title,
    description: describe(d, locale),
    url: d.pageUrl,
    identifier: d.pageUrl,
    inLanguage: 'vi',
    isAccessibleForFree: true,
    license: d.meta.licenses.map((l) => l.path).length === 1 ? d.meta.licenses[0]!.path : d.meta.licenses.map((l) => l.path),
    creator: org(homepage),
    publisher: org(homepage),
    temporalCoverage: isoInterval(temporalCoverage(d)),
    spatialCoverage: { '@type': 'Place', name: dict.spatial },
    variableMeasured: d.dictionary.map((e) => {
      // The dictionary is in Vietnamese; the column's words in the page's locale come from its metadata.
      const field = d.meta.fields.find((x) => x.name === e.name);
      const t = field ? fieldText(field, locale) : { label: e.label, description: e.description, unit: e.unit ?? undefined };
      return { '@type': 'PropertyValue', name: t.label, propertyID: e.name, description: t.description, ...(t.unit ? { unitText: t.unit } : {}) };
    }),
    dateModified: d.modified,
    isBasedOn: d.meta.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, ...(s.path ? { url: s.path } : {}) })),
    citation: PLAN_CITATION,
    keywords: [...dict.pageKeywords],
    distribution: d.distributions.map((x) => ({
      '@type': 'DataDownload',
      name: x.info.path,
      encodingFormat: MEDIA_TYPES[x.format],
      contentUrl: x.url,
      contentSize: `${x.info.size} B`,
    })),
  };
}

/** The JSON-LD text for a <script type="application/ld+json"> data block: "<" escaped, so no "</script>". */
export function jsonLdText(o: unknown): string {
  return JSON.stringify(o).replace(/</g, '\\u003c');
}

const EU = 'http://publications.europa.eu/resource/authority';
const id = (u: string) => ({ '@id': u });
const vi = (s: string) => ({ '@value': s, '@language': 'vi' });
/**
 * English (and any other translated) titles and descriptions: terms of the context that map to
 * dct:title / dct:description with a language (`"title_en": {"@id": "dct:title", "@language": "en"}`),
 * so the graph holds both `"…"@vi` and `"…"@en` while `dct:title` itself stays one Vietnamese literal.
 */
const tag = (l: (typeof TRANSLATED_LOCALES)[number]) => LOCALE_INFO[l].lang;
const LANGUAGE_TERMS = Object.fromEntries(
  TRANSLATED_LOCALES.flatMap((l) => [
    [`title_${tag(l)}`, { '@id': 'dct:title', '@language': tag(l) }],
    [`description_${tag(l)}`, { '@id': 'dct:description', '@language': tag(l) }],
    [`keyword_${tag(l)}`, { '@id': 'dcat:keyword', '@language': tag(l) }],
  ]),
);
/** `{ title_en, description_en }` for every translated locale. */
const translated = (f: (l: (typeof TRANSLATED_LOCALES)[number]) => { title: string; description: string; keywords?: readonly string[] }) =>
  Object.fromEntries(
    TRANSLATED_LOCALES.flatMap((l) => {
      const t = f(l);
      return [[`title_${tag(l)}`, t.title], [`description_${tag(l)}`, t.description], ...(t.keywords ? [[`keyword_${tag(l)}`, [...t.keywords]]] : [])];
    }),
  );
const typed = (v: string | number, t: string) => ({ '@value': String(v), '@type': t });
/** An xsd:gYear or xsd:date literal. */
const when = (s: string) => typed(s, /^\d{4}$/.test(s) ? 'xsd:gYear' : 'xsd:date');

/** The DCAT-AP style catalog (DCAT 2/3 terms, EU vocabularies for language and file type). */
export function dcatCatalog(ds: CatalogDataset[], homepage: string, catalogUrl: string): Record<string, unknown> {
  const publisher = { '@id': `${homepage}#publisher`, '@type': 'foaf:Agent', 'foaf:name': SITE_NAME, 'foaf:homepage': id(homepage) };
  const contact = { '@type': 'vcard:Organization', 'vcard:fn': SITE_NAME, 'vcard:hasURL': id(homepage) };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      spdx: 'http://spdx.org/rdf/terms#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      ...LANGUAGE_TERMS,
    },
    '@id': catalogUrl,
    '@type': 'dcat:Catalog',
    'dct:title': vi(`${SITE_NAME}: dữ liệu mở`),
    'dct:description': vi(strings('vi').data.package.catalogDescription),
    ...translated((l) => ({ title: strings(l).data.package.title, description: strings(l).data.package.catalogDescription })),
    'dct:publisher': publisher,
    'foaf:homepage': id(homepage),
    'dct:language': id(`${EU}/language/VIE`),
    'dct:modified': when(ds.map((d) => d.modified).sort().at(-1) ?? PLAN.year),
    'dct:license': id(ds[0]?.meta.licenses[0]?.path ?? 'https://creativecommons.org/licenses/by/4.0/'),
    'dcat:dataset': ds.map((d) => {
      const t = temporalCoverage(d);
      return {
        '@id': `${d.pageUrl}#dataset`,
        '@type': 'dcat:Dataset',
        'dct:identifier': d.pageUrl,
        'dct:title': vi(d.meta.title),
        'dct:description': vi(describe(d)),
        ...translated((l) => ({ title: datasetText(d.meta, l).title, description: describe(d, l), keywords: strings(l).data.package.catalogKeywords })),
        'dct:publisher': { '@id': publisher['@id'] },
        'dcat:contactPoint': contact,
        'dct:modified': when(d.modified),
        'dct:language': id(`${EU}/language/VIE`),
        'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': when(t.start), 'dcat:endDate': when(t.end) },
        'dct:spatial': { '@type': 'dct:Location', 'skos:prefLabel': vi(SPATIAL) },
        'dcat:keyword': strings('vi').data.package.catalogKeywords.map(vi),
        'dcat:landingPage': id(d.pageUrl),
        'dct:source': d.meta.sources.map((s) => (s.path ? id(s.path) : vi(s.title))),
        'dcat:distribution': d.distributions.map((x) => ({
          '@id': x.url,
          '@type': 'dcat:Distribution',
          'dct:title': vi(`${d.meta.title} (${x.format})`),
          'dcat:accessURL': id(d.pageUrl),
          'dcat:downloadURL': id(x.url),
          'dcat:mediaType': id(`https://www.iana.org/assignments/media-types/${MEDIA_TYPES[x.format]}`),
          'dct:format': id(`${EU}/file-type/${x.format}`),
          'dct:license': id(d.meta.licenses[0]!.path),
          'dcat:byteSize': typed(x.info.size, 'xsd:nonNegativeInteger'),
          'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': id('http://spdx.org/rdf/terms#checksumAlgorithm_sha256'), 'spdx:checksumValue': typed(x.info.sha256, 'xsd:hexBinary') },
        })),
      };
    }),
  };
}
