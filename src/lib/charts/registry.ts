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

/** All charts, in the order of the chart index. */
export const CHARTS: readonly ChartMeta[] = [
  { slug: 'ty-le-ho-ngheo', title: 'Tỷ lệ hộ nghèo theo phường/xã', subtitle: 'Kết quả rà soát cuối năm 2021–2024, xếp từ cao xuống thấp; chọn năm và loại hộ.', datasets: ['ward-poverty', 'administrative-units', 'plan-targets'], embedHeight: 1100 },
  { slug: 'xu-huong', title: 'Tỷ lệ hộ nghèo, hộ cận nghèo qua các năm', subtitle: 'Toàn thành phố 2021–2024, so với chỉ tiêu cuối năm 2024 của Kế hoạch 122/KH-UBND.', datasets: ['ward-poverty', 'plan-targets'], embedHeight: 720 },
  { slug: 'ban-do', title: 'Bản đồ ô: tỷ lệ hộ nghèo theo phường/xã', subtitle: 'Mỗi ô là một phường/xã, đặt gần đúng vị trí; màu càng đậm, tỷ lệ hộ nghèo càng cao.', datasets: ['ward-poverty', 'administrative-units'], embedHeight: 760 },
  { slug: 'quy-theo-nam', title: 'Quỹ “Vì người nghèo”: tiền vận động theo năm', subtitle: 'Toàn thành phố, 2021–2024.', datasets: ['campaign'], embedHeight: 620 },
  { slug: 'quy-theo-phuong-xa', title: 'Quỹ “Vì người nghèo”: tiền vận động theo phường/xã', subtitle: 'Chọn năm; xếp từ cao xuống thấp.', datasets: ['campaign', 'administrative-units'], embedHeight: 1100 },
  { slug: 'nha-xay-moi', title: 'Nhà xây mới cho hộ nghèo so với chỉ tiêu', subtitle: 'Kế hoạch 122/KH-UBND đặt chỉ tiêu xây mới 10 căn trong năm 2024.', datasets: ['campaign', 'plan-targets'], embedHeight: 640 },
  { slug: 'ho-duoc-ho-tro', title: 'Hộ được hỗ trợ theo loại hỗ trợ', subtitle: 'Quỹ “Vì người nghèo”, toàn thành phố.', datasets: ['campaign'], embedHeight: 660 },
  { slug: 'chi-tieu-ke-hoach', title: 'Chỉ tiêu kế hoạch: xuất phát, chỉ tiêu và thực hiện', subtitle: 'Các chỉ tiêu có số để so sánh, Kế hoạch 122/KH-UBND năm 2024.', datasets: ['plan-targets', 'ward-poverty', 'campaign'], embedHeight: 700 },
];

/** A chart by slug; throws on an unknown slug so a typo fails the build. */
export function chartMeta(slug: string): ChartMeta {
  const m = CHARTS.find((c) => c.slug === slug);
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
