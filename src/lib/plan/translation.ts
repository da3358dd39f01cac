/**
 * Translations of the plan's data rows (data/plan-*.csv stay Vietnamese, as published). A translated
 * edition keeps one file per locale, `content/plan/<locale>/rows.yaml`, keyed by table and row id:
 * the page keeps the structure, ids, numbers and roles from the CSVs and takes only the wording
 * from the translation. Numbers in a translated target are written as placeholders ({baseline},
 * {target}, {change}) and filled from the data; translationProblems() checks that every translated
 * cell carries exactly the figures of its Vietnamese cell, so a translation cannot drift from the data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parse } from 'yaml';
import type { PlanAgency, PlanProject, PlanTarget } from '../../schemas/plan';
import type { Problem } from '../validate/problem';
import type { Locale } from '../i18n/locales';
import { formatTargetValue, splitItems } from './index';

/** A translated cell: one string, or a list matching the " | " items of the Vietnamese cell. */
const cell = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** Translated fields of each table (the others are ids, codes of roles, provenance: never translated). */
export const TRANSLATED_FIELDS = {
  targets: ['text', 'unit'],
  projects: ['code', 'name', 'objective', 'beneficiaries', 'content', 'assignment'],
  agencies: ['duties', 'gloss'],
} as const;

const row = <K extends readonly string[]>(keys: K) => z.object(Object.fromEntries(keys.map((k) => [k, cell.optional()])) as Record<K[number], z.ZodOptional<typeof cell>>).strict();

/** The shape of a rows file. `agencies.<id>.gloss` is the English (etc.) gloss of the Vietnamese agency name. */
export const planTranslationSchema = z
  .object({
    targets: z.record(z.string(), row(TRANSLATED_FIELDS.targets)).default({}),
    projects: z.record(z.string(), row(TRANSLATED_FIELDS.projects)).default({}),
    agencies: z.record(z.string(), row(TRANSLATED_FIELDS.agencies)).default({}),
  })
  .strict();

/** A parsed rows file. */
export type PlanTranslation = z.output<typeof planTranslationSchema>;
type Table = keyof PlanTranslation;

/** The rows file of a locale, relative to the project root. */
export const translationFile = (locale: Locale) => `content/plan/${locale}/rows.yaml`;

/**
 * The rows file of a locale under `root`, or null when the locale has none (the original language,
 * or a language whose plan is not translated). Problems of the file are returned, never thrown.
 */
export function loadPlanTranslation(root: string, locale: Locale): { translation: PlanTranslation | null; problems: Problem[] } {
  const file = translationFile(locale);
  const path = join(root, file);
  if (!existsSync(path)) return { translation: null, problems: [] };
  return parsePlanTranslation(readFileSync(path, 'utf8'), file);
}

/** Parses a rows file; never throws: a broken file gives problems and an empty translation. */
export function parsePlanTranslation(text: string, file: string): { translation: PlanTranslation; problems: Problem[] } {
  const empty: PlanTranslation = { targets: {}, projects: {}, agencies: {} };
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (e) {
    return { translation: empty, problems: [{ code: 'yaml-error', file, line: null, field: null, message: `tệp YAML không đọc được (${(e as Error).message}). Sửa: kiểm tra thụt lề và dấu ngoặc kép.` }] };
  }
  const r = planTranslationSchema.safeParse(raw);
  if (r.success) return { translation: r.data, problems: [] };
  return {
    translation: empty,
    problems: r.error.issues.map((i) => ({ code: 'type-error' as const, file, line: null, field: i.path.join('.'), message: `${i.message}. Sửa: mỗi dòng chỉ có các trường ${Object.entries(TRANSLATED_FIELDS).map(([t, f]) => `${t}: ${f.join(', ')}`).join('; ')}.` })),
  };
}

/** A cell with no letters ("%", a figure) has nothing to translate and keeps its value. */
const hasWords = (v: unknown): v is string => typeof v === 'string' && /\p{L}/u.test(v);
const asText = (v: string | string[] | undefined): string | null => (v === undefined ? null : Array.isArray(v) ? v.join(' | ') : v);
const itemCount = (v: string | string[]) => (Array.isArray(v) ? v.length : splitItems(v).length);

/** The figures of a text as digit runs, whatever the separators: "0,72%" and "0.72%" both give ["0", "72"]. */
export function digitRuns(text: string): string[] {
  return (text.match(/\d+/g) ?? []).map((d) => String(Number(d))).sort();
}

/** Fills a translated target's placeholders from its row, formatted for the locale. */
export function fillTarget(text: string, t: PlanTarget, unit: string | null, locale: Locale): string {
  const fmt = (v: number | null) => (v === null ? '' : formatTargetValue(v, unit, locale));
  const change = t.baseline !== null && t.target !== null ? Math.round(Math.abs(t.baseline - t.target) * 100) / 100 : null;
  return text.replace(/\{(baseline|target|actual|change)\}/g, (_, k: string) => fmt(k === 'change' ? change : (t[k as 'baseline' | 'target' | 'actual'] ?? null)));
}

/** A translated plan: the rows in the locale's wording, plus the cells left in Vietnamese ("id:field"). */
export interface LocalizedPlan {
  targets: PlanTarget[];
  projects: PlanProject[];
  agencies: PlanAgency[];
  /** Cells with no translation, shown in Vietnamese (marked lang="vi" on the page). */
  untranslated: Set<string>;
  /** Gloss of an agency name in the locale, if the rows file gives one. */
  gloss: (agencyId: string) => string | null;
}

