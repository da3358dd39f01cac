/**
 * The plan page's structure, built from the plan CSVs: targets by group, the project tree,
 * policies, agencies with the projects they lead. Pure functions, no Astro imports.
 */
import type { PlanAgency, PlanProject, PlanTarget } from '../../schemas/plan';
import { sectionOf } from '../../schemas/plan';
import { formatsFor } from '../format';
import type { Locale } from '../i18n/locales';
import { rolesOfAgency, type AgencyRole } from './roles';

export { sectionOf };

/** Splits a " | "-separated cell into trimmed, non-empty items; blank → []. */
export function splitItems(cell: string | null | undefined): string[] {
  if (!cell) return [];
  return cell.split('|').map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A component project (dự án) with its sub-projects. */
export interface ProjectNode {
  project: PlanProject;
  children: PlanProject[];
}

/** A policy (chính sách) with the numeric tasks (`nhiem-vu` targets) its section states. */
export interface PolicyNode {
  policy: PlanProject;
  tasks: PlanTarget[];
}

/** An agency with every role the data records for it (see roles.ts), and the rows it leads (chủ trì). */
export interface AgencyNode {
  agency: PlanAgency;
  roles: AgencyRole[];
  leads: PlanProject[];
}

/** Everything the plan page renders from data. */
export interface PlanModel {
  targetsChung: PlanTarget[];
  targetsThieuHut: PlanTarget[];
  projects: ProjectNode[];
  policies: PolicyNode[];
  agencies: AgencyNode[];
  /** `nhiem-vu` targets no policy section claims (should be none; shown after the policies if any). */
  orphanTasks: PlanTarget[];
  agencyById: Map<string, PlanAgency>;
}

/** Builds the plan model. Keeps CSV order; agencies sorted by their `order` (section IV numbering). */
export function buildPlan(targets: PlanTarget[], projects: PlanProject[], agencies: PlanAgency[]): PlanModel {
  const tasks = targets.filter((t) => t.group === 'nhiem-vu');
  const policies = projects
    .filter((p) => p.kind === 'chinh-sach')
    .map((policy) => ({ policy, tasks: tasks.filter((t) => sectionOf(t.source) !== null && sectionOf(t.source) === sectionOf(policy.source)) }));
  const claimed = new Set(policies.flatMap((p) => p.tasks.map((t) => t.id)));
  const tops = projects.filter((p) => p.kind === 'du-an');
  const subs = projects.filter((p) => p.kind === 'tieu-du-an');
  const topIds = new Set(tops.map((p) => p.id));
  const nodes: ProjectNode[] = tops.map((project) => ({ project, children: subs.filter((s) => s.parent_id === project.id) }));
  // A sub-project whose parent is missing still appears, as its own node, so nothing is silently dropped.
  for (const s of subs) if (!s.parent_id || !topIds.has(s.parent_id)) nodes.push({ project: s, children: [] });
  const agencyNodes = [...agencies]
    .sort((a, b) => a.order - b.order)
    .map((agency) => {
      const roles = rolesOfAgency(agency.id, projects);
      return { agency, roles, leads: [...new Set(roles.filter((r) => r.role === 'chu-tri').map((r) => r.project))] };
    });
  return {
    targetsChung: targets.filter((t) => t.group === 'chung'),
    targetsThieuHut: targets.filter((t) => t.group === 'thieu-hut'),
    projects: nodes,
    policies,
    agencies: agencyNodes,
    orphanTasks: tasks.filter((t) => !claimed.has(t.id)),
    agencyById: new Map(agencies.map((a) => [a.id, a])),
  };
}

/** Every in-page anchor id the plan's data sections produce (targets, projects, agencies), for uniqueness checks. */
export function dataAnchors(model: PlanModel): string[] {
  return [
    ...model.targetsChung.map((t) => t.id),
    ...model.targetsThieuHut.map((t) => t.id),
    ...model.projects.flatMap((n) => [n.project.id, ...n.children.map((c) => c.id)]),
    ...model.policies.flatMap((p) => [p.policy.id, ...p.tasks.map((t) => t.id)]),
    ...model.orphanTasks.map((t) => t.id),
    ...model.agencies.map((a) => a.agency.id),
  ];
}

/**
 * The plan's bullets of a target list: a row whose text starts with a lower-case letter continues the
 * bullet before it (II.2.a's first bullet holds two targets: "… 0,72%)" and "và giảm tỷ lệ hộ cận nghèo …").
 * Every bullet of the plan itself starts with a capital letter or a figure.
 */
export function targetBullets(targets: PlanTarget[]): PlanTarget[][] {
  const out: PlanTarget[][] = [];
  for (const t of targets) {
    const first = t.text.trimStart().charAt(0);
    const continues = first !== first.toLocaleUpperCase('vi') && out.length > 0;
    if (continues) out[out.length - 1]!.push(t);
    else out.push([t]);
  }
  return out;
}

/** A plan text section (content/plan/*.md frontmatter) as the page needs it. */
export interface PlanSectionHead {
  number: string;
  title: string;
}

/**
 * True for a heading the site adds for navigation (the opening and the closing of the document):
 * every heading of the plan itself is numbered (I, II.1, IV…), so an unnumbered one is the site's own.
 */
export function isSiteHeading(d: PlanSectionHead): boolean {
  return d.number.trim() === '';
}

/** A short label for a project: "Dự án 3 – Tiểu dự án 1" for a sub-project, else its code. */
export function projectLabel(p: PlanProject, all: PlanProject[]): string {
  if (p.kind !== 'tieu-du-an' || !p.parent_id) return p.code;
  const parent = all.find((x) => x.id === p.parent_id);
  return parent ? `${parent.code}, ${p.code}` : p.code;
}

/**
 * A target value with its unit, formatted for the locale (Vietnamese by default):
 * 0.72 "%" → "0,72%" / "0.72%", 100 "%" → "100%", 10 "căn nhà" → "10 căn nhà".
 */
export function formatTargetValue(v: number, unit: string | null, locale: Locale = 'vi'): string {
  const digits = Number.isInteger(v) ? 0 : 2;
  const n = formatsFor(locale).number(v, digits);
  if (unit === '%') return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}

/** The section number of a policy code, as its heading shows it: "Chính sách 3.2.a" → "3.2.a" (any language). */
export function policyNumber(code: string): string {
  return code.trim().split(/\s+/).pop() ?? code;
}
