/** Year-end poverty review figures for one unit (or the whole city). */
import { z } from 'zod';
import { integer, number, optionalText, requiredText, year } from './cells';
import { UNIT_CODE, consistency, officialFieldsColumn, provenanceColumns } from './common';

/** Most households a unit (or the whole city, about 50,000) can have: far above any real figure. */
export const MAX_HOUSEHOLDS = 1_000_000;

/** Largest gap allowed between a stated rate and 100 × count / total, in percentage points. */
export const RATE_TOLERANCE = 0.01;

/** One row of `data/ward-poverty.csv`. */
export const wardPovertySchema = z
  .object({
    /** Year of the year-end review (rà soát cuối năm). */
    year: year({ min: 2021, max: 2030 }),
    /** GSO code of the unit; 582 is the city as a whole. */
    unit_code: requiredText({ pattern: UNIT_CODE, patternHint: 'mã GSO 5 chữ số, hoặc 582 cho toàn thành phố' }),
    /** Households living in the unit (tổng số hộ dân cư). */
    total_households: integer({ min: 1, max: MAX_HOUSEHOLDS }),
    /** Poor households (hộ nghèo) under the 2022–2025 multidimensional standard. */
    poor_households: integer({ min: 0, max: MAX_HOUSEHOLDS }),
    /** Near-poor households (hộ cận nghèo). */
    near_poor_households: integer({ min: 0, max: MAX_HOUSEHOLDS }),
    /** Poor rate in percent, 100 × poor / total, two decimals. */
    poor_rate: number({ min: 0, max: 100 }),
    /** Near-poor rate in percent, 100 × near-poor / total, two decimals. */
    near_poor_rate: number({ min: 0, max: 100 }),
    /** Households that escaped poverty during the year (hộ thoát nghèo). */
    escaped_households: integer({ min: 0, max: MAX_HOUSEHOLDS }),
    /** Households newly classified as poor during the year (hộ nghèo phát sinh). */
    new_poor_households: integer({ min: 0, max: MAX_HOUSEHOLDS }),
    ...provenanceColumns,
    ...officialFieldsColumn,
    /** Which values of an official row are published, and any caveat. */
    note: optionalText({ maxLength: 400 }),
  })
  .superRefine((r, ctx) => {
    if (r.poor_households + r.near_poor_households > r.total_households) {
      consistency(ctx, 'poor_households', `hộ nghèo (${r.poor_households}) + hộ cận nghèo (${r.near_poor_households}) lớn hơn tổng số hộ (${r.total_households}). Sửa: kiểm tra lại ba cột số hộ.`);
    }
    checkRate(ctx, 'poor_rate', r.poor_rate, r.poor_households, r.total_households);
    checkRate(ctx, 'near_poor_rate', r.near_poor_rate, r.near_poor_households, r.total_households);
  });

function checkRate(ctx: z.RefinementCtx, field: string, rate: number, count: number, total: number): void {
  const expected = (100 * count) / total;
  if (Math.abs(rate - expected) > RATE_TOLERANCE + 1e-9) {
    consistency(ctx, field, `tỷ lệ ${rate} không khớp 100 × ${count} / ${total} = ${expected.toFixed(2)}. Sửa: ghi "${expected.toFixed(2)}" hoặc sửa số hộ.`);
  }
}

/** A validated ward poverty row. */
export type WardPoverty = z.output<typeof wardPovertySchema>;
