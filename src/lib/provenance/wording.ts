/**
 * The one home of provenance wording. Every sentence, badge, tooltip line, table cell and legend
 * entry that says whether values are official is computed here from the values actually shown,
 * so marking rows official in data/ removes every "minh họa" about them. The words are per-language
 * templates in the `provenance` dictionary; every function takes the locale last (default 'vi').
 * Server-side only: client scripts get their few provenance words through data- attributes.
 */
import { LOCALE_INFO, strings, type Locale } from '../i18n/index';
import { kindsOf, officialFieldsOf, type RowProvenance, type ShownValue, type ValueProvenance } from './values';

const W = (locale: Locale) => strings(locale).provenance;

/** The noun of each value column, as used inside a Vietnamese sentence. */
export const FIELD_LABELS: Readonly<Record<string, string>> = W('vi').fields;

/** The noun of a column (its name when unknown). */
export function fieldLabel(field: string, locale: Locale = 'vi'): string {
  return W(locale).fields[field] ?? field;
}

/** "a", "a và b", "a, b và c" ("a, b and c" in English). */
export function joinAnd(items: readonly string[], locale: Locale = 'vi'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${W(locale).and} ${items[items.length - 1]}`;
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];

/** Text of a provenance badge; a mixed row's badge says only part of it is official. */
export function badgeText(p: RowProvenance, locale: Locale = 'vi'): string {
  return W(locale).badge[p] ?? W(locale).badge.illustrative;
}

/** The tooltip (title) of a mixed row's badge: which columns are official. */
export function badgeTitle(p: RowProvenance, officialFields: string | null | undefined, source?: string | null, locale: Locale = 'vi'): string | undefined {
  if (p !== 'mixed') return source ?? undefined;
  const fs = officialFieldsOf({ official_fields: officialFields ?? null }).map((f) => fieldLabel(f, locale));
  return `${W(locale).mixedTitle(cap(joinAnd(fs, locale)))}${source ? ` ${source}` : ''}`;
}

/** The stamp drawn inside a chart that shows any illustrative value, in a locale. */
export function stampText(locale: Locale = 'vi'): string {
  return badgeText('illustrative', locale);
}

/** The stamp drawn inside a chart that shows any illustrative value. */
export const STAMP_TEXT = stampText('vi');

/** One word for a value's provenance, for "(chính thức)" / "(minh họa)" after a number. */
export function provenanceTag(p: ValueProvenance, locale: Locale = 'vi'): string {
  return W(locale).tag[p];
}

/** "số liệu chính thức", "số liệu minh họa" or "có cả số liệu chính thức và minh họa"; '' for nothing shown. */
export function provenancePhrase(ps: readonly ValueProvenance[], locale: Locale = 'vi'): string {
  if (ps.length === 0) return '';
  const w = W(locale).phrase;
  if (ps.every((p) => p === 'illustrative')) return w.illustrative;
  if (ps.every((p) => p === 'official')) return w.official;
  return w.mixed;
}

/** Suffix for an accessible name: ", số liệu minh họa" for an illustrative value, nothing otherwise. */
export function ariaSuffix(p: ValueProvenance, locale: Locale = 'vi'): string {
  return p === 'illustrative' ? `, ${provenancePhrase([p], locale)}` : '';
}

/** Where official values belong: "toàn thành phố năm 2023", "Phường Đô Vinh năm 2022 và 2023". */
function scopes(vs: readonly ShownValue[], locale: Locale): string {
  const byUnit = new Map<string, number[]>();
  for (const v of vs) {
    if (!v.unit && v.year === undefined) continue;
    const k = v.unit ?? '';
    const ys = byUnit.get(k) ?? [];
    if (v.year !== undefined && !ys.includes(v.year)) ys.push(v.year);
    byUnit.set(k, ys);
  }
  const w = W(locale);
  const parts = [...byUnit].map(([u, ys]) => w.scope(u, ys.length ? joinAnd([...ys].sort((a, b) => a - b).map(String), locale) : ''));
  return parts.length > 4 ? w.inUnits(parts.length) : joinAnd(parts, locale);
}

/**
 * What is official among mixed values, and what is not: "tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo
 * toàn thành phố năm 2023 là chính thức; số hộ nghèo và số hộ cận nghèo là minh họa".
 * Scope is named only when the same column is illustrative elsewhere in what is shown.
 */
function mixedClause(values: readonly ShownValue[], locale: Locale): string {
  const w = W(locale);
  const off = values.filter((v) => v.provenance === 'official');
  const ill = values.filter((v) => v.provenance === 'illustrative');
  const illFields = new Set(ill.map((v) => v.field));
  // Each official column with the places it is official in (only when it is illustrative elsewhere),
  // then columns sharing the same places named together.
  const places = new Map<string, string>();
  for (const f of uniq(off.map((v) => v.field))) places.set(f, illFields.has(f) ? scopes(off.filter((v) => v.field === f), locale) : '');
  const groups = new Map<string, string[]>();
  for (const [f, scope] of places) groups.set(scope, [...(groups.get(scope) ?? []), f]);
  // Columns named with their places first; several groups are listed so that each "và" stays inside one.
  const parts = [...groups].sort((a, b) => Number(!a[0]) - Number(!b[0])).map(([scope, fs]) => [joinAnd(fs.map((f) => fieldLabel(f, locale)), locale), scope].filter(Boolean).join(' '));
  const offText = parts.length <= 1 ? parts.join('') : w.withLast(parts.slice(0, -1).join(', '), parts[parts.length - 1]!);
  const offFields = new Set(off.map((v) => v.field));
  const overlap = ill.some((v) => offFields.has(v.field));
  const illNames = uniq(ill.map((v) => fieldLabel(v.field, locale)));
  const illText = overlap ? w.theRest : joinAnd(illNames, locale);
  return w.mixed(offText, places.size > 1, illText, overlap || illNames.length > 1);
}

/**
 * The provenance sentence of a chart, table or block, from the values it shows:
 * all official → says so, never "minh họa"; all illustrative → says so; mixed → names what is official.
 * `where` is the noun phrase of the place, e.g. "trên biểu đồ này" (default: the locale's "on this chart").
 */
export function provenanceNote(values: readonly ShownValue[], where?: string, locale: Locale = 'vi'): string {
  const w = W(locale);
  const kinds = kindsOf(values);
  if (kinds.length === 0) return '';
  if (kinds.length === 1) return kinds[0] === 'official' ? w.allOfficial(where ?? w.onThisChart) : w.allIllustrative(where ?? w.onThisChart);
  return `${cap(mixedClause(values, locale))}.`;
}

/** The provenance line of a tooltip for one row's values (no scope: the tooltip names the row). */
export function tipLine(values: readonly ShownValue[], locale: Locale = 'vi'): string {
  const kinds = kindsOf(values);
  if (kinds.length === 1) return cap(provenancePhrase(kinds, locale));
  if (kinds.length === 0) return '';
  return cap(mixedClause(values.map(({ field, provenance }) => ({ field, provenance })), locale));
}

/** A claim about a result ("đạt chỉ tiêu"), saying when it rests on illustrative values. */
export function resultClaim(reached: boolean, basis: readonly ValueProvenance[], locale: Locale = 'vi'): string {
  const w = W(locale);
  const claim = reached ? w.reached : w.notReached;
  return basis.includes('illustrative') ? w.onIllustrative(claim) : claim;
}

/** A sentence opener for a trend that rests on illustrative values: "Theo số liệu minh họa, " (or nothing). */
export function basisOpener(basis: readonly ValueProvenance[], locale: Locale = 'vi'): string {
  return basis.includes('illustrative') ? W(locale).opener : '';
}

/** Legend entries of the official/illustrative mark encoding: only the kinds that appear. */
export function markLegend(kinds: readonly ValueProvenance[], locale: Locale = 'vi'): { kind: ValueProvenance; text: string }[] {
  return (['official', 'illustrative'] as const).filter((k) => kinds.includes(k)).map((k) => ({ kind: k, text: W(locale).legend[k] }));
}

/** The key to filled/hollow points, for a subtitle: only when both appear (a single kind needs no key). */
export function markKey(kinds: readonly ValueProvenance[], filled?: string, hollow?: string, locale: Locale = 'vi'): string {
  const w = W(locale);
  return kinds.length === 2 ? w.markKey(filled ?? w.markFilled, hollow ?? w.markHollow) : '';
}

/** A table cell for a row's provenance: "Chính thức", "Minh họa", or "Chính thức: tỷ lệ hộ nghèo; còn lại minh họa". */
export function provenanceCell(p: RowProvenance | string, officialFields?: string | null, labelOf?: (f: string) => string, locale: Locale = 'vi'): string {
  const w = W(locale);
  if (p === 'official') return w.cell.official;
  if (p === 'illustrative') return w.cell.illustrative;
  if (p === 'mixed') {
    const fs = officialFieldsOf({ official_fields: officialFields ?? null });
    return w.cellMixed(joinAnd(fs.map(labelOf ?? ((f) => fieldLabel(f, locale))), locale));
  }
  return String(p);
}

/**
 * The note above a block of figures (home page, campaign page, ward pages): '' when every value
 * is official, otherwise what is illustrative. `what` names the block: "Các số liệu trong phần này".
 */
export function blockNote(values: readonly ShownValue[], what?: string, locale: Locale = 'vi'): string {
  const w = W(locale);
  const kinds = kindsOf(values);
  if (!kinds.includes('illustrative')) return '';
  if (kinds.length === 1) return w.blockIllustrative(what ?? w.blockWhat);
  return w.blockMixed(what ?? w.blockWhat, mixedClause(values, locale));
}

/** The heading word of such a note, in a locale. */
export function noteTitle(locale: Locale = 'vi'): string {
  return `${badgeText('illustrative', locale)}.`;
}

/** The heading word of such a note. */
export const NOTE_TITLE = noteTitle('vi');

/** The site-wide footer note, from how many values of all data are illustrative ('' when none). */
export function footerNote(c: { illustrative: number; mixed: number }, locale: Locale = 'vi'): string {
  if (c.illustrative + c.mixed === 0) return '';
  return W(locale).footer;
}

/** How many rows of a dataset are official, illustrative or mixed. */
export interface ProvenanceCounts {
  official: number;
  illustrative: number;
  mixed: number;
  total: number;
}

/** A dataset's overall provenance from its row counts. */
export function overallOf(c: ProvenanceCounts): RowProvenance {
  if (c.illustrative === 0 && c.mixed === 0) return 'official';
  if (c.official === 0 && c.mixed === 0) return 'illustrative';
  return 'mixed';
}

const fmt = (n: number, locale: Locale) => n.toLocaleString(LOCALE_INFO[locale].intl);

/** The mixed part of a count: "3 dòng chính thức, 1 dòng hỗn hợp, 62 dòng số liệu minh họa". */
function countParts(c: ProvenanceCounts, locale: Locale): string {
  const w = W(locale);
  const parts: string[] = [];
  if (c.official) parts.push(w.rowsOfficial(fmt(c.official, locale)));
  if (c.mixed) parts.push(w.rowsMixed(fmt(c.mixed, locale)));
  if (c.illustrative) parts.push(w.rowsIllustrative(fmt(c.illustrative, locale)));
  return parts.join(', ');
}

/** Label with counts: "Chính thức (17 dòng)", "Số liệu minh họa (65 dòng)", "Hỗn hợp: …". */
export function datasetLabel(c: ProvenanceCounts, locale: Locale = 'vi'): string {
  const w = W(locale);
  const o = overallOf(c);
  if (o === 'official') return w.labelOfficial(fmt(c.total, locale));
  if (o === 'illustrative') return w.labelIllustrative(fmt(c.total, locale));
  return w.labelMixed(countParts(c, locale));
}

/** The counts beside the badges: "toàn bộ 17 dòng" or the mixed label. */
export function datasetCountsText(c: ProvenanceCounts, locale: Locale = 'vi'): string {
  return overallOf(c) === 'mixed' ? datasetLabel(c, locale) : W(locale).allRows(fmt(c.total, locale));
}

/** The warning a citation carries when a dataset has illustrative values; null when all are official. */
export function citationNote(c: ProvenanceCounts, locale: Locale = 'vi'): string | null {
  if (overallOf(c) === 'official') return null;
  const w = W(locale);
  // The count stays unformatted here, as it always was (CSV READMEs and citations).
  if (overallOf(c) === 'illustrative') return w.citeIllustrative(String(c.total));
  return w.citeMixed(countParts(c, locale));
}
