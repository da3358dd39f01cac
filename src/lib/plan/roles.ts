/**
 * Agency roles of the plan's projects and policies, as recorded in the `roles` column of
 * data/plan-projects.csv: each role with the plan sections that give it. The plan page shows
 * roles only through these functions, so it can show no role the data does not record with a section.
 */
import type { PlanAgency, PlanProject, PlanRole, RoleKind } from '../../schemas/plan';
import { ROLE_KINDS, parseRoles } from '../../schemas/plan';
import type { Problem } from '../validate/problem';

/** Vietnamese labels of the role kinds, as the plan words them. */
export const ROLE_LABELS: Record<RoleKind, string> = { 'chu-tri': 'Chủ trì', 'phoi-hop': 'Phối hợp', 'thuc-hien': 'Thực hiện' };

/** The roles of one row, in the order the data records them. */
export function rolesOf(p: PlanProject): PlanRole[] {
  return parseRoles(p.roles);
}

/** One kind of role of a row and the agencies holding it, in data order. */
export interface RoleGroup {
  role: RoleKind;
  label: string;
  entries: PlanRole[];
}

/** A row's roles grouped by kind (chủ trì, phối hợp, thực hiện); kinds nobody holds are left out. */
export function roleGroups(p: PlanProject): RoleGroup[] {
  const roles = rolesOf(p);
  return ROLE_KINDS.map((role) => ({ role, label: ROLE_LABELS[role], entries: roles.filter((r) => r.role === role) })).filter((g) => g.entries.length > 0);
}

/** The sections a role rests on, as shown beside it: ["II.3.1.b", "IV.2"] → "theo mục II.3.1.b, IV.2". */
export function sectionsLabel(sections: string[]): string {
  return `theo mục ${sections.join(', ')}`;
}

/** True when the row's roles all come from section IV only (the row's own text names no agency, as in II.3.2). */
export function rolesFromSectionIvOnly(p: PlanProject): boolean {
  const roles = rolesOf(p);
  return roles.length > 0 && roles.every((r) => r.sections.every((s) => s.startsWith('IV.')));
}

/** The roles of one agency in one row, when the row's sections give it more than one kind of role. */
export interface RoleDifference {
  agency: string;
  roles: PlanRole[];
}

/** The agencies the plan gives different roles in different sections of the same row, with those roles. */
export function roleDifferenceEntries(p: PlanProject): RoleDifference[] {
  const roles = rolesOf(p);
  const agencies = [...new Set(roles.map((r) => r.agency))];
  return agencies
    .map((agency) => ({ agency, roles: roles.filter((r) => r.agency === agency) }))
    .filter((d) => new Set(d.roles.map((r) => r.role)).size > 1);
}

/**
 * One sentence per agency the plan gives different roles in different sections of the same row,
 * e.g. "Kế hoạch ghi vai trò của X khác nhau giữa các mục: mục II.3.1.d ghi “chủ trì”; mục IV.5 ghi “phối hợp”."
 */
export function roleDifferences(p: PlanProject, agencyName: (id: string) => string): string[] {
  return roleDifferenceEntries(p).map((d) => {
    const parts = d.roles.map((r) => `mục ${r.sections.join(', ')} ghi “${ROLE_LABELS[r.role].toLowerCase()}”`);
    return `Kế hoạch ghi vai trò của ${agencyName(d.agency)} khác nhau giữa các mục: ${parts.join('; ')}.`;
  });
}

/** A sub-project's lead, shown on its parent project. */
export interface SubProjectLead {
  child: PlanProject;
  role: PlanRole;
}

/**
 * The leads (chủ trì) of a project's sub-projects, shown on a project the plan assigns per sub-project
 * (Dự án 3: tiểu dự án 1 to Phòng Kinh tế, tiểu dự án 2 to Trung tâm Y tế). Empty when the project has roles of its own.
 */
export function subProjectLeads(p: PlanProject, children: PlanProject[]): SubProjectLead[] {
  if (rolesOf(p).length > 0) return [];
  return children.flatMap((child) => rolesOf(child).filter((r) => r.role === 'chu-tri').map((role) => ({ child, role })));
}

/** A role of an agency in one row, as section IV's agency entries list it. */
export interface AgencyRole extends PlanRole {
  project: PlanProject;
}

/** Every role an agency holds, row by row in data order. */
export function rolesOfAgency(agencyId: string, projects: PlanProject[]): AgencyRole[] {
  return projects.flatMap((project) => rolesOf(project).filter((r) => r.agency === agencyId).map((r) => ({ ...r, project })));
}

/**
 * Rules that need both plan files: an agency named in `roles` exists; a role citing IV.n belongs to
 * item n of section IV; an agency the plan only requests ("Đề nghị …") is given no role.
 * `lines` are the CSV line numbers of `projects`, when known.
 */
export function roleProblems(projects: PlanProject[], agencies: PlanAgency[], lines: (number | null)[] = []): Problem[] {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const out: Problem[] = [];
  const push = (i: number, message: string) => out.push({ code: 'consistency-error', file: 'data/plan-projects.csv', line: lines[i] ?? null, field: 'roles', message });
  projects.forEach((p, i) => {
    for (const r of rolesOf(p)) {
      const a = byId.get(r.agency);
      if (!a) {
        push(i, `cơ quan "${r.agency}" không có trong data/plan-agencies.csv. Sửa: dùng một mã cột id của tệp đó.`);
        continue;
      }
      for (const s of r.sections.filter((x) => x.startsWith('IV.'))) {
        if (s !== `IV.${a.order}`) push(i, `vai trò của "${r.agency}" dẫn mục ${s}, nhưng cơ quan này là mục IV.${a.order}. Sửa: dẫn "IV.${a.order}" hoặc bỏ mục ${s}.`);
      }
      if (a.addressing === 'de-nghi') push(i, `mục IV.${a.order} chỉ đề nghị "${a.name}", không giao nhiệm vụ. Sửa: bỏ vai trò "${r.role}:${r.agency}".`);
    }
  });
  return out;
}
