/**
 * The plan page's structure, built from the plan CSVs: targets by group, the project tree,
 * policies, agencies with the projects they lead. Pure functions, no Astro imports.
 */
import type { PlanAgency, PlanProject, PlanTarget } from '../../schemas/plan';
import { DIMENSIONS } from '../../schemas/plan';
import { formatNumber } from '../format';

/** Vietnamese labels of the six deprivation dimensions, in the plan's order. */
export const DIMENSION_LABELS: Record<(typeof DIMENSIONS)[number], string> = {
  'viec-lam': 'Việc làm',
  'y-te': 'Y tế',
  'giao-duc': 'Giáo dục, đào tạo',
  'nha-o': 'Nhà ở',
  'nuoc-ve-sinh': 'Nước sinh hoạt và vệ sinh',
  'thong-tin': 'Thông tin',
};

/** Splits a " | "-separated cell into trimmed, non-empty items; blank → []. */
export function splitItems(cell: string | null | undefined): string[] {
  if (!cell) return [];
  return cell.split('|').map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The plan section a `source` cites, e.g. "Kế hoạch 122/KH-UBND, mục II.3.2.d" → "II.3.2.d"; null if none. */
export function sectionOf(source: string): string | null {
  const m = /mục\s+([IVX]+(?:\.[0-9a-zđ]+)*)/u.exec(source);
  return m ? m[1]! : null;
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

/** An agency with the projects/policies it leads and those it helps implement. */
export interface AgencyNode {
  agency: PlanAgency;
  leads: PlanProject[];
  supports: PlanProject[];
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
    .map((agency) => ({
      agency,
      leads: projects.filter((p) => p.lead_agency === agency.id),
      supports: projects.filter((p) => p.lead_agency !== agency.id && splitItems(p.implementing_agencies).includes(agency.id)),
    }));
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

/** A short label for a project: "Dự án 3 – Tiểu dự án 1" for a sub-project, else its code. */
export function projectLabel(p: PlanProject, all: PlanProject[]): string {
  if (p.kind !== 'tieu-du-an' || !p.parent_id) return p.code;
  const parent = all.find((x) => x.id === p.parent_id);
  return parent ? `${parent.code}, ${p.code}` : p.code;
}

/** A target value with its unit, Vietnamese-formatted: 0.72 "%" → "0,72%", 100 "%" → "100%", 10 "căn nhà" → "10 căn nhà". */
export function formatTargetValue(v: number, unit: string | null): string {
  const digits = Number.isInteger(v) ? 0 : 2;
  const n = formatNumber(v, digits);
  if (unit === '%') return `${n}%`;
  return unit ? `${n} ${unit}` : n;
}
