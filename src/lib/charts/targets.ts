/**
 * Plan targets chart, data side: for each numeric target with something to compare, the baseline
 * (end of 2023), the 2024 target and the actual (hatched when illustrative), each target on its own
 * zero-based scale because units differ (% vs houses). Rows → items here; items → layout → SVG in
 * targets-layout.ts. Every text comes from the `targets` dictionary of the locale passed last
 * (default Vietnamese) and from src/lib/provenance, through provenanceWords().
 */
import type { CampaignRow } from '../../schemas/campaign';
import { CITY_CODE } from '../../schemas/common';
import type { PlanTarget } from '../../schemas/plan';
import type { WardPoverty } from '../../schemas/ward-poverty';
import type { CsvValue } from '../csv/write';
import { formatsFor } from '../format';
import { DEFAULT_LOCALE, strings, type Locale } from '../i18n/index';
import type { ChartTable } from './table';
import { stampText, combineProvenance, provenanceTag, resultClaim, valueProvenance, type ValueProvenance } from '../provenance';

export { targetsLayout, targetsBoxes, renderTargetsSvg, markBox, MARK_HALF, TARGET_FONT, type TargetsLayout, type TargetPanel, type TargetLane, type MarkKind, type LaneKind } from './targets-layout';

/** The provenance wording this chart uses, in `locale`: the one place where the locale reaches src/lib/provenance. */
export function provenanceWords(locale: Locale = DEFAULT_LOCALE) {
  return {
    /** "minh họa" / "chính thức" after a number. */
    tag: (p: ValueProvenance): string => provenanceTag(p, locale),
    /** "đạt chỉ tiêu (theo số liệu minh họa, …)". */
    claim: (ok: boolean, basis: readonly ValueProvenance[]): string => resultClaim(ok, basis, locale),
    /** The stamp drawn in a chart that shows an illustrative value. */
    stamp: stampText(locale),
  };
}

/** A value reached, with where it comes from. */
export interface Actual {
  value: number;
  year: number;
  provenance: ValueProvenance;
  source: string;
}

/** One target ready to draw. */
export interface TargetItem {
  id: string;
  label: string;
  unit: string;
  baseline: number | null;
  target: number;
  actual: Actual | null;
  /** Whether the target value, and the baseline, are official. */
  provenance: ValueProvenance;
  baselineProvenance: ValueProvenance | null;
  source: string;
}

/** Short labels (Vietnamese) for targets whose plan wording is long; other locales: strings(locale).targets.labels. */
export const TARGET_LABELS: Readonly<Record<string, string>> = strings(DEFAULT_LOCALE).targets.labels;

/**
 * Actual values derived from the other datasets when plan-targets has none yet: the city's
 * 2024 rates (ward-poverty) and houses built in 2024 (campaign), with their provenance.
 */
export function derivedActuals(poverty: readonly WardPoverty[], campaign: readonly CampaignRow[], year = 2024, locale: Locale = DEFAULT_LOCALE): Record<string, Actual> {
  const t = strings(locale).targets;
  const out: Record<string, Actual> = {};
  const city = poverty.find((r) => r.year === year && r.unit_code === CITY_CODE);
  if (city) {
    const src = t.derivedSource('ward-poverty.csv', String(year), city.source);
    out['ty-le-ho-ngheo'] = { value: city.poor_rate, year, provenance: valueProvenance(city, 'poor_rate'), source: src };
    out['ty-le-ho-can-ngheo'] = { value: city.near_poor_rate, year, provenance: valueProvenance(city, 'near_poor_rate'), source: src };
  }
  const c = campaign.find((r) => r.year === year && r.unit_code === CITY_CODE && r.kind === 'actual');
  if (c && c.houses_built !== null) out['xay-moi-nha-2024'] = { value: c.houses_built, year, provenance: valueProvenance(c, 'houses_built'), source: t.derivedSource('campaign.csv', String(year), c.source) };
  return out;
}

/**
 * Targets to chart: numeric (a target and a unit) with a baseline or an actual to compare.
 * plan-targets' own `actual` wins over a derived one. Labels in `locale` (the plan's wording when
 * the dictionary has no short name).
 */
