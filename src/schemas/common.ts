/** Columns and checks shared by several datasets. */
import { z } from 'zod';
import { PROVENANCE, oneOf, optionalText, requiredText } from './cells';

/** GSO code of a unit: 3 digits for the city (582), 5 for a phường/xã. */
export const UNIT_CODE = /^(\d{3}|\d{5})$/;

/** The code of the city itself in every dataset that has a city-wide row. */
export const CITY_CODE = '582';

/** `provenance` and `source` columns that every dataset row carries. */
export const provenanceColumns = {
  /**
   * `official` (every value published, with its source), `illustrative` (every value made up for the site,
   * never official) or `mixed` (only the value columns named in `official_fields` are official).
   */
  provenance: oneOf(PROVENANCE),
  /** Where the row's values come from: the document and section for official values, the method for illustrative ones. */
  source: requiredText({ maxLength: 400 }),
};

/** Pattern of `official_fields`: column names separated by ";". */
export const OFFICIAL_FIELDS = /^[a-z0-9_]+(;[a-z0-9_]+)*$/;

/**
 * The `official_fields` column of datasets whose rows hold values (numbers): for a `mixed` row, the
 * value columns that are official, separated by ";" (e.g. `poor_rate;near_poor_rate`); blank otherwise.
 * Its rules across columns are checked by `checkProvenance` (src/lib/validate/provenance.ts).
 */
export const officialFieldsColumn = {
  /** For a `mixed` row, the official value columns separated by ";"; blank for `official` and `illustrative` rows. */
  official_fields: optionalText({ maxLength: 400, pattern: OFFICIAL_FIELDS, patternHint: 'tên cột giá trị cách nhau bởi dấu ";", không có khoảng trắng, ví dụ "poor_rate;near_poor_rate"' }),
};

/** Adds a `consistency-error` issue on one field of a row. */
export function consistency(ctx: z.RefinementCtx, path: string, message: string): void {
  ctx.addIssue({ code: 'custom', path: [path], message, params: { code: 'consistency-error' } });
}
