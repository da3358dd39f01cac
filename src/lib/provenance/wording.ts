/**
 * The one home of provenance wording. Every sentence, badge, tooltip line, table cell and legend
 * entry that says whether values are official is computed here from the values actually shown,
 * so marking rows official in data/ removes every "minh họa" about them. Client-safe (no imports
 * that pull in zod).
 */
import type { Locale } from '../i18n/locales';
import { kindsOf, officialFieldsOf, type RowProvenance, type ShownValue, type ValueProvenance } from './values';

/** The noun of each value column, as used inside a sentence. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  total_households: 'tổng số hộ',
  poor_households: 'số hộ nghèo',
  near_poor_households: 'số hộ cận nghèo',
  poor_rate: 'tỷ lệ hộ nghèo',
  near_poor_rate: 'tỷ lệ hộ cận nghèo',
  escaped_households: 'số hộ thoát nghèo',
  new_poor_households: 'số hộ nghèo phát sinh',
  money_raised_vnd: 'số tiền vận động',
  houses_built: 'số nhà xây mới',
  houses_repaired: 'số nhà sửa chữa',
  households_helped: 'số hộ được hỗ trợ',
  helped_housing: 'số hộ được hỗ trợ nhà ở',
  helped_livelihood: 'số hộ được hỗ trợ sinh kế',
  helped_health: 'số hộ được hỗ trợ y tế',
  helped_education: 'số hộ được hỗ trợ học tập',
  helped_other: 'số hộ được hỗ trợ khác',
  baseline: 'số xuất phát',
  target: 'chỉ tiêu',
  actual: 'số thực hiện',
};

/** The noun of a column (its name when unknown). */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** "a", "a và b", "a, b và c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];

/** Text of a provenance badge; a mixed row's badge says only part of it is official. */
export function badgeText(p: RowProvenance): string {
  return p === 'official' ? 'Chính thức' : p === 'mixed' ? 'Một phần chính thức' : 'Số liệu minh họa';
}

/** The tooltip (title) of a mixed row's badge: which columns are official. */
export function badgeTitle(p: RowProvenance, officialFields: string | null | undefined, source?: string | null): string | undefined {
  if (p !== 'mixed') return source ?? undefined;
  const fs = officialFieldsOf({ official_fields: officialFields ?? null }).map(fieldLabel);
  return `${cap(joinAnd(fs))} là ${provenanceTag('official')}; các giá trị khác là ${provenanceTag('illustrative')}.${source ? ` ${source}` : ''}`;
}

/** The stamp drawn inside a chart that shows any illustrative value. */
export const STAMP_TEXT = badgeText('illustrative');

/** One word for a value's provenance, for "(chính thức)" / "(minh họa)" after a number. */
export function provenanceTag(p: ValueProvenance): string {
  return p === 'official' ? 'chính thức' : 'minh họa';
}

/** "số liệu chính thức", "số liệu minh họa" or "có cả số liệu chính thức và minh họa"; '' for nothing shown. */
export function provenancePhrase(ps: readonly ValueProvenance[]): string {
  if (ps.length === 0) return '';
  if (ps.every((p) => p === 'illustrative')) return 'số liệu minh họa';
  if (ps.every((p) => p === 'official')) return 'số liệu chính thức';
  return 'có cả số liệu chính thức và minh họa';
}

/** Suffix for an accessible name: ", số liệu minh họa" for an illustrative value, nothing otherwise. */
export function ariaSuffix(p: ValueProvenance): string {
  return p === 'illustrative' ? `, ${provenancePhrase([p])}` : '';
}

/** Where official values belong: "toàn thành phố năm 2023", "Phường Đô Vinh năm 2022 và 2023". */
function scopes(vs: readonly ShownValue[]): string {
  const byUnit = new Map<string, number[]>();
  for (const v of vs) {
    if (!v.unit && v.year === undefined) continue;
    const k = v.unit ?? '';
    const ys = byUnit.get(k) ?? [];
    if (v.year !== undefined && !ys.includes(v.year)) ys.push(v.year);
    byUnit.set(k, ys);
  }
  const parts = [...byUnit].map(([u, ys]) => [u, ys.length ? `năm ${joinAnd([...ys].sort((a, b) => a - b).map(String))}` : ''].filter(Boolean).join(' '));
  return parts.length > 4 ? `ở ${parts.length} đơn vị` : joinAnd(parts);
}

