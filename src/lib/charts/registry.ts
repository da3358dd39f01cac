/**
 * Every chart of the site in one list: slug (its page /bieu-do/<slug>/ and embed /nhung/<slug>/),
 * title, the datasets it draws on, and the CSV files it offers. Pages, the chart index, the
 * embed pages and the CSV endpoint are all generated from this list.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import type { CampaignRow } from '../../schemas/campaign';
import { CITY_CODE } from '../../schemas/common';
import type { PlanTarget } from '../../schemas/plan';
import type { WardPoverty } from '../../schemas/ward-poverty';
import { campaignYears, helpedTable, housesTable, moneyByUnitTable, moneyByYearTable, cityActuals } from './campaign';
import type { ChartTable } from './table';
import { derivedActuals, targetItems, targetsTable } from './targets';
import { tileSeries, tileTable } from './tilemap';
import type { UnitChange } from '../../schemas/unit-change';
import { trendSeries, trendTable } from './trend';
import { unitIndex, unitOf } from './units';
import { rateTargets, wardTable, wardYear, wardYears } from './ward';
import { strings, type Locale } from '../i18n/index';

/** The validated rows every chart is built from (passed in, never read here). */
export interface ChartRows {
  poverty: readonly WardPoverty[];
  units: readonly AdministrativeUnit[];
  /** Rows of data/unit-changes.csv: where each unit's area went. */
  changes: readonly UnitChange[];
  campaign: readonly CampaignRow[];
  targets: readonly PlanTarget[];
}

/** A chart's entry. */
export interface ChartMeta {
  slug: string;
  title: string;
  subtitle: string;
  /** Datasets (file names without .csv) linked from the chart, for /du-lieu/<name>/. */
  datasets: string[];
  /** Suggested iframe height for the embed snippet, px. */
  embedHeight: number;
}

/** The charts' facts that do not depend on the language; titles come from the `charts.meta` dictionary. */
const BASE: readonly Omit<ChartMeta, 'title' | 'subtitle'>[] = [
  { slug: 'ty-le-ho-ngheo', datasets: ['ward-poverty', 'administrative-units', 'plan-targets'], embedHeight: 1100 },
  { slug: 'xu-huong', datasets: ['ward-poverty', 'plan-targets'], embedHeight: 720 },
  { slug: 'ban-do', datasets: ['ward-poverty', 'administrative-units'], embedHeight: 760 },
  { slug: 'quy-theo-nam', datasets: ['campaign'], embedHeight: 620 },
  { slug: 'quy-theo-phuong-xa', datasets: ['campaign', 'administrative-units'], embedHeight: 1100 },
  { slug: 'nha-xay-moi', datasets: ['campaign', 'plan-targets'], embedHeight: 640 },
  { slug: 'ho-duoc-ho-tro', datasets: ['campaign'], embedHeight: 660 },
  { slug: 'chi-tieu-ke-hoach', datasets: ['plan-targets', 'ward-poverty', 'campaign'], embedHeight: 700 },
];

/** All charts in a locale, in the order of the chart index. */
export function chartsFor(locale: Locale = 'vi'): ChartMeta[] {
  const meta = strings(locale).charts.meta;
  return BASE.map((c) => ({ ...c, title: meta[c.slug]?.title ?? c.slug, subtitle: meta[c.slug]?.subtitle ?? '' }));
}

/** All charts, in the order of the chart index (Vietnamese titles). */
export const CHARTS: readonly ChartMeta[] = chartsFor('vi');

/** A chart by slug, titled in a locale; throws on an unknown slug so a typo fails the build. */
export function chartMeta(slug: string, locale: Locale = 'vi'): ChartMeta {
  const m = chartsFor(locale).find((c) => c.slug === slug);
  if (!m) throw new Error(`Không có biểu đồ "${slug}". Các biểu đồ: ${CHARTS.map((c) => c.slug).join(', ')}`);
  return m;
}

/** One downloadable CSV of a chart: file name without ".csv" and its rows. */
export interface ChartFile {
  file: string;
  table: ChartTable;
}

/** The CSV file name of a chart (and optional key, e.g. a year): "ty-le-ho-ngheo-2024". */
export function csvName(slug: string, key?: string | number): string {
  return key === undefined ? slug : `${slug}-${key}`;
}

/** The site path of a chart CSV (join with the base): "bieu-do/ty-le-ho-ngheo/ty-le-ho-ngheo-2024.csv". */
export function csvPath(slug: string, key?: string | number): string {
  return `bieu-do/${slug}/${csvName(slug, key)}.csv`;
}

/** Every CSV file a chart offers, built with the same table functions the chart renders. */
export function chartFiles(slug: string, d: ChartRows): ChartFile[] {
  const targets = rateTargets(d.targets);
  switch (slug) {
    case 'ty-le-ho-ngheo':
      return wardYears(d.poverty).map((y) => ({ file: csvName(slug, y), table: wardTable(wardYear(d.poverty, d.units, y), targets) }));
    case 'xu-huong': {
      const idx = unitIndex(d.units);
      const codes = [...new Set(d.poverty.map((r) => r.unit_code))];
      return codes.map((code) => {
        const u = unitOf(idx, code);
        return { file: csvName(slug, code), table: trendTable(trendSeries(d.poverty, code), code, u.label, code === CITY_CODE ? targets : null) };
      });
    }
    case 'ban-do':
      return wardYears(d.poverty).map((y) => ({ file: csvName(slug, y), table: tileTable(tileSeries(d.poverty, d.units, y, d.changes), y) }));
    case 'quy-theo-nam':
      return [{ file: csvName(slug), table: moneyByYearTable(d.campaign) }];
    case 'quy-theo-phuong-xa':
      return campaignYears(d.campaign).map((y) => ({ file: csvName(slug, y), table: moneyByUnitTable(d.campaign, d.units, y) }));
    case 'nha-xay-moi':
      return [{ file: csvName(slug), table: housesTable(d.campaign) }];
    case 'ho-duoc-ho-tro':
      return cityActuals(d.campaign).map((r) => ({ file: csvName(slug, r.year), table: helpedTable(d.campaign, r.year) }));
    case 'chi-tieu-ke-hoach':
      return [{ file: csvName(slug), table: targetsTable(targetItems(d.targets, derivedActuals(d.poverty, d.campaign))) }];
    default:
      throw new Error(`Không có biểu đồ "${slug}".`);
  }
}
