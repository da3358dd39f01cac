/** The registry of CSV datasets: file, row schema, keys. One place for every table's rules. */
import type { z } from 'zod';
import { administrativeUnitSchema } from '../schemas/administrative-unit';
import { campaignSchema } from '../schemas/campaign';
import { officialFieldsColumn } from '../schemas/common';
import { unitChangeSchema } from '../schemas/unit-change';
import { planAgencySchema, planProjectSchema, planTargetSchema } from '../schemas/plan';
import { wardPovertySchema } from '../schemas/ward-poverty';

/** A foreign key, as in Frictionless Table Schema. */
export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** Rows of phường/xã add up to the city row (code 582), year by year, in `columns`. */
export interface SumRule {
  /** The year column and the unit column. */
  year: string;
  unit: string;
  columns: string[];
  /** Only rows with these values are summed (campaign: kind = actual). */
  where?: Record<string, string>;
}

/** A unit column judged against the units in force on 31/12 of the row's year (src/lib/units/validity.ts). */
export interface UnitYearRule {
  unit: string;
  year: string;
}

/** A column holding a list of keys of another dataset (not a plain foreign key). */
export interface ListKey {
  field: string;
  separator: string;
  reference: { resource: string; field: string };
  /** What one value is, for messages, e.g. "cơ quan". */
  noun: string;
}

/** A dataset: its CSV file in `data/`, the zod schema of a row, its keys and its rules across rows and tables. */
export interface DatasetDef<S extends z.ZodObject = z.ZodObject> {
  name: string;
  file: string;
  schema: S;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** Number columns that place or describe the row (a tile position), not values: `official_fields` may not name them. */
  notValues?: string[];
  sums?: SumRule;
  unitYears?: UnitYearRule;
  listKeys?: ListKey[];
}

function def<S extends z.ZodObject>(d: DatasetDef<S>): DatasetDef<S> {
  return d;
}

const unitFk = (field: string): ForeignKey => ({ fields: [field], reference: { resource: 'administrative-units', fields: ['gso_code'] } });

/** Every dataset, in dependency order (referenced tables first). */
export const DATASETS = {
  // GSO codes are reused by later units, so a unit is its code and the day it came into force.
  'administrative-units': def({ name: 'administrative-units', file: 'administrative-units.csv', schema: administrativeUnitSchema, primaryKey: ['gso_code', 'valid_from'], foreignKeys: [], notValues: ['tile_col', 'tile_row'] }),
  'unit-changes': def({ name: 'unit-changes', file: 'unit-changes.csv', schema: unitChangeSchema, primaryKey: ['from_code', 'to_code', 'effective_date'], foreignKeys: [unitFk('from_code'), unitFk('to_code')] }),
  'ward-poverty': def({
    name: 'ward-poverty',
    file: 'ward-poverty.csv',
    schema: wardPovertySchema,
    primaryKey: ['year', 'unit_code'],
    foreignKeys: [unitFk('unit_code')],
    unitYears: { unit: 'unit_code', year: 'year' },
    sums: { year: 'year', unit: 'unit_code', columns: ['total_households', 'poor_households', 'near_poor_households', 'escaped_households', 'new_poor_households'] },
  }),
  campaign: def({
    name: 'campaign',
    file: 'campaign.csv',
    schema: campaignSchema,
    primaryKey: ['year', 'unit_code', 'kind'],
    foreignKeys: [unitFk('unit_code')],
    unitYears: { unit: 'unit_code', year: 'year' },
    sums: {
      year: 'year',
      unit: 'unit_code',
      columns: ['money_raised_vnd', 'houses_built', 'houses_repaired', 'households_helped', 'helped_housing', 'helped_livelihood', 'helped_health', 'helped_education', 'helped_other'],
      where: { kind: 'actual' },
    },
  }),
  'plan-targets': def({ name: 'plan-targets', file: 'plan-targets.csv', schema: planTargetSchema.extend(officialFieldsColumn), primaryKey: ['id'], foreignKeys: [] }),
  'plan-agencies': def({ name: 'plan-agencies', file: 'plan-agencies.csv', schema: planAgencySchema, primaryKey: ['id'], foreignKeys: [] }),
  'plan-projects': def({
    name: 'plan-projects',
    file: 'plan-projects.csv',
    schema: planProjectSchema,
    primaryKey: ['id'],
    foreignKeys: [
      { fields: ['lead_agency'], reference: { resource: 'plan-agencies', fields: ['id'] } },
      { fields: ['parent_id'], reference: { resource: 'plan-projects', fields: ['id'] } },
    ],
    listKeys: [{ field: 'implementing_agencies', separator: '|', reference: { resource: 'plan-agencies', field: 'id' }, noun: 'cơ quan' }],
  }),
} as const;

/** Dataset names. */
export type DatasetName = keyof typeof DATASETS;

/** Dataset names in dependency order. */
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

/** Column names of a dataset, in schema order. */
export function columnsOf(name: DatasetName): string[] {
  return Object.keys(DATASETS[name].schema.shape);
}

/** The typed row of a dataset. */
export type RowOf<N extends DatasetName> = z.output<(typeof DATASETS)[N]['schema']>;
