/**
 * The plan in other languages: the shipped translation mirrors the Vietnamese plan (sections and rows),
 * carries the data's figures, and the mechanisms fall back to Vietnamese rather than show a wrong figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../src/lib/validate/index';
import { LOCALES, DEFAULT_LOCALE, strings } from '../../../src/lib/i18n/index';
import { digitRuns, fillTarget, loadPlanTranslation, localizePlan, parsePlanTranslation, translationProblems, type PlanTranslation } from '../../../src/lib/plan/translation';
import { entryLocale, firstMentions, localizeSections, sectionProblems, type SectionEntry } from '../../../src/lib/plan/sections';
import { buildPlan, formatTargetValue, policyNumber } from '../../../src/lib/plan/index';
import type { PlanTarget } from '../../../src/schemas/plan';

const ROOT = process.cwd();
const { tables } = validateProject(ROOT);
const rows = { targets: tables['plan-targets'].rows, projects: tables['plan-projects'].rows, agencies: tables['plan-agencies'].rows };
const TRANSLATED = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** The plan's section files of every locale, as the collection gives them (frontmatter, body, path). */
function sectionEntries(): SectionEntry[] {
  const dir = join(ROOT, 'content', 'plan');
  const read = (rel: string): SectionEntry => {
    const text = readFileSync(join(dir, rel), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text)!;
    return { filePath: `content/plan/${rel}`, data: parse(m[1]!), body: m[2]! };
  };
  const top = readdirSync(dir).filter((f) => f.endsWith('.md'));
  const nested = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.md')).map((f) => `${d.name}/${f}`));
  return [...top, ...nested].map(read);
}

describe('shipped plan translations', () => {
  for (const locale of TRANSLATED) {
    it(`${locale}: rows file parses and mirrors the data (every cell, item counts, figures)`, () => {
      const { translation, problems } = loadPlanTranslation(ROOT, locale);
      expect(problems).toEqual([]);
      expect(translation).not.toBeNull();
      expect(translationProblems(translation!, rows, 'rows.yaml', locale)).toEqual([]);
      const loc = localizePlan(rows, translation, locale);
      expect([...loc.untranslated]).toEqual([]);
      for (const a of rows.agencies) expect(loc.gloss(a.id), a.id).toBeTruthy();
    });
    it(`${locale}: every section is translated, with the same structure and figures`, () => {
      const entries = sectionEntries();
      expect(sectionProblems(entries)).toEqual([]);
      const shown = localizeSections(entries, locale);
      expect(shown.map((s) => s.lang)).toEqual(shown.map(() => locale));
      const original = localizeSections(entries, DEFAULT_LOCALE);
      expect(shown.map((s) => [s.data.id, s.data.number, s.data.level, s.data.order])).toEqual(original.map((s) => [s.data.id, s.data.number, s.data.level, s.data.order]));
      expect(shown.every((s, i) => s.data.title !== original[i]!.data.title)).toBe(true);
    });
  }
});

describe('English targets come from the data', () => {
  const { translation } = loadPlanTranslation(ROOT, 'en');
  const loc = localizePlan(rows, translation, 'en');
  const byId = new Map(loc.targets.map((t) => [t.id, t]));
  it('fills baseline, target and change in English format', () => {
    expect(byId.get('ty-le-ho-ngheo')!.text).toContain('by 0.25% (down from 0.97% to 0.72%)');
    expect(byId.get('ty-le-ho-can-ngheo')!.text).toContain('0.34% (down from 2.50% to 2.16%)');
    expect(byId.get('xay-moi-nha-2024')!.text).toContain('10 houses');
    expect(byId.get('xay-moi-nha-2024')!.unit).toBe('houses');
  });
  it('follows the data when a figure changes', () => {
    const changed = rows.targets.map((t) => (t.id === 'ty-le-ho-ngheo' ? { ...t, baseline: 1.05, text: t.text.replace('0,97%', '1,05%').replace('0,25%', '0,33%') } : t));
    const out = localizePlan({ ...rows, targets: changed }, translation, 'en');
    expect(out.targets.find((t) => t.id === 'ty-le-ho-ngheo')!.text).toContain('by 0.33% (down from 1.05% to 0.72%)');
    expect(out.untranslated.size).toBe(0);
  });
  it('falls back to Vietnamese, never a wrong figure, when the Vietnamese wording gains a figure the translation lacks', () => {
    const changed = rows.projects.map((p) => (p.id === 'chinh-sach-nha-o' ? { ...p, content: p.content!.replace('10 căn', '12 căn') } : p));
    const out = localizePlan({ ...rows, projects: changed }, translation, 'en');
    expect(out.untranslated.has('chinh-sach-nha-o:content')).toBe(true);
    expect(out.projects.find((p) => p.id === 'chinh-sach-nha-o')!.content).toContain('12 căn');
    expect(translationProblems(translation!, { ...rows, projects: changed }, 'f', 'en').map((p) => p.field)).toEqual(['projects.chinh-sach-nha-o.content']);
  });
  it('formats target values per locale', () => {
    expect(formatTargetValue(0.72, '%', 'en')).toBe('0.72%');
    expect(formatTargetValue(0.72, '%')).toBe('0,72%');
    expect(formatTargetValue(1234, 'houses', 'en')).toBe('1,234 houses');
    expect(fillTarget('{baseline} → {target} ({change})', { baseline: 2.5, target: 2.16, actual: null } as PlanTarget, '%', 'vi')).toBe('2,50% → 2,16% (0,34%)');
  });
});

