/** An administrative unit (phường/xã, or the city itself) with its GSO code and successors. */
import { z } from 'zod';
import { date, oneOf, optionalText, requiredText } from './cells';
import { UNIT_CODE, officialFieldsColumn, provenanceColumns } from './common';

const code = { pattern: UNIT_CODE, patternHint: 'mã GSO gồm 5 chữ số (phường/xã) hoặc 3 chữ số (thành phố), ví dụ "22738"' };

/** One row of `data/administrative-units.csv`. */
export const administrativeUnitSchema = z.object({
  /** GSO code (Tổng cục Thống kê), the primary key. */
  gso_code: requiredText(code),
  /** Name without the type, e.g. "Đô Vinh". */
  name: requiredText({ maxLength: 80 }),
  /** Kind of unit. */
  type: oneOf(['Phường', 'Xã', 'Thành phố'] as const),
  /** First day in force, ISO date; blank when it predates the records used. */
  valid_from: date({ required: false }),
  /** Last day in force, ISO date; blank while still in force. */
  valid_to: date({ required: false }),
  /** GSO code of the unit it belonged to from 1/11/2024 (Nghị quyết 1198/NQ-UBTVQH15). */
  code_from_2024_11_01: requiredText(code),
  /** Name of that unit. */
  name_from_2024_11_01: requiredText({ maxLength: 80 }),
  /** GSO code of the unit it belongs to from 1/7/2025 (Nghị quyết 1667/NQ-UBTVQH15); blank for the city, abolished as a level. */
  code_from_2025_07_01: optionalText(code),
  /** Name of that unit. */
  name_from_2025_07_01: optionalText({ maxLength: 80 }),
  /** OpenStreetMap relation id, for anyone adding ODbL boundaries later. */
  osm_relation_id: optionalText({ pattern: /^\d+$/, patternHint: 'chỉ gồm chữ số' }),
  /** Free note, e.g. the merger that ended it. */
  note: optionalText({ maxLength: 400 }),
  ...provenanceColumns,
  ...officialFieldsColumn,
});

/** A validated administrative unit. */
export type AdministrativeUnit = z.output<typeof administrativeUnitSchema>;
