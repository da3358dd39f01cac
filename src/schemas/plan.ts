/** The plan's targets, projects and agencies (Kế hoạch 122/KH-UBND). */
import { z } from 'zod';
import { integer, oneOf, optionalNumber, optionalOneOf, optionalText, requiredText } from './cells';
import { consistency, provenanceColumns } from './common';

/** Largest baseline, target or actual value: counts (households, people) or percentages stay far below. */
export const MAX_PLAN_VALUE = 1_000_000_000;

const ID = { pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternHint: 'chữ thường không dấu, số và gạch nối, ví dụ "ty-le-ho-ngheo"' };

/** Deprivation dimensions of the multidimensional poverty standard (Nghị định 07/2021/NĐ-CP). */
export const DIMENSIONS = ['viec-lam', 'y-te', 'giao-duc', 'nha-o', 'nuoc-ve-sinh', 'thong-tin'] as const;

/** One row of `data/plan-targets.csv`: a target (chỉ tiêu) of the plan. */
export const planTargetSchema = z.object({
  /** Stable id, used in anchors and links. */
  id: requiredText(ID),
  /** `chung` (II.2.a), `thieu-hut` (II.2.b, by deprivation dimension) or `nhiem-vu` (a numeric task of II.3). */
  group: oneOf(['chung', 'thieu-hut', 'nhiem-vu'] as const),
  /** Deprivation dimension, for `thieu-hut` targets. */
  dimension: optionalOneOf(DIMENSIONS),
  /** The target as worded in the plan. */
  text: requiredText({ maxLength: 1000 }),
  /** Unit of baseline/target/actual, e.g. "%"; blank for qualitative targets. */
  unit: optionalText({ maxLength: 20 }),
  /** Starting value stated in the plan (end of 2023). */
  baseline: optionalNumber({ min: 0, max: MAX_PLAN_VALUE }),
  /** Value to reach by the end of 2024. */
  target: optionalNumber({ min: 0, max: MAX_PLAN_VALUE }),
  /** Value reached, once published; blank until then. */
  actual: optionalNumber({ min: 0, max: MAX_PLAN_VALUE }),
  ...provenanceColumns,
});

/** A validated plan target. */
export type PlanTarget = z.output<typeof planTargetSchema>;

/**
 * How section IV addresses an agency: `giao` (the city assigns it tasks) or `de-nghi` (the city only
 * requests, "Đề nghị …": the Mặt trận and the mass organisations are not under the People's Committee).
 */
export const ADDRESSING = ['giao', 'de-nghi'] as const;

/** One row of `data/plan-agencies.csv`: an agency of section IV and its duties. */
export const planAgencySchema = z.object({
  /** Stable id, used in anchors and as a foreign key. */
  id: requiredText(ID),
  /** Position in section IV (1–13). */
  order: integer({ min: 1, max: 99 }),
  /** Full name. */
  name: requiredText({ maxLength: 200 }),
  /** `giao` when section IV assigns the duties, `de-nghi` when it requests them ("Đề nghị …"); see ADDRESSING. */
  addressing: oneOf(ADDRESSING),
  /** Duties, paragraphs separated by " | ". */
  duties: requiredText({ maxLength: 5000 }),
  ...provenanceColumns,
});

/** A validated plan agency. */
export type PlanAgency = z.output<typeof planAgencySchema>;

/** Roles an agency can hold for a project or policy, in the plan's words: chủ trì, phối hợp, thực hiện. */
export const ROLE_KINDS = ['chu-tri', 'phoi-hop', 'thuc-hien'] as const;

/** A role kind. */
export type RoleKind = (typeof ROLE_KINDS)[number];

/** Labels of the "Nội dung" paragraph, as each section of the plan prints it. */
export const CONTENT_LABELS = ['Nội dung', 'Nội dung hỗ trợ'] as const;

/** A plan section that can assign a role: II.3.1.a–đ, II.3.2.a–e (projects, policies) or IV.1–IV.99 (agencies). */
const SECTION = String.raw`(?:II\.3\.[12]\.[a-zđ]|IV\.[1-9][0-9]?)`;
const ROLE_ENTRY = String.raw`(?:chu-tri|phoi-hop|thuc-hien):[a-z0-9]+(?:-[a-z0-9]+)*@${SECTION}(?:,${SECTION})*`;
/** The whole `roles` cell: entries separated by " | ". */
export const ROLES_PATTERN = new RegExp(String.raw`^${ROLE_ENTRY}(?: \| ${ROLE_ENTRY})*$`);

/** One role as recorded in the `roles` column: who, in what role, and the plan sections that say so. */
export interface PlanRole {
  role: RoleKind;
  /** Agency id (plan-agencies.csv). */
  agency: string;
  /** Sections of the plan that give this role, e.g. ["II.3.1.b", "IV.2"]; never empty. */
  sections: string[];
}

/** Parses a `roles` cell ("chu-tri:phong-kinh-te@II.3.1.b,IV.2 | phoi-hop:ubnd-phuong-xa@II.3.1.b"); blank → []. Assumes ROLES_PATTERN holds. */
export function parseRoles(cell: string | null | undefined): PlanRole[] {
  if (!cell) return [];
  return cell.split(' | ').map((entry) => {
    const [head, secs] = entry.trim().split('@') as [string, string];
    const [role, agency] = head.split(':') as [RoleKind, string];
    return { role, agency, sections: secs.split(',') };
  });
}

