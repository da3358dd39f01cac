/**
 * The plan's text sections per locale. content/plan/*.md is the Vietnamese text and defines the
 * structure (ids, order, numbering, levels, data sections); a translation lives in
 * content/plan/<locale>/*.md with the same ids and takes only the title and the body from there,
 * so every edition has the same headings, numbering and anchors. Also: where an agency is first
 * named on the page (it carries its gloss there).
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import type { Problem } from '../validate/problem';
import type { PlanModel } from './index';
import { rolesOf, subProjectLeads } from './roles';
import { digitRuns } from './translation';

/** Frontmatter of a plan section (see the `plan` collection in src/content.config.ts). */
export interface PlanSectionData {
  id: string;
  order: number;
  number: string;
  title: string;
  level: 2 | 3;
  data?: string | undefined;
}

/** What the page needs of a collection entry. */
export interface SectionEntry {
  filePath?: string | undefined;
  data: PlanSectionData;
  /** The Markdown body, when known: a translation must carry the same figures. */
  body?: string | undefined;
}

/** A translated section that can stand for its original: same structure and, when both bodies are known, the same figures. */
function mirrors(o: SectionEntry, t: SectionEntry): boolean {
  const same = (['number', 'level', 'order', 'data'] as const).every((k) => (o.data[k] ?? null) === (t.data[k] ?? null));
  return same && (o.body === undefined || t.body === undefined || sameBodyFigures(o.body, t.body));
}

/** True when two section bodies hold the same figures (digit runs, whatever the separators). */
export function sameBodyFigures(a: string, b: string): boolean {
  return digitRuns(a).join(' ') === digitRuns(b).join(' ');
}

/** The locale of a section file: "content/plan/en/00-mo-dau.md" → en, "content/plan/00-mo-dau.md" → vi. */
export function entryLocale(filePath: string | undefined): Locale | null {
  const m = /(?:^|\/)content\/plan\/(?:([^/]+)\/)?[^/]+\.md$/.exec((filePath ?? '').replace(/\\/g, '/'));
  if (!m) return null;
  if (!m[1]) return DEFAULT_LOCALE;
  return (LOCALES as readonly string[]).includes(m[1]) && m[1] !== DEFAULT_LOCALE ? (m[1] as Locale) : null;
}

/** One section as a locale shows it: the structure of the original, the title and body of `entry`. */
export interface LocalizedSection<E extends SectionEntry> {
  data: PlanSectionData;
  entry: E;
  /** The language the body is in: the page's locale, or the default one when the section is not translated yet. */
  lang: Locale;
}

/**
 * The sections in order for a locale. A section with no translation, or whose translation does not
 * mirror the original (structure or figures), falls back to the original and says so through `lang`.
 */
export function localizeSections<E extends SectionEntry>(entries: readonly E[], locale: Locale): LocalizedSection<E>[] {
  const original = entries.filter((e) => entryLocale(e.filePath) === DEFAULT_LOCALE).sort((a, b) => a.data.order - b.data.order);
  const translated = new Map(entries.filter((e) => locale !== DEFAULT_LOCALE && entryLocale(e.filePath) === locale).map((e) => [e.data.id, e]));
  return original.map((o) => {
    const t = translated.get(o.data.id);
    return t && mirrors(o, t) ? { data: { ...o.data, title: t.data.title }, entry: t, lang: locale } : { data: o.data, entry: o, lang: DEFAULT_LOCALE };
  });
}

/**
 * Translated sections that do not mirror the original: an id the original lacks, a different
 * number, level, order or data section, or a file in a folder that is not a site locale.
 */
export function sectionProblems(entries: readonly SectionEntry[]): Problem[] {
  const out: Problem[] = [];
  const byId = new Map(entries.filter((e) => entryLocale(e.filePath) === DEFAULT_LOCALE).map((e) => [e.data.id, e]));
  for (const e of entries) {
    const file = e.filePath ?? 'content/plan';
    const locale = entryLocale(e.filePath);
    if (locale === null) {
      out.push({ code: 'file-error', file, line: null, field: null, message: `thư mục của tệp không phải một ngôn ngữ của trang (${LOCALES.join(', ')}). Sửa: đặt bản dịch vào content/plan/<mã ngôn ngữ>/.` });
      continue;
    }
    if (locale === DEFAULT_LOCALE) continue;
    const original = byId.get(e.data.id);
    if (!original) {
      out.push({ code: 'consistency-error', file, line: null, field: 'id', message: `mục "${e.data.id}" không có trong bản tiếng Việt. Sửa: dùng đúng id của một tệp content/plan/*.md.` });
      continue;
    }
    const o = original.data;
    if (original.body !== undefined && e.body !== undefined && !sameBodyFigures(original.body, e.body)) {
      out.push({ code: 'consistency-error', file, line: null, field: 'body', message: `các con số khác bản tiếng Việt (tiếng Việt: ${digitRuns(original.body).join(' ')}; bản dịch: ${digitRuns(e.body).join(' ')}). Sửa: giữ đúng các con số và ngày tháng, viết bằng chữ số (ngày dạng 26/02/2024).` });
    }
    for (const k of ['number', 'level', 'order', 'data'] as const) {
      if ((o[k] ?? null) !== (e.data[k] ?? null)) out.push({ code: 'consistency-error', file, line: null, field: k, message: `${k} là "${e.data[k] ?? ''}", bản tiếng Việt là "${o[k] ?? ''}". Sửa: chép đúng giá trị của bản tiếng Việt; bản dịch chỉ dịch title và nội dung.` });
    }
  }
  return out;
}

/**
 * The row (project, sub-project or policy id) where each agency is first named in the plan's data
 * sections, in page order: the page adds the agency's gloss there (and in its own section IV entry).
 */
export function firstMentions(model: PlanModel): Map<string, string> {
  const first = new Map<string, string>();
  const mention = (row: string, agencies: string[]) => agencies.forEach((a) => first.has(a) || first.set(a, row));
  for (const { project, children } of model.projects) {
    mention(project.id, [...rolesOf(project), ...subProjectLeads(project, children).map((l) => l.role)].map((r) => r.agency));
    for (const c of children) mention(c.id, rolesOf(c).map((r) => r.agency));
  }
  for (const { policy } of model.policies) mention(policy.id, rolesOf(policy).map((r) => r.agency));
  return first;
}