describe('translationProblems', () => {
  const tr: PlanTranslation = {
    targets: { 'ty-le-ho-ngheo': { text: 'By the end of 2024, reduce the rate by {change} from {baseline} to {target}' }, 'ghost-row': { text: 'x' } },
    projects: { 'du-an-3': { code: 'Project 3', name: 'Production {oops}' }, 'du-an-2': { code: 'Project 2', name: 'Livelihoods', beneficiaries: ['only one item'] } },
    agencies: { 'phong-ldtbxh': { gloss: 'Office', duties: ['a', 'b', 'c', 'Report in 2025'] } },
  };
  const problems = translationProblems(tr, rows, 'content/plan/en/rows.yaml', 'en');
  const fields = problems.map((p) => p.field);
  it('reports unknown ids, missing cells and glosses, item counts, figures and placeholders', () => {
    expect(fields).toContain('targets.ghost-row');
    expect(fields).toContain('targets.ty-le-ho-can-ngheo.text');
    expect(fields).not.toContain('targets.ty-le-ho-ngheo.text');
    expect(fields).toContain('projects.du-an-3.name');
    expect(fields).toContain('projects.du-an-2.beneficiaries');
    expect(fields).toContain('agencies.phong-ldtbxh.duties');
    expect(fields).toContain('agencies.phong-kinh-te.gloss');
    expect(problems.every((p) => p.message.includes('Sửa:'))).toBe(true);
  });
  it('never throws on a broken file', () => {
    expect(parsePlanTranslation('targets: [unclosed', 'f').problems[0]!.code).toBe('yaml-error');
    expect(parsePlanTranslation('targets:\n  x:\n    title: "no such field"\n', 'f').problems[0]!.code).toBe('type-error');
    expect(parsePlanTranslation('', 'f').problems).toEqual([]);
  });
  it('compares figures whatever the separators', () => {
    expect(digitRuns('giảm từ 0,97% xuống 1.234 hộ')).toEqual(digitRuns('from 0.97% to 1,234 households'));
    expect(digitRuns('ngày 25/3/2021')).not.toEqual(digitRuns('25 March 2021'));
  });
});

describe('plan sections per locale', () => {
  const vi = (id: string, order: number, number: string, body = ''): SectionEntry => ({ filePath: `content/plan/${order}.md`, data: { id, order, number, title: `vi ${id}`, level: 2 }, body });
  const en = (id: string, order: number, number: string, body = ''): SectionEntry => ({ filePath: `content/plan/en/${order}.md`, data: { id, order, number, title: `en ${id}`, level: 2 }, body });
  it('reads the locale from the folder', () => {
    expect(entryLocale('content/plan/00-mo-dau.md')).toBe('vi');
    expect(entryLocale('/abs/content/plan/en/00-mo-dau.md')).toBe('en');
    expect(entryLocale('content/plan/xx/00-mo-dau.md')).toBeNull();
  });
  it('keeps the original structure and falls back where the translation is missing or differs', () => {
    const entries = [vi('a', 1, 'I', 'năm 2024'), vi('b', 2, 'II'), vi('c', 3, 'III', 'năm 2024'), en('a', 1, 'I', 'in 2024'), en('b', 2, 'II.9'), en('c', 3, 'III', 'in 2025')];
    expect(localizeSections(entries, 'en').map((s) => [s.data.id, s.data.number, s.data.title, s.lang])).toEqual([
      ['a', 'I', 'en a', 'en'],
      ['b', 'II', 'vi b', 'vi'],
      ['c', 'III', 'vi c', 'vi'],
    ]);
    const p = sectionProblems([...entries, en('zz', 9, 'IX'), { ...en('a', 1, 'I'), filePath: 'content/plan/fr-x/a.md' }]);
    expect(p.map((x) => x.field)).toEqual(['number', 'body', 'id', null]);
  });
});

describe('agency glosses and labels', () => {
  it('glosses each agency at the first row that names it', () => {
    const first = firstMentions(buildPlan(rows.targets, rows.projects, rows.agencies));
    expect(first.get('phong-ldtbxh')).toBe('du-an-2');
    expect(first.get('phong-kinh-te')).toBe('du-an-3');
    expect(first.get('ngan-hang-csxh')).toBe('chinh-sach-tin-dung');
    expect(first.has('mttq-hoi-doan-the')).toBe(false);
  });
  it('words policies and roles per locale', () => {
    expect(policyNumber('Chính sách 3.2.a')).toBe('3.2.a');
    expect(policyNumber('Policy 3.2.đ')).toBe('3.2.đ');
    const en = strings('en').plan;
    expect(en.roles.sections('II.3.1.b, IV.2')).toBe('per section II.3.1.b, IV.2');
    expect(en.dimensionHeading(en.dimensions['nha-o'])).toBe('Housing dimension');
    expect(strings('vi').plan.dimensionHeading(strings('vi').plan.dimensions['nha-o'])).toBe('Chiều nhà ở');
  });
});
