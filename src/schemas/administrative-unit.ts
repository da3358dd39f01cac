/**
 * An administrative unit (phường/xã, the city itself, or a unit formed later that took over part of
 * the city) with its GSO code and its time in force. What it became is in `data/unit-changes.csv`.
 */
import { z } from 'zod';
import { date, oneOf, optionalInteger, optionalText, requiredText } from './cells';
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
  /** GSO code of the district-level unit it belongs to: 582 for the city's phường/xã; blank for the city and for units of a province without districts. */
  district_code: optionalText(code),
  /** Province, e.g. "Ninh Thuận" (until 30/6/2025) or "Khánh Hòa". */
  province: requiredText({ maxLength: 80 }),
  /** Column of its tile on the tile map (west → east, from 0); blank for units not drawn. */
  tile_col: optionalInteger({ min: 0, max: 20 }),
  /** Row of its tile on the tile map (north → south, from 0); blank for units not drawn. */
  tile_row: optionalInteger({ min: 0, max: 20 }),
  /** OpenStreetMap relation id, for anyone adding ODbL boundaries later. */
  osm_relation_id: optionalText({ pattern: /^\d+$/, patternHint: 'chỉ gồm chữ số' }),
  /** Free note, e.g. the merger that ended it. */
  note: optionalText({ maxLength: 400 }),
  ...provenanceColumns,
  ...officialFieldsColumn,
});

/** A validated administrative unit. */
export type AdministrativeUnit = z.output<typeof administrativeUnitSchema>;
