/**
 * The plan's translations, checked by `npm run validate` like any other content: each locale's
 * content/plan/<locale>/*.md must mirror a Vietnamese section (id, number, level, order, figures)
 * and its rows.yaml must carry the data's figures. The page falls back to Vietnamese where they do
 * not, but an editor learns it here, at the file, before it ships.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PREFIXED_LOCALES } from '../i18n/routes';
import { loadPlanTranslation, translationFile, translationProblems } from '../plan/translation';
import { sectionProblems, type SectionEntry } from '../plan/sections';
import type { PlanAgency, PlanProject, PlanTarget } from '../../schemas/plan';
import type { Problem } from './problem';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Every Markdown file under content/plan (the Vietnamese ones and one folder per locale), as section entries. */
function readSections(root: string, problems: Problem[]): SectionEntry[] {
  const dir = join(root, 'content', 'plan');
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) f.endsWith('.md') && files.push(`${name}/${f}`);
    else if (name.endsWith('.md')) files.push(name);
  }
  const out: SectionEntry[] = [];
  for (const rel of files.sort()) {
    const filePath = `content/plan/${rel}`;
    const text = readFileSync(join(dir, rel), 'utf8');
    const m = FRONTMATTER.exec(text);
    let data: unknown;
    try {
      data = m ? parse(m[1]!) : null;
    } catch (e) {
      problems.push({ code: 'yaml-error', file: filePath, line: 1, field: null, message: `phần đầu YAML không đọc được (${(e as Error).message.split('\n')[0]}). Sửa: kiểm tra thụt lề và dấu ngoặc kép.` });
      continue;
    }
    const d = data as Partial<SectionEntry['data']> | null;
    if (!d || typeof d.id !== 'string' || typeof d.order !== 'number' || typeof d.title !== 'string') {
      problems.push({ code: 'content-error', file: filePath, line: 1, field: null, message: 'thiếu phần đầu với id, order, number, title, level. Sửa: chép phần đầu của tệp tiếng Việt cùng id, chỉ dịch title.' });
      continue;
    }
    out.push({ filePath, data: d as SectionEntry['data'], body: m ? text.slice(m[0].length) : text });
  }
  return out;
}

/** Problems of the plan's translations against the Vietnamese sections and the validated data rows. */
export function validatePlanTranslations(root: string, rows: { targets: PlanTarget[]; projects: PlanProject[]; agencies: PlanAgency[] }): Problem[] {
  const problems: Problem[] = [];
  const sections = readSections(root, problems);
  problems.push(...sectionProblems(sections));
  for (const locale of PREFIXED_LOCALES) {
    const { translation, problems: p } = loadPlanTranslation(root, locale);
    problems.push(...p);
    // A file that does not parse is one problem, not one per row it would have held.
    if (translation && p.length === 0) problems.push(...translationProblems(translation, rows, translationFile(locale), locale));
  }
  return problems;
}