export function targetItems(targets: readonly (PlanTarget & { official_fields?: string | null })[], derived: Record<string, Actual> = {}, locale: Locale = DEFAULT_LOCALE): TargetItem[] {
  const labels = strings(locale).targets.labels;
  return targets
    .filter((t) => t.target !== null && t.unit)
    .map((t): TargetItem => ({
      id: t.id,
      label: labels[t.id] ?? t.text,
      unit: t.unit!,
      baseline: t.baseline,
      target: t.target!,
      actual: t.actual !== null ? { value: t.actual, year: 2024, provenance: valueProvenance(t, 'actual'), source: t.source } : (derived[t.id] ?? null),
      provenance: valueProvenance(t, 'target'),
      baselineProvenance: t.baseline !== null ? valueProvenance(t, 'baseline') : null,
      source: t.source,
    }))
    .filter((t) => t.baseline !== null || t.actual !== null);
}

/** A unit of plan-targets.csv as printed in `locale` ("căn nhà" → "houses"). */
export function unitText(unit: string, locale: Locale = DEFAULT_LOCALE): string {
  return strings(locale).targets.units[unit] ?? unit;
}

/** A value with its unit: "0,72%", "10 căn nhà" (English: "0.72%", "10 houses"). */
export function formatTargetValue(v: number, unit: string, locale: Locale = DEFAULT_LOCALE): string {
  const f = formatsFor(locale);
  return unit === '%' ? f.percent(v) : strings(locale).targets.withUnit(f.number(v, Number.isInteger(v) ? 0 : 2), unitText(unit, locale));
}

/** Whether the actual meets the target; lower is better when the target is below the baseline. */
export function reached(t: TargetItem): boolean | null {
  if (!t.actual) return null;
  const down = t.baseline !== null && t.target < t.baseline;
  return down ? t.actual.value <= t.target : t.actual.value >= t.target;
}

/** Long description of the targets chart, one sentence per target. */
export function describeTargets(items: readonly TargetItem[], locale: Locale = DEFAULT_LOCALE): string {
  const d = strings(locale).targets.describe;
  const w = provenanceWords(locale);
  if (items.length === 0) return d.none;
  return items
    .map((t) => {
      const f = (v: number) => formatTargetValue(v, t.unit, locale);
      const head = d.target(t.label, t.baseline !== null ? f(t.baseline) : null, f(t.target));
      const tail = t.actual ? d.actual(f(t.actual.value), w.tag(t.actual.provenance), w.claim(reached(t)!, [t.actual.provenance, t.provenance])) : d.noActual;
      return `${head}${tail}${d.end}`;
    })
    .join(' ');
}

/** Table of the targets shown (column labels and units in `locale`; the CSV download stays Vietnamese). */
export function targetsTable(items: readonly TargetItem[], locale: Locale = DEFAULT_LOCALE): ChartTable {
  const c = strings(locale).targets.table;
  return {
    caption: c.caption,
    columns: [
      { key: 'id', label: c.id, kind: 'text', table: false },
      { key: 'label', label: c.label, kind: 'text' },
      { key: 'unit', label: c.unit, kind: 'text' },
      { key: 'baseline', label: c.baseline, kind: 'number' },
      { key: 'target', label: c.target, kind: 'number' },
      { key: 'actual', label: c.actual, kind: 'number' },
      { key: 'provenance', label: c.provenance, kind: 'provenance' },
      { key: 'official_fields', label: c.officialFields, kind: 'text', table: false },
      { key: 'actual_provenance', label: c.actualProvenance, kind: 'provenance' },
      { key: 'source', label: c.source, kind: 'text', table: false },
      { key: 'actual_source', label: c.actualSource, kind: 'text', table: false },
    ],
    rows: items.map((t): Record<string, CsvValue> => ({
      id: t.id,
      label: t.label,
      unit: unitText(t.unit, locale),
      baseline: t.baseline,
      target: t.target,
      actual: t.actual?.value ?? null,
      ...combineProvenance({ baseline: t.baselineProvenance, target: t.provenance, actual: t.actual?.provenance }),
      actual_provenance: t.actual?.provenance ?? null,
      source: t.source,
      actual_source: t.actual?.source ?? null,
    })),
  };
}
