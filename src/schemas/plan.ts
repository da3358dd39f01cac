/** The plan's targets, projects and agencies (Kế hoạch 122/KH-UBND). */
import { z } from 'zod';
import { integer, oneOf, optionalNumber, optionalOneOf, optionalText, requiredText } from './cells';
import { provenanceColumns } from './common';

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

/** One row of `data/plan-agencies.csv`: an agency of section IV and its duties. */
export const planAgencySchema = z.object({
  /** Stable id, used in anchors and as a foreign key. */
  id: requiredText(ID),
  /** Position in section IV (1–13). */
  order: integer({ min: 1, max: 99 }),
  /** Full name. */
  name: requiredText({ maxLength: 200 }),
  /** Duties, paragraphs separated by " | ". */
  duties: requiredText({ maxLength: 5000 }),
  ...provenanceColumns,
});

/** A validated plan agency. */
export type PlanAgency = z.output<typeof planAgencySchema>;

/** One row of `data/plan-projects.csv`: a component project, sub-project or policy. */
export const planProjectSchema = z.object({
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
  /** Content (Nội dung); items separated by " | ". */
  content: optionalText({ maxLength: 8000 }),
  /** Assignment (Phân công thực hiện) as worded in the plan; lines separated by " | ". */
  assignment: optionalText({ maxLength: 2000 }),
  /** Lead agency id (chủ trì), from plan-agencies.csv. */
  lead_agency: requiredText(ID),
  /** Implementing agency ids separated by "|". */
  implementing_agencies: optionalText({ pattern: /^[a-z0-9-]+(\|[a-z0-9-]+)*$/, patternHint: 'các mã cơ quan cách nhau bởi "|", ví dụ "ubnd-phuong-xa|phong-ldtbxh"' }),
  ...provenanceColumns,
});

/** A validated plan project or policy. */
export type PlanProject = z.output<typeof planProjectSchema>;