/** The plan section a `source` cites, e.g. "Kế hoạch 122/KH-UBND, mục II.3.2.d" → "II.3.2.d"; null if none. */
export function sectionOf(source: string): string | null {
  const m = /mục\s+([IVX]+(?:\.[0-9a-zđ]+)*)/u.exec(source);
  return m ? m[1]! : null;
}

/** `lead_agency` and `implementing_agencies` as the `roles` cell implies them. */
export function agencyColumnsOf(roles: PlanRole[]): { lead_agency: string | null; implementing_agencies: string | null } {
  const lead = roles.find((r) => r.role === 'chu-tri')?.agency ?? null;
  const others = [...new Set(roles.map((r) => r.agency))].filter((a) => a !== lead);
  return { lead_agency: lead, implementing_agencies: others.length > 0 ? others.join('|') : null };
}

/** One row of `data/plan-projects.csv`: a component project, sub-project or policy. */
export const planProjectSchema = z
  .object({
    /** Stable id, e.g. "du-an-3-tda-1". */
    id: requiredText(ID),
    /** Parent project id for a sub-project. */
    parent_id: optionalText(ID),
    /** `du-an`, `tieu-du-an` or `chinh-sach` (section II.3.2). */
    kind: oneOf(['du-an', 'tieu-du-an', 'chinh-sach'] as const),
    /** Label as printed, e.g. "Dự án 2". */
    code: requiredText({ maxLength: 40 }),
    /** Name. */
    name: requiredText({ maxLength: 300 }),
    /** Objective (Mục tiêu); items separated by " | ". */
    objective: optionalText({ maxLength: 5000 }),
    /** Beneficiaries (Đối tượng); items separated by " | ". */
    beneficiaries: optionalText({ maxLength: 5000 }),
    /** How the plan labels the content paragraph: "Nội dung" or "Nội dung hỗ trợ"; blank when it prints no label (the policies). */
    content_label: optionalOneOf(CONTENT_LABELS),
    /** Content, under `content_label`; items separated by " | ". */
    content: optionalText({ maxLength: 8000 }),
    /** Assignment (Phân công thực hiện) as worded in the plan; lines separated by " | ". */
    assignment: optionalText({ maxLength: 2000 }),
    /**
     * Every agency role the plan gives for this row, with the sections that give it: entries
     * `role:agency@section,section` separated by " | ", role one of ROLE_KINDS, agency an id of
     * plan-agencies.csv, sections II.3.x (this row's own section) or IV.n (the agency's own item).
     * Blank when the plan assigns no one at this level (a project assigned per sub-project).
     */
    roles: optionalText({ maxLength: 2000, pattern: ROLES_PATTERN, patternHint: 'các mục "vai-trò:mã-cơ-quan@mục,mục" cách nhau bởi " | ", ví dụ "chu-tri:phong-kinh-te@II.3.1.b,IV.2 | phoi-hop:ubnd-phuong-xa@II.3.1.b"' }),
    /** The first `chu-tri` agency of `roles` (blank if none); kept as a column for the foreign key. */
    lead_agency: optionalText(ID),
    /** The other agencies of `roles`, in order, separated by "|"; blank if none. */
    implementing_agencies: optionalText({ pattern: /^[a-z0-9-]+(\|[a-z0-9-]+)*$/, patternHint: 'các mã cơ quan cách nhau bởi "|", ví dụ "ubnd-phuong-xa|phong-ldtbxh"' }),
    ...provenanceColumns,
  })
  .superRefine((r, ctx) => {
    if (r.roles !== null && !ROLES_PATTERN.test(r.roles)) return; // the cell's own pattern error is reported
    const roles = parseRoles(r.roles);
    const seen = new Set<string>();
    for (const x of roles) {
      const key = `${x.role}:${x.agency}`;
      if (seen.has(key)) consistency(ctx, 'roles', `vai trò "${key}" ghi hai lần. Sửa: gộp các mục của nó vào một mục, ví dụ "${key}@II.3.1.b,IV.2".`);
      seen.add(key);
    }
    const own = sectionOf(r.source);
    for (const sec of roles.flatMap((x) => x.sections)) {
      if (sec.startsWith('II.') && own !== null && sec !== own) {
        consistency(ctx, 'roles', `vai trò dẫn mục ${sec}, nhưng dòng này thuộc mục ${own}. Sửa: chỉ dẫn mục của chính dòng (${own}) hoặc mục IV của cơ quan.`);
      }
    }
    const want = agencyColumnsOf(roles);
    if (r.lead_agency !== want.lead_agency) {
      consistency(ctx, 'lead_agency', `cơ quan chủ trì "${r.lead_agency ?? ''}" không khớp cột roles. Sửa: ghi "${want.lead_agency ?? ''}" (cơ quan "chu-tri" đầu tiên trong roles; để trống nếu không có).`);
    }
    if (r.implementing_agencies !== want.implementing_agencies) {
      consistency(ctx, 'implementing_agencies', `"${r.implementing_agencies ?? ''}" không khớp cột roles. Sửa: ghi "${want.implementing_agencies ?? ''}" (các cơ quan khác trong roles, theo thứ tự; để trống nếu không có).`);
    }
  });

/** A validated plan project or policy. */
export type PlanProject = z.output<typeof planProjectSchema>;