/**
 * What is official among mixed values, and what is not: "tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo
 * toàn thành phố năm 2023 là chính thức; số hộ nghèo và số hộ cận nghèo là minh họa".
 * Scope is named only when the same column is illustrative elsewhere in what is shown.
 */
function mixedClause(values: readonly ShownValue[]): string {
  const off = values.filter((v) => v.provenance === 'official');
  const ill = values.filter((v) => v.provenance === 'illustrative');
  const illFields = new Set(ill.map((v) => v.field));
  // Each official column with the places it is official in (only when it is illustrative elsewhere),
  // then columns sharing the same places named together.
  const places = new Map<string, string>();
  for (const f of uniq(off.map((v) => v.field))) places.set(f, illFields.has(f) ? scopes(off.filter((v) => v.field === f)) : '');
  const groups = new Map<string, string[]>();
  for (const [f, scope] of places) groups.set(scope, [...(groups.get(scope) ?? []), f]);
  // Columns named with their places first; several groups are listed so that each "và" stays inside one.
  const parts = [...groups].sort((a, b) => Number(!a[0]) - Number(!b[0])).map(([scope, fs]) => [joinAnd(fs.map(fieldLabel)), scope].filter(Boolean).join(' '));
  const offText = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}, cùng với ${parts[parts.length - 1]},`;
  const offFields = new Set(off.map((v) => v.field));
  const overlap = ill.some((v) => offFields.has(v.field));
  const illText = overlap ? 'các số liệu còn lại' : joinAnd(uniq(ill.map((v) => fieldLabel(v.field))));
  return `${offText} là ${provenanceTag('official')}; ${illText} là ${provenanceTag('illustrative')}`;
}

/**
 * The provenance sentence of a chart, table or block, from the values it shows:
 * all official → says so, never "minh họa"; all illustrative → says so; mixed → names what is official.
 * `where` is the noun phrase of the place, e.g. "trên biểu đồ này".
 */
export function provenanceNote(values: readonly ShownValue[], where = 'trên biểu đồ này'): string {
  const kinds = kindsOf(values);
  if (kinds.length === 0) return '';
  if (kinds.length === 1) {
    return kinds[0] === 'official'
      ? `Toàn bộ số liệu ${where} là số liệu chính thức.`
      : `Toàn bộ số liệu ${where} là ${provenancePhrase(['illustrative'])}, không phải số liệu chính thức.`;
  }
  return `${cap(mixedClause(values))}.`;
}

/** The provenance line of a tooltip for one row's values (no scope: the tooltip names the row). */
export function tipLine(values: readonly ShownValue[]): string {
  const kinds = kindsOf(values);
  if (kinds.length === 1) return cap(provenancePhrase(kinds));
  if (kinds.length === 0) return '';
  return cap(mixedClause(values.map(({ field, provenance }) => ({ field, provenance }))));
}

/** A claim about a result ("đạt chỉ tiêu"), saying when it rests on illustrative values. */
export function resultClaim(reached: boolean, basis: readonly ValueProvenance[]): string {
  const claim = reached ? 'đạt chỉ tiêu' : 'chưa đạt chỉ tiêu';
  return basis.includes('illustrative') ? `${claim} (theo ${provenancePhrase(['illustrative'])}, không phải kết quả chính thức)` : claim;
}

/** A sentence opener for a trend that rests on illustrative values: "Theo số liệu minh họa, " (or nothing). */
export function basisOpener(basis: readonly ValueProvenance[]): string {
  return basis.includes('illustrative') ? `Theo ${provenancePhrase(['illustrative'])}, ` : '';
}

/** Legend entries of the official/illustrative mark encoding: only the kinds that appear. */
export function markLegend(kinds: readonly ValueProvenance[]): { kind: ValueProvenance; text: string }[] {
  return (['official', 'illustrative'] as const).filter((k) => kinds.includes(k)).map((k) => ({ kind: k, text: k === 'official' ? 'Chính thức' : 'Minh họa' }));
}

/** The key to filled/hollow points, for a subtitle: only when both appear (a single kind needs no key). */
export function markKey(kinds: readonly ValueProvenance[], filled = 'điểm đặc', hollow = 'điểm rỗng'): string {
  return kinds.length === 2 ? `${filled} là số liệu chính thức, ${hollow} là ${provenanceTag('illustrative')}.` : '';
}

/** A table cell for a row's provenance: "Chính thức", "Minh họa", or "Chính thức: tỷ lệ hộ nghèo; còn lại minh họa". */
export function provenanceCell(p: RowProvenance | string, officialFields?: string | null, labelOf: (f: string) => string = fieldLabel): string {
  if (p === 'official') return 'Chính thức';
  if (p === 'illustrative') return 'Minh họa';
  if (p === 'mixed') {
    const fs = officialFieldsOf({ official_fields: officialFields ?? null });
    return `Chính thức: ${joinAnd(fs.map(labelOf))}; còn lại ${provenanceTag('illustrative')}`;
  }
  return String(p);
}

/**
 * The note above a block of figures (home page, campaign page, ward pages): '' when every value
 * is official, otherwise what is illustrative. `what` names the block: "Các số liệu trong phần này".
 */
export function blockNote(values: readonly ShownValue[], what = 'Các số liệu trong phần này'): string {
  const kinds = kindsOf(values);
  if (!kinds.includes('illustrative')) return '';
  if (kinds.length === 1) return `${what} là ${provenancePhrase(['illustrative'])} do nhóm phát triển dựng, không phải số liệu chính thức; mỗi số có nhãn nguồn gốc.`;
  return `${what} có cả số liệu chính thức và minh họa: ${mixedClause(values)}.`;
}

/** The heading word of such a note. */
export const NOTE_TITLE = `${badgeText('illustrative')}.`;

/** The site-wide footer note, from how many values of all data are illustrative ('' when none). */
export function footerNote(c: { illustrative: number; mixed: number }, locale: Locale = 'vi'): string {
  void locale; // TODO(i18n): English template
  if (c.illustrative + c.mixed === 0) return '';
  return `trang có dùng ${provenancePhrase(['illustrative'])} ở những chỗ chưa có số liệu chính thức được công bố; mọi con số minh họa đều được ghi rõ.`;
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

const fmt = (n: number) => n.toLocaleString('vi-VN');

/** The mixed part of a count: "3 dòng chính thức, 1 dòng hỗn hợp, 62 dòng số liệu minh họa". */
function countParts(c: ProvenanceCounts): string {
  const parts: string[] = [];
  if (c.official) parts.push(`${fmt(c.official)} dòng chính thức`);
  if (c.mixed) parts.push(`${fmt(c.mixed)} dòng hỗn hợp (chỉ một số cột là chính thức, xem official_fields)`);
  if (c.illustrative) parts.push(`${fmt(c.illustrative)} dòng ${provenancePhrase(['illustrative'])}`);
  return parts.join(', ');
}

/** Label with counts: "Chính thức (17 dòng)", "Số liệu minh họa (65 dòng)", "Hỗn hợp: …". */
export function datasetLabel(c: ProvenanceCounts): string {
  const o = overallOf(c);
  if (o === 'official') return `Chính thức (${fmt(c.total)} dòng)`;
  if (o === 'illustrative') return `${badgeText('illustrative')} (${fmt(c.total)} dòng)`;
  return `Hỗn hợp: ${countParts(c)}`;
}

/** The counts beside the badges: "toàn bộ 17 dòng" or the mixed label. */
export function datasetCountsText(c: ProvenanceCounts): string {
  return overallOf(c) === 'mixed' ? datasetLabel(c) : `toàn bộ ${fmt(c.total)} dòng`;
}

/** The warning a citation carries when a dataset has illustrative values; null when all are official. */
export function citationNote(c: ProvenanceCounts): string | null {
  if (overallOf(c) === 'official') return null;
  const ill = provenancePhrase(['illustrative']);
  if (overallOf(c) === 'illustrative') return `${badgeText('illustrative')}: toàn bộ ${c.total} dòng là ${ill}, không phải số liệu chính thức.`;
  return `${badgeText('illustrative')}: ${countParts(c)}. Chỉ các giá trị chính thức (dòng official, và các cột ghi ở official_fields của dòng mixed) được trích dẫn như số liệu chính thức.`;
}
