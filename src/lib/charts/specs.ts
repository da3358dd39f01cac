/**
 * One definition per chart: its slug, the datasets it reads, its CSV files and, for the charts
 * the generic component draws (src/components/charts/Chart.astro), its view: title, description,
 * source, table and SVG at a width. `SPECS satisfies Record<ChartSlug, ChartSpec>`, so a chart
 * added to CHART_SLUGS without a definition fails to compile.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import type { CampaignRow } from '../../schemas/campaign';
import { CITY_CODE } from '../../schemas/common';
import type { PlanTarget } from '../../schemas/plan';
import type { UnitChange } from '../../schemas/unit-change';
import type { WardPoverty } from '../../schemas/ward-poverty';
import type { ShownValue } from '../provenance';
import { formatsFor } from '../format';
import { strings, type Locale } from '../i18n/index';
import { barsLayout, renderBarsSvg, type BarsInput } from './bars';
import {
  campaignYears, cityActuals, describeHelped, describeHouses, describeMoneyByYear, helpedInput, helpedTable,
  houseTargets, housesInput, housesTable, moneyByUnitTable, moneyByYearInput, moneyByYearTable, type CampaignOptions,
} from './campaign';
import { sourcesOf, tableShown, type ChartTable } from './table';
import { derivedActuals, describeTargets, renderTargetsSvg, targetItems, targetsLayout, targetsTable } from './targets';
import { describeTiles, renderTileMapSvg, tileMapLayout, tileSeries, tileTable } from './tilemap';
import { trendSeries, trendTable } from './trend';
import { unitIndex, unitOf } from './units';
import { rateTargets, wardTable, wardYear, wardYears } from './ward';

/** Every chart's slug, in the order of the chart index. */
export const CHART_SLUGS = ['ty-le-ho-ngheo', 'xu-huong', 'ban-do', 'quy-theo-nam', 'quy-theo-phuong-xa', 'nha-xay-moi', 'ho-duoc-ho-tro', 'chi-tieu-ke-hoach'] as const;
/** A chart's slug: its page /bieu-do/<slug>/ and embed /nhung/<slug>/. */
export type ChartSlug = (typeof CHART_SLUGS)[number];

