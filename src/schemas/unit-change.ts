/** One step of the units' history: part or all of a unit's area went to another unit on a date. */
import { z } from 'zod';
import { date, optionalOneOf, optionalText, requiredText } from './cells';
import { UNIT_CODE, officialFieldsColumn, provenanceColumns } from './common';

const code = { pattern: UNIT_CODE, patternHint: 'mã GSO gồm 5 chữ số (phường/xã) hoặc 3 chữ số (thành phố), ví dụ "22738"' };

/** How much of the `from` unit's area went to the `to` unit. */
export const SHARES = ['most', 'part'] as const;

/**
 * One row of `data/unit-changes.csv`. `from_code` names the unit in force the day before
 * `effective_date`, `to_code` the unit in force on that day (GSO codes are reused, so the date
 * tells which row of administrative-units.csv is meant). A unit with no row on a date went on unchanged.
 */
export const unitChangeSchema = z.object({
  /** GSO code of the unit whose area changed (in force the day before `effective_date`). */
  from_code: requiredText(code),
  /** GSO code of the unit that took the area (in force on `effective_date`); may equal `from_code`. */
  to_code: requiredText(code),
  /** First day of the new arrangement, ISO date. */
  effective_date: date(),
  /** Blank: the whole area; `most` or `part` when the unit was split between several. */
  share: optionalOneOf(SHARES),
  /** The act that made the change, e.g. "Nghị quyết 1198/NQ-UBTVQH15". */
  legal_act: requiredText({ maxLength: 200 }),
  /** Article and clause of that act, e.g. "Điều 1, khoản 3"; blank when not yet checked against the text. */
  clause: optionalText({ maxLength: 200 }),
  /** The code the GSO list shows for `to` from that day when it differs from `to_code` (a re-coded unit). */
  listed_code: optionalText(code),
  /** Free note. */
  note: optionalText({ maxLength: 400 }),
  ...provenanceColumns,
  ...officialFieldsColumn,
});

/** A validated unit change. */
export type UnitChange = z.output<typeof unitChangeSchema>;
