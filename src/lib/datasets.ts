/** The registry of CSV datasets: file, row schema, keys. One place for every table's rules. */
import type { z } from 'zod';
import { administrativeUnitSchema } from '../schemas/administrative-unit';
import { campaignSchema } from '../schemas/campaign';
import { officialFieldsColumn } from '../schemas/common';
import { planAgencySchema, planProjectSchema, planTargetSchema } from '../schemas/plan';
import { wardPovertySchema } from '../schemas/ward-poverty';

/** A foreign key, as in Frictionless Table Schema. */
export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** A dataset: its CSV file in `data/`, the zod schema of a row, and its keys. */
export interface DatasetDef<S extends z.ZodObject = z.ZodObject> {
  name: string;
  file: string;
  schema: S;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

function def<S extends z.ZodObject>(d: DatasetDef<S>): DatasetDef<S> {
  return d;
}

const unitFk = (field: string): ForeignKey => ({ fields: [field], reference: { resource: 'administrative-units', fields: ['gso_code'] } });

/** Every dataset, in dependency order (referenced tables first). */
export const DATASETS = {
  'administrative-units': def({ name: 'administrative-units', file: 'administrative-units.csv', schema: administrativeUnitSchema, primaryKey: ['gso_code'], foreignKeys: [] }),
  'ward-poverty': def({ name: 'ward-poverty', file: 'ward-poverty.csv', schema: wardPovertySchema, primaryKey: ['year', 'unit_code'], foreignKeys: [unitFk('unit_code')] }),
  campaign: def({ name: 'campaign', file: 'campaign.csv', schema: campaignSchema, primaryKey: ['year', 'unit_code', 'kind'], foreignKeys: [unitFk('unit_code')] }),
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