/** The validated rows every chart is built from (passed in, never read here). */
export interface ChartRows {
  poverty: readonly WardPoverty[];
  units: readonly AdministrativeUnit[];
  /** Rows of data/unit-changes.csv: where each unit's area went. */
  changes: readonly UnitChange[];
  campaign: readonly CampaignRow[];
  targets: readonly PlanTarget[];
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

/** What a view is drawn for: the rows, the page's language and the instance's options. */
export interface ViewContext {
  rows: ChartRows;
  locale: Locale;
  /** The instance id on the page; SVG ids derive from it. */
  id: string;
  /** The id of the long description the SVG points to. */
  descId: string;
  /** Chosen year (charts with one year at a time); ignored when the data has no such year. */
  year?: number;
  /** GSO code to outline. */
  highlight?: string;
  /** Inside an embed page (links open the full site). */
  embed: boolean;
  /** A link to a site page in the page's language. */
  link: (path: string) => string;
}

/** What the generic component puts in the chart frame. */
export interface ChartView {
  title: string;
  subtitle: string;
  description: string;
  source: string;
  shown: readonly ShownValue[];
  table: ChartTable;
  csvPath: string;
  note?: string;
  image?: string;
  /** The chart's SVG at a width, its ids prefixed. */
  svg: (width: number, idPrefix: string) => string;
}

/** A chart's definition. */
export interface ChartSpec {
  /** Datasets (file names without .csv) linked from the chart, for /du-lieu/<name>/. */
  datasets: string[];
  /** Suggested iframe height for the embed snippet, px. */
  embedHeight: number;
  /** Every CSV file the chart offers, built with the same table functions it renders. */
  files: (d: ChartRows, slug: string) => ChartFile[];
  /** The view the generic component draws; absent for charts with their own component (interactive or multi-panel). */
  view?: (c: ViewContext, slug: string) => ChartView;
}

/** The year asked for when the data has it, else the latest. */
function pickYear(years: readonly number[], year?: number): number {
  return year !== undefined && years.includes(year) ? year : years[years.length - 1]!;
}

/** The chart's registered title and subtitle in a locale. */
function titled(slug: string, locale: Locale): { title: string; subtitle: string } {
  const m = strings(locale).charts.meta[slug];
  return { title: m?.title ?? slug, subtitle: m?.subtitle ?? '' };
}

/** A view of a bar chart with one CSV and the registered title. */
function barsView(c: ViewContext, slug: string, p: { table: ChartTable; description: string; source: string; input: (o: CampaignOptions) => BarsInput }): ChartView {
  return {
    ...titled(slug, c.locale),
    description: p.description,
    source: p.source,
    shown: tableShown(p.table, c.locale),
    table: p.table,
    csvPath: csvPath(slug),
    svg: (width, idPrefix) => renderBarsSvg(barsLayout(p.input({ width, idPrefix, describedBy: c.descId }))),
  };
}

type Campaign = ChartRows['campaign'];

/** The view of a city-wide campaign bar chart: table, description, the rows it cites and bar input, each from the campaign rows. */
function campaignBars(
  table: (r: Campaign, l: Locale) => ChartTable,
  describe: (r: Campaign, l: Locale) => string,
  cited: (r: Campaign) => readonly { source: string }[],
  input: (r: Campaign, o: CampaignOptions, l: Locale) => BarsInput,
): (c: ViewContext, slug: string) => ChartView {
  return (c, slug) => {
    const r = c.rows.campaign;
    return barsView(c, slug, { table: table(r, c.locale), description: describe(r, c.locale), source: sourcesOf(cited(r)), input: (o) => input(r, o, c.locale) });
  };
}

/** Every chart, in the order of the chart index. */
export const SPECS = {
  'ty-le-ho-ngheo': {
    datasets: ['ward-poverty', 'administrative-units', 'plan-targets'],
    embedHeight: 1100,
    files: (d, slug) => wardYears(d.poverty).map((y) => ({ file: csvName(slug, y), table: wardTable(wardYear(d.poverty, d.units, y), rateTargets(d.targets)) })),
  },
  'xu-huong': {
    datasets: ['ward-poverty', 'plan-targets'],
    embedHeight: 720,
    files: (d, slug) => {
      const idx = unitIndex(d.units);
      return [...new Set(d.poverty.map((r) => r.unit_code))].map((code) => ({
        file: csvName(slug, code),
        table: trendTable(trendSeries(d.poverty, code), code, unitOf(idx, code).label, code === CITY_CODE ? rateTargets(d.targets) : null),
      }));
    },
  },
  'ban-do': {
    datasets: ['ward-poverty', 'administrative-units'],
    embedHeight: 760,
    files: (d, slug) => wardYears(d.poverty).map((y) => ({ file: csvName(slug, y), table: tileTable(tileSeries(d.poverty, d.units, y, d.changes), y) })),
    view: (c, slug) => {
      const tt = strings(c.locale).charts.tiles;
      const d = c.rows;
      const year = pickYear(wardYears(d.poverty), c.year);
      const tiles = tileSeries(d.poverty, d.units, year, d.changes, c.locale);
      const table = tileTable(tiles, year, c.locale);
      // Tiles open the unit page in the same language.
      const href = (u: { slug: string }) => c.link(`phuong-xa/${u.slug}/`);
      const opts = { year, highlight: c.highlight, describedBy: c.descId };
      return {
        title: tt.title(titled(slug, c.locale).title, year),
        subtitle: titled(slug, c.locale).subtitle,
        image: `${slug}-${year}`,
        description: describeTiles(tiles, year, c.locale),
        source: tt.source,
        shown: tableShown(table, c.locale),
        note: tt.click,
        table,
        csvPath: csvPath(slug, year),
        svg: (width, idPrefix) => renderTileMapSvg(tileMapLayout(tiles, { ...opts, width, idPrefix }, c.locale), href, c.embed ? '_top' : undefined),
      };
    },
  },
  'quy-theo-nam': {
    datasets: ['campaign'],
    embedHeight: 620,
    files: (d, slug) => [{ file: csvName(slug), table: moneyByYearTable(d.campaign) }],
    view: campaignBars(moneyByYearTable, describeMoneyByYear, cityActuals, moneyByYearInput),
  },
  'quy-theo-phuong-xa': {
    datasets: ['campaign', 'administrative-units'],
    embedHeight: 1100,
    files: (d, slug) => campaignYears(d.campaign).map((y) => ({ file: csvName(slug, y), table: moneyByUnitTable(d.campaign, d.units, y) })),
  },
  'nha-xay-moi': {
    datasets: ['campaign', 'plan-targets'],
    embedHeight: 640,
    files: (d, slug) => [{ file: csvName(slug), table: housesTable(d.campaign) }],
    view: campaignBars(housesTable, describeHouses, (r) => [...cityActuals(r), ...houseTargets(r)], housesInput),
  },
  'ho-duoc-ho-tro': {
    datasets: ['campaign'],
    embedHeight: 660,
    files: (d, slug) => cityActuals(d.campaign).map((r) => ({ file: csvName(slug, r.year), table: helpedTable(d.campaign, r.year) })),
    view: (c, slug) => {
      const { campaign } = c.rows;
      const city = cityActuals(campaign);
      const year = pickYear(city.map((r) => r.year), c.year);
      const v = barsView(c, slug, {
        table: helpedTable(campaign, year, c.locale),
        description: describeHelped(campaign, year, c.locale),
        source: city.find((r) => r.year === year)?.source ?? '',
        input: (o) => helpedInput(campaign, year, o, c.locale),
      });
      return { ...v, title: strings(c.locale).charts.frame.titleYear(v.title, year), csvPath: csvPath(slug, year) };
    },
  },
  'chi-tieu-ke-hoach': {
    datasets: ['plan-targets', 'ward-poverty', 'campaign'],
    embedHeight: 700,
    files: (d, slug) => [{ file: csvName(slug), table: targetsTable(targetItems(d.targets, derivedActuals(d.poverty, d.campaign))) }],
    view: (c, slug) => {
      const d = c.rows;
      const t = strings(c.locale);
      const items = targetItems(d.targets, derivedActuals(d.poverty, d.campaign, 2024, c.locale), c.locale);
      const table = targetsTable(items, c.locale);
      const others = d.targets.filter((x) => x.target !== null && x.unit && !items.some((i) => i.id === x.id)).length;
      return {
        title: t.targets.title,
        subtitle: t.targets.subtitle,
        description: [describeTargets(items, c.locale), others ? t.targets.describe.others(formatsFor(c.locale).number(others)) : ''].filter(Boolean).join(' '),
        source: sourcesOf(items),
        // Vietnamese value kinds, as the chart always had.
        shown: tableShown(table),
        table,
        csvPath: csvPath(slug),
        svg: (width, idPrefix) => renderTargetsSvg(targetsLayout(items, { width, idPrefix, describedBy: c.descId, locale: c.locale })),
      };
    },
  },
} satisfies Record<ChartSlug, ChartSpec>;
