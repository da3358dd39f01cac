/**
 * The “Vì người nghèo” campaign charts, all on the shared bar layout: money raised by year,
 * money by unit for one year, houses built against the plan's target (bullet), and households
 * helped by kind of support (campaign-helped.ts, re-exported here). Each has its description and
 * the table of exactly its rows.
 */
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import type { CampaignRow } from '../../schemas/campaign';
import { CITY_CODE } from '../../schemas/common';
import { formatsFor } from '../format';
import { strings, type Locale } from '../i18n/index';
import type { BarRowInput, BarsInput } from './bars';
import { provenanceColumns, provenancePhrase, unitYearColumns, type ChartTable } from './table';
import { kindsOf, provenanceTag, restrictProvenance, resultClaim, valueProvenance, type ValueProvenance } from '../provenance';
import { cityLabel, unitIndex, unitOf } from './units';

import { C, H, words } from './campaign-words';

/** Shared options: width, id prefix and the description's id. */
export interface CampaignOptions {
  width: number;
  idPrefix: string;
  describedBy?: string;
}

/** City-wide actual rows, by year ascending. */
export function cityActuals(rows: readonly CampaignRow[]): CampaignRow[] {
  return rows.filter((r) => r.unit_code === CITY_CODE && r.kind === 'actual').sort((a, b) => a.year - b.year);
}

/** Years that have campaign rows for units (not only the city), ascending. */
export function campaignYears(rows: readonly CampaignRow[]): number[] {
  return [...new Set(rows.filter((r) => r.kind === 'actual' && r.unit_code !== CITY_CODE).map((r) => r.year))].sort((a, b) => a - b);
}

/** Money tick label: "0", "250 triệu", "1,5 tỷ" ("250 million" in English). */
export function moneyTick(v: number, locale: Locale = 'vi'): string {
  if (v === 0) return '0';
  const s = formatsFor(locale).vnd(v);
  const dong = C(locale).dong;
  return s.endsWith(dong) ? s.slice(0, -dong.length) : s;
}

/** Whether any of the rows' values in `field` is illustrative (those are the values drawn). */
const isIllustrative = (rs: readonly CampaignRow[], field: keyof CampaignRow & string) => rs.some((r) => r[field] !== null && valueProvenance(r, field) === 'illustrative');
const kindsIn = (rs: readonly CampaignRow[], field: string) => kindsOf(rs.map((r) => ({ provenance: valueProvenance(r, field) })));

// ---- 1. Money by year --------------------------------------------------------------

/** Bars: one per year, chronological. */
export function moneyByYearInput(rows: readonly CampaignRow[], o: CampaignOptions, locale: Locale = 'vi'): BarsInput {
  const { vnd: formatVnd } = formatsFor(locale);
  const c = C(locale);
  const city = cityActuals(rows).filter((r) => r.money_raised_vnd !== null);
  return {
    idPrefix: o.idPrefix,
    width: o.width,
    rows: city.map((r) => ({
      key: String(r.year),
      label: c.year(r.year),
      segments: [{ value: r.money_raised_vnd!, kind: 'plain' }],
      valueLabel: formatVnd(r.money_raised_vnd!),
      aria: c.moneyYearAria(r.year, formatVnd(r.money_raised_vnd!)),
      tip: [c.year(r.year), formatVnd(r.money_raised_vnd!)],
    })),
    legend: [{ kind: 'plain', label: c.moneyLegend }],
    tickFormat: (v) => moneyTick(v, locale),
    illustrative: isIllustrative(city, 'money_raised_vnd'),
    ...words(locale),
    ariaLabel: c.moneyYearChart(city.map((r) => r.year).join(', ')),
    describedBy: o.describedBy,
  };
}

/** Description of money by year. */
export function describeMoneyByYear(rows: readonly CampaignRow[], locale: Locale = 'vi'): string {
  const { vnd: formatVnd } = formatsFor(locale);
  const c = C(locale);
  const city = cityActuals(rows).filter((r) => r.money_raised_vnd !== null);
  if (city.length === 0) return c.moneyYearNone;
  const a = city[0]!;
  const b = city[city.length - 1]!;
  const prov = provenancePhrase(kindsIn(city, 'money_raised_vnd'), locale);
  if (city.length === 1) return c.moneyYearOne(a.year, formatVnd(a.money_raised_vnd!), prov);
  const rising = city.every((r, i) => i === 0 || r.money_raised_vnd! > city[i - 1]!.money_raised_vnd!);
  const max = city.reduce((m, r) => (r.money_raised_vnd! > m.money_raised_vnd! ? r : m));
  const total = city.reduce((s, r) => s + r.money_raised_vnd!, 0);
  return (
    c.moneyYearSpan(formatVnd(a.money_raised_vnd!), a.year, formatVnd(b.money_raised_vnd!), b.year, prov) +
    `${rising ? c.rising : c.highest(max.year, formatVnd(max.money_raised_vnd!))}. ` +
    c.total(city.length, formatVnd(total))
  );
}

