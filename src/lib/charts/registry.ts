/**
 * Every chart of the site in one list: slug (its page /bieu-do/<slug>/ and embed /nhung/<slug>/),
 * title, the datasets it draws on, and the CSV files it offers. Pages, the chart index, the
 * embed pages and the CSV endpoint are all generated from this list.
 */
import { strings, type Locale } from '../i18n/index';
import { CHART_SLUGS, SPECS, type ChartFile, type ChartRows, type ChartSlug } from './specs';

export { csvName, csvPath, CHART_SLUGS, SPECS } from './specs';
export type { ChartFile, ChartRows, ChartSlug, ChartSpec, ChartView, ViewContext } from './specs';

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

/** The charts' facts that do not depend on the language (from their specs); titles come from the `charts.meta` dictionary. */
const BASE: readonly Omit<ChartMeta, 'title' | 'subtitle'>[] = CHART_SLUGS.map((slug) => ({ slug, datasets: SPECS[slug].datasets, embedHeight: SPECS[slug].embedHeight }));

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

/** Whether a string is a registered chart slug. */
export function isChartSlug(slug: string): slug is ChartSlug {
  return (CHART_SLUGS as readonly string[]).includes(slug);
}

/** Every CSV file a chart offers, built with the same table functions the chart renders. */
export function chartFiles(slug: string, d: ChartRows): ChartFile[] {
  if (!isChartSlug(slug)) throw new Error(`Không có biểu đồ "${slug}".`);
  return SPECS[slug].files(d, slug);
}