/** True when a translated cell carries exactly the figures of its original cell (and no unfilled placeholder). */
export function sameFigures(original: string, translated: string): boolean {
  return !/\{[a-z]+\}/.test(translated) && digitRuns(original).join(' ') === digitRuns(translated).join(' ');
}

/**
 * The plan rows in a locale. With no translation (the default locale) the rows are returned as they
 * are. A translated cell replaces the Vietnamese one; a missing cell, or one whose figures or item
 * count differ from the Vietnamese (data changed since it was translated), keeps the Vietnamese
 * text and is listed in `untranslated`: a translation can never show a figure the data does not hold.
 */
export function localizePlan(rows: { targets: PlanTarget[]; projects: PlanProject[]; agencies: PlanAgency[] }, tr: PlanTranslation | null, locale: Locale): LocalizedPlan {
  const untranslated = new Set<string>();
  if (!tr) return { ...rows, untranslated, gloss: () => null };
  function swap<R extends { id: string }>(table: Table, r: R, fields: readonly string[], fill: (text: string) => string = (x) => x): R {
    const t = (tr![table] as Record<string, Record<string, string | string[] | undefined>>)[r.id] ?? {};
    const out: Record<string, unknown> = { ...r };
    for (const f of fields) {
      const vi = (r as Record<string, unknown>)[f];
      if (!hasWords(vi)) continue;
      const given = t[f];
      const v = given === undefined ? null : fill(asText(given)!);
      if (v === null || itemCount(given!) !== splitItems(vi).length || !sameFigures(vi, v)) untranslated.add(`${r.id}:${f}`);
      else out[f] = v;
    }
    return out as R;
  }
  const targets = rows.targets.map((r) => {
    const unit = swap('targets', r, ['unit']).unit;
    return { ...swap('targets', r, ['text'], (text) => fillTarget(text, r, unit, locale)), unit };
  });
  return {
    targets,
    projects: rows.projects.map((r) => swap('projects', r, TRANSLATED_FIELDS.projects)),
    agencies: rows.agencies.map((r) => swap('agencies', r, ['duties'])),
    untranslated,
    gloss: (id) => asText(tr.agencies[id]?.gloss) ?? null,
  };
}

/**
 * What is wrong with a rows file against the data: unknown ids, missing cells (every non-blank
 * Vietnamese cell needs a translation, every agency a gloss), lists whose length differs from the
 * Vietnamese items, and figures that differ from the Vietnamese cell (targets after filling placeholders).
 */
export function translationProblems(tr: PlanTranslation, rows: { targets: PlanTarget[]; projects: PlanProject[]; agencies: PlanAgency[] }, file: string, locale: Locale): Problem[] {
  const out: Problem[] = [];
  const push = (field: string, message: string, code: Problem['code'] = 'consistency-error') => out.push({ code, file, line: null, field, message });
  const check = <R extends { id: string }>(table: Table, list: R[], fields: readonly string[], fill?: (text: string, r: R) => string) => {
    const given = tr[table] as Record<string, Record<string, string | string[] | undefined>>;
    const ids = new Set(list.map((r) => r.id));
    for (const id of Object.keys(given)) if (!ids.has(id)) push(`${table}.${id}`, `mã "${id}" không có trong data/plan-${table}.csv. Sửa: dùng đúng mã cột id hoặc xoá mục này.`);
    for (const r of list) {
      for (const f of fields) {
        const vi = (r as Record<string, unknown>)[f];
        const t = given[r.id]?.[f];
        const where = `${table}.${r.id}.${f}`;
        if (f === 'gloss') {
          if (t === undefined) push(where, `cơ quan "${r.id}" chưa có tên dịch kèm theo. Sửa: thêm "gloss".`, 'constraint-error');
          continue;
        }
        if (!hasWords(vi)) {
          if (t !== undefined) push(where, `ô tiếng Việt không có chữ để dịch ("${vi ?? ''}") nhưng bản dịch có trường này. Sửa: xoá trường "${f}".`);
          continue;
        }
        if (t === undefined) {
          push(where, `chưa có bản dịch. Sửa: thêm trường "${f}".`, 'constraint-error');
          continue;
        }
        if (itemCount(t) !== splitItems(vi).length) push(where, `bản dịch có ${itemCount(t)} ý, ô tiếng Việt có ${splitItems(vi).length} ý. Sửa: mỗi ý (cách nhau bởi " | ") dịch thành đúng một mục.`);
        const text = fill ? fill(asText(t)!, r) : asText(t)!;
        if (/\{[a-z]+\}/.test(text)) push(where, `chỗ giữ chỗ không hợp lệ trong "${text}". Sửa: chỉ dùng {baseline}, {target}, {actual}, {change}.`);
        const a = digitRuns(vi).join(' ');
        const b = digitRuns(text).join(' ');
        if (!sameFigures(vi, text) && a !== b) push(where, `các con số khác ô tiếng Việt (tiếng Việt: ${a || 'không có'}; bản dịch: ${b || 'không có'}). Sửa: giữ đúng các con số, viết bằng chữ số.`);
      }
    }
  };
  check('targets', rows.targets, ['text', 'unit'], (text, r) => fillTarget(text, r, r.unit, locale));
  check('projects', rows.projects, TRANSLATED_FIELDS.projects);
  check('agencies', rows.agencies, TRANSLATED_FIELDS.agencies);
  return out;
}