/** Table of money by year. */
export function moneyByYearTable(rows: readonly CampaignRow[], locale: Locale = 'vi'): ChartTable {
  const c = C(locale);
  const h = H(locale);
  const city = cityActuals(rows).filter((r) => r.money_raised_vnd !== null);
  return {
    caption: c.moneyYearCaption,
    columns: [
      { key: 'year', label: h.year!, kind: 'text' },
      { key: 'unit_code', label: h.unit_code!, kind: 'text', table: false },
      { key: 'unit_name', label: h.unit_name!, kind: 'text', table: false },
      { key: 'money_raised_vnd', label: c.money, kind: 'vnd' },
      ...provenanceColumns(h),
    ],
    rows: city.map((r) => ({ year: r.year, unit_code: r.unit_code, unit_name: cityLabel(locale), money_raised_vnd: r.money_raised_vnd, ...restrictProvenance(r, ['money_raised_vnd']), source: r.source })),
  };
}

// ---- 2. Money by unit, one year ----------------------------------------------------

interface UnitMoney {
  code: string;
  name: string;
  label: string;
  money: number;
  provenance: ValueProvenance;
  source: string;
}

/** Units' money in a year, highest first (ties by name). */
export function moneyByUnit(rows: readonly CampaignRow[], units: readonly AdministrativeUnit[], year: number, locale: Locale = 'vi'): UnitMoney[] {
  const idx = unitIndex(units, locale);
  return rows
    .filter((r) => r.year === year && r.kind === 'actual' && r.unit_code !== CITY_CODE && r.money_raised_vnd !== null)
    .map((r) => {
      const u = unitOf(idx, r.unit_code, locale);
      return { code: r.unit_code, name: u.name, label: u.label, money: r.money_raised_vnd!, provenance: valueProvenance(r, 'money_raised_vnd'), source: r.source };
    })
    .sort((a, b) => b.money - a.money || a.name.localeCompare(b.name, 'vi'));
}

/** Bars: units ranked by money raised in `year`. */
export function moneyByUnitInput(rows: readonly CampaignRow[], units: readonly AdministrativeUnit[], year: number, o: CampaignOptions & { highlight?: string | null }, locale: Locale = 'vi'): BarsInput {
  const { vnd: formatVnd } = formatsFor(locale);
  const c = C(locale);
  const items = moneyByUnit(rows, units, year, locale);
  return {
    idPrefix: o.idPrefix,
    width: o.width,
    rows: items.map(
      (i): BarRowInput => ({
        key: i.code,
        label: i.name,
        segments: [{ value: i.money, kind: 'plain' }],
        valueLabel: formatVnd(i.money),
        aria: c.unitAria(i.label, formatVnd(i.money), year),
        tip: [c.unitTip(i.label, year), formatVnd(i.money)],
        highlight: !!o.highlight && o.highlight === i.code,
      }),
    ),
    legend: [{ kind: 'plain', label: c.unitLegend(year) }],
    tickFormat: (v) => moneyTick(v, locale),
    illustrative: items.some((i) => i.provenance === 'illustrative'),
    ...words(locale),
    ariaLabel: c.unitChart(items.length, year),
    describedBy: o.describedBy,
  };
}

/** Description of money by unit in a year. */
export function describeMoneyByUnit(rows: readonly CampaignRow[], units: readonly AdministrativeUnit[], year: number, locale: Locale = 'vi'): string {
  const { vnd: formatVnd } = formatsFor(locale);
  const c = C(locale);
  const items = moneyByUnit(rows, units, year, locale);
  if (items.length === 0) return c.unitNone(year);
  const total = items.reduce((s, i) => s + i.money, 0);
  const prov = provenancePhrase(items.map((i) => i.provenance), locale);
  const top = items[0]!;
  if (items.length === 1) return c.unitOne(year, top.label, formatVnd(top.money), prov);
  const low = items[items.length - 1]!;
  const second = items[1]!;
  return (
    c.unitHead(year, items.length, prov, top.label, formatVnd(top.money)) +
    `${items.length > 2 ? c.unitNext(second.label, formatVnd(second.money)) : ''}${c.unitLow(low.label, formatVnd(low.money))}` +
    c.unitTotal(formatVnd(total))
  );
}

/** Table of money by unit in a year, in chart order. */
export function moneyByUnitTable(rows: readonly CampaignRow[], units: readonly AdministrativeUnit[], year: number, locale: Locale = 'vi'): ChartTable {
  const c = C(locale);
  const h = H(locale);
  return {
    caption: c.unitCaption(year),
    columns: [
      ...unitYearColumns(h),
      { key: 'money_raised_vnd', label: c.money, kind: 'vnd' },
      ...provenanceColumns(h),
    ],
    rows: moneyByUnit(rows, units, year, locale).map((i) => ({ year, unit_code: i.code, unit_name: i.label, money_raised_vnd: i.money, provenance: i.provenance, official_fields: null, source: i.source })),
  };
}

