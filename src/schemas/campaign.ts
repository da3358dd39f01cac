/** The "Vì người nghèo" fund: what was raised and done, per year and unit. */
import { z } from 'zod';
import { oneOf, optionalInteger, optionalText, requiredText, year } from './cells';
import { UNIT_CODE, consistency, officialFieldsColumn, provenanceColumns } from './common';
import { MAX_HOUSEHOLDS } from './ward-poverty';

/** Most money a year's fund can raise, in đồng (1,000 billion đồng; the city raises a few billion). */
export const MAX_MONEY_VND = 1_000_000_000_000;
/** Most houses built or repaired in a year. */
export const MAX_HOUSES = 100_000;

/** Households helped, broken down by kind of support (columns of campaign.csv). */
export const HELPED_COLUMNS = ['helped_housing', 'helped_livelihood', 'helped_health', 'helped_education', 'helped_other'] as const;

/** One row of `data/campaign.csv`. */
export const campaignSchema = z
  .object({
    /** Calendar year of the campaign. */
    year: year({ min: 2021, max: 2030 }),
    /** GSO code of the unit; 582 is the city as a whole. */
    unit_code: requiredText({ pattern: UNIT_CODE, patternHint: 'mã GSO 5 chữ số, hoặc 582 cho toàn thành phố' }),
    /** `actual` for what was done, `target` for a plan target (only houses_built is set). */
    kind: oneOf(['actual', 'target'] as const),
    /** Money raised for the fund, in đồng. */
    money_raised_vnd: optionalInteger({ min: 0, max: MAX_MONEY_VND }),
    /** New houses built (nhà đại đoàn kết xây mới). */
    houses_built: optionalInteger({ min: 0, max: MAX_HOUSES }),
    /** Houses repaired (sửa chữa). */
    houses_repaired: optionalInteger({ min: 0, max: MAX_HOUSES }),
    /** Households helped in any way; the sum of the helped_* columns. */
    households_helped: optionalInteger({ min: 0, max: MAX_HOUSEHOLDS }),
    /** Households helped with housing (build or repair). */
    helped_housing: optionalInteger({ min: 0, max: MAX_HOUSEHOLDS }),
    /** Households helped with livelihood (tools, seed, breeding stock, small capital). */
    helped_livelihood: optionalInteger({ min: 0, max: MAX_HOUSEHOLDS }),
    /** Households helped with health costs (hospital fees, health insurance). */
    helped_health: optionalInteger({ min: 0, max: MAX_HOUSEHOLDS }),
    /** Households helped with schooling (scholarships, books, bicycles). */
    helped_education: optionalInteger({ min: 0, max: MAX_HOUSEHOLDS }),
    /** Households helped otherwise (Tết gifts, emergencies). */
    helped_other: optionalInteger({ min: 0, max: MAX_HOUSEHOLDS }),
    ...provenanceColumns,
    ...officialFieldsColumn,
    /** Caveats about the row. */
    note: optionalText({ maxLength: 400 }),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'target') {
      if (r.houses_built === null) consistency(ctx, 'houses_built', 'dòng chỉ tiêu (kind = target) phải có houses_built. Sửa: điền số nhà theo kế hoạch.');
      return;
    }
    const required = ['money_raised_vnd', 'houses_built', 'houses_repaired', 'households_helped', ...HELPED_COLUMNS] as const;
    for (const k of required) {
      if (r[k] === null) consistency(ctx, k, `dòng số liệu thực hiện (kind = actual) phải có ${k}. Sửa: điền số (ghi 0 nếu không có).`);
    }
    const parts = HELPED_COLUMNS.map((k) => r[k] ?? 0).reduce((a, b) => a + b, 0);
    if (r.households_helped !== null && r.households_helped !== parts) {
      consistency(ctx, 'households_helped', `households_helped = ${r.households_helped} nhưng tổng các cột helped_* = ${parts}. Sửa: cho hai số bằng nhau.`);
    }
  });

/** A validated campaign row. */
export type CampaignRow = z.output<typeof campaignSchema>;
