/** Columns and checks shared by several datasets. */
import { z } from 'zod';
import { PROVENANCE, oneOf, requiredText } from './cells';

/** GSO code of a unit: 3 digits for the city (582), 5 for a phường/xã. */
export const UNIT_CODE = /^(\d{3}|\d{5})$/;

/** The code of the city itself in every dataset that has a city-wide row. */
export const CITY_CODE = '582';

/** `provenance` and `source` columns that every dataset row carries. */
export const provenanceColumns = {
  /** `official` (a published figure, with its source) or `illustrative` (made up for the site, never official). */
  provenance: oneOf(PROVENANCE),
  /** Where the row's values come from: the document and section for official rows, the method for illustrative ones. */
  source: requiredText({ maxLength: 400 }),
};

/** Adds a `consistency-error` issue on one field of a row. */
export function consistency(ctx: z.RefinementCtx, path: string, message: string): void {
  ctx.addIssue({ code: 'custom', path: [path], message, params: { code: 'consistency-error' } });
}