// ---- 3. Houses built against the target (bullet) -----------------------------------

/** The city's house-building target rows (kind = target), by year. */
export function houseTargets(rows: readonly CampaignRow[]): CampaignRow[] {
  return rows.filter((r) => r.unit_code === CITY_CODE && r.kind === 'target' && r.houses_built !== null).sort((a, b) => a.year - b.year);
}

/** Bars: houses built each year; the year with a target gets a target tick and "x% chỉ tiêu". */
export function housesInput(rows: readonly CampaignRow[], o: CampaignOptions, locale: Locale = 'vi'): BarsInput {
  const { count: formatCount, number: formatNumber } = formatsFor(locale);
  const c = C(locale);
  const city = cityActuals(rows).filter((r) => r.houses_built !== null);
  const targets = houseTargets(rows);
  const t = (y: number) => targets.find((r) => r.year === y)?.houses_built ?? undefined;
  return {
    idPrefix: o.idPrefix,
    width: o.width,
    rows: city.map((r) => {
      const target = t(r.year);
      const v = r.houses_built!;
      const pct = target ? c.ofTarget(formatNumber((100 * v) / target)) : '';
      return {
        key: String(r.year),
        label: c.year(r.year),
        segments: [{ value: v, kind: 'plain' }],
        valueLabel: `${formatCount(v, c.houses)}${pct ? ` (${pct})` : ''}`,
        aria: `${c.housesAria(r.year, formatCount(v, c.houseWord))}${target !== undefined ? c.housesAriaTarget(formatCount(target, c.houses), pct) : ''}`,
        tip: [c.year(r.year), c.housesTipBuilt(formatCount(v, c.houses)), ...(target !== undefined ? [c.housesTipTarget(formatCount(target, c.houses), pct)] : [])],
        marker: target,
      };
    }),
    legend: [
      { kind: 'plain', label: c.housesLegend },
      ...(targets.length ? [{ kind: 'marker' as const, label: c.housesTargets(targets.map((r) => `${r.year}: ${formatCount(r.houses_built!, c.houses)}`).join(', ')) }] : []),
    ],
    tickFormat: (v) => formatNumber(v),
    illustrative: isIllustrative([...city, ...targets], 'houses_built'),
    ...words(locale),
    ariaLabel: c.housesChart(targets.map((r) => r.year).join(', ')),
    describedBy: o.describedBy,
  };
}

/** Description of houses built against the target. */
export function describeHouses(rows: readonly CampaignRow[], locale: Locale = 'vi'): string {
  const { count: formatCount, number: formatNumber } = formatsFor(locale);
  const c = C(locale);
  const city = cityActuals(rows).filter((r) => r.houses_built !== null);
  const targets = houseTargets(rows);
  const parts: string[] = [];
  for (const t of targets) {
    const a = city.find((r) => r.year === t.year);
    let s = c.housesPlan(formatCount(t.houses_built!, c.houseWord), t.year, provenanceTag(valueProvenance(t, 'houses_built'), locale));
    if (a) {
      const pct = (100 * a.houses_built!) / t.houses_built!;
      s += c.housesDone(t.year, formatCount(a.houses_built!, c.houses), provenanceTag(valueProvenance(a, 'houses_built'), locale), formatNumber(pct), resultClaim(pct >= 100, [valueProvenance(a, 'houses_built'), valueProvenance(t, 'houses_built')], locale));
    } else s += c.housesNoResult(t.year);
    parts.push(s);
  }
  const others = city.filter((r) => !targets.some((t) => t.year === r.year));
  if (others.length) parts.push(c.housesOthers(provenancePhrase(kindsIn(others, 'houses_built'), locale), others.map((r) => `${r.year}: ${formatCount(r.houses_built!, c.houses)}`).join('; ')));
  return parts.join(' ') || c.housesNone;
}

/** Table of houses: actual rows by year, then target rows. */
export function housesTable(rows: readonly CampaignRow[], locale: Locale = 'vi'): ChartTable {
  const c = C(locale);
  const h = H(locale);
  const city = cityActuals(rows).filter((r) => r.houses_built !== null);
  const list = [...city, ...houseTargets(rows)];
  return {
    caption: c.housesCaption,
    columns: [
      { key: 'year', label: h.year!, kind: 'text' },
      { key: 'kind', label: c.kind, kind: 'text' },
      { key: 'unit_code', label: h.unit_code!, kind: 'text', table: false },
      { key: 'houses_built', label: c.housesCol, kind: 'int' },
      ...provenanceColumns(h),
    ],
    rows: list.map((r) => ({ year: r.year, kind: r.kind === 'target' ? strings(locale).charts.targetKind : c.actualKind, unit_code: r.unit_code, houses_built: r.houses_built, ...restrictProvenance(r, ['houses_built']), source: r.source })),
  };
}

export * from './campaign-helped';
