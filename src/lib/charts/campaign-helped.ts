/**
 * The "households helped by kind of support" campaign chart: bars, description and table
 * (split from campaign.ts, which re-exports it).
 */
import type { CampaignRow } from '../../schemas/campaign';
import type { CsvValue } from '../csv/write';
import { formatsFor } from '../format';
import { strings, type Locale } from '../i18n/index';
import type { BarsInput } from './bars';
import { provenanceColumns, provenancePhrase, type ChartTable } from './table';
import { kindsOf, valueProvenance } from '../provenance';
import { C, H, words } from './campaign-words';
// campaign.ts re-exports this module; cityActuals is only called at run time, so the cycle is harmless.
import { cityActuals, type CampaignOptions } from './campaign';

// ---- 4. Households helped by kind --------------------------------------------------

const HELP_KEYS = ['helped_housing', 'helped_livelihood', 'helped_health', 'helped_education', 'helped_other'] as const;

/** Kinds of support with their labels in a locale. */
export function helpKinds(locale: Locale = 'vi'): { key: (typeof HELP_KEYS)[number]; label: string }[] {
  const l = C(locale).helpKinds;
  return HELP_KEYS.map((key) => ({ key, label: l[key] ?? key }));
}

/** Kinds of support: column and Vietnamese label. */
export const HELP_KINDS = helpKinds('vi');

/** The city's households helped in `year`, by kind, most first. Empty when the year has no row. */
export function helpedByKind(rows: readonly CampaignRow[], year: number, locale: Locale = 'vi'): { key: string; label: string; value: number; row: CampaignRow }[] {
  const r = cityActuals(rows).find((x) => x.year === year);
  if (!r) return [];
  // Ties break on the Vietnamese label in every language, so both editions rank alike.
  const vi = new Map(HELP_KINDS.map((k) => [k.key, k.label]));
  return helpKinds(locale).map((k) => ({ key: k.key, label: k.label, value: r[k.key] ?? 0, row: r })).sort((a, b) => b.value - a.value || vi.get(a.key as (typeof HELP_KEYS)[number])!.localeCompare(vi.get(b.key as (typeof HELP_KEYS)[number])!, 'vi'));
}

/** Bars: households helped by kind in a year. */
export function helpedInput(rows: readonly CampaignRow[], year: number, o: CampaignOptions, locale: Locale = 'vi'): BarsInput {
  const { count: formatCount, number: formatNumber } = formatsFor(locale);
  const c = C(locale);
  const hh = strings(locale).format.households;
  const items = helpedByKind(rows, year, locale);
  const total = items.reduce((s, i) => s + i.value, 0);
  return {
    idPrefix: o.idPrefix,
    width: o.width,
    rows: items.map((i) => ({
      key: i.key,
      label: i.label,
      segments: [{ value: i.value, kind: 'plain' }],
      valueLabel: formatCount(i.value, hh),
      aria: c.helpedAria(i.label, formatCount(i.value, hh), total ? `${formatNumber((100 * i.value) / total)}%` : '', year),
      tip: [i.label, formatCount(i.value, hh)],
    })),
    legend: [{ kind: 'plain', label: c.helpedLegend(year) }],
    tickFormat: (v) => formatNumber(v),
    illustrative: items.some((i) => valueProvenance(i.row, i.key) === 'illustrative'),
    ...words(locale),
    ariaLabel: c.helpedChart(year),
    describedBy: o.describedBy,
  };
}

/** Lower-cases only the first letter, so proper nouns inside ("Tết") keep their capital. */
function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Description of households helped by kind. */
export function describeHelped(rows: readonly CampaignRow[], year: number, locale: Locale = 'vi'): string {
  const { count: formatCount, number: formatNumber } = formatsFor(locale);
  const c = C(locale);
  const hh = strings(locale).format.households;
  const items = helpedByKind(rows, year, locale);
  if (items.length === 0) return c.helpedNone(year);
  const total = items.reduce((s, i) => s + i.value, 0);
  const share = (v: number) => (total ? `${formatNumber((100 * v) / total)}%` : '0%');
  const [first, ...rest] = items;
  return (
    c.helpedHead(year, formatCount(total, hh), provenancePhrase(kindsOf(items.map((i) => ({ provenance: valueProvenance(i.row, i.key) }))), locale)) +
    c.helpedMost(lowerFirst(first!.label), formatCount(first!.value, hh), share(first!.value)) +
    c.helpedRest(rest.map((i) => `${lowerFirst(i.label)} ${formatCount(i.value, hh)}`).join(', '))
  );
}

/** Table of households helped by kind, in chart order. */
export function helpedTable(rows: readonly CampaignRow[], year: number, locale: Locale = 'vi'): ChartTable {
  const c = C(locale);
  const h = H(locale);
  const items = helpedByKind(rows, year, locale);
  return {
    caption: c.helpedCaption(year),
    columns: [
      { key: 'year', label: h.year!, kind: 'text', table: false },
      { key: 'support_kind', label: c.supportKind, kind: 'text', table: false },
      { key: 'support_label', label: c.supportLabel, kind: 'text' },
      { key: 'households', label: c.households, kind: 'int' },
      ...provenanceColumns(h),
    ],
    rows: items.map((i): Record<string, CsvValue> => ({ year, support_kind: i.key, support_label: i.label, households: i.value, provenance: valueProvenance(i.row, i.key), official_fields: null, source: i.row.source })),
  };
}
