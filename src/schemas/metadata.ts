/** The metadata file beside each CSV (`data/<name>.meta.json`): what a dataset is and what each column means. */
import { z } from 'zod';

/** One column of a dataset, as documented for readers and for datapackage.json. */
export const fieldMetaSchema = z.object({
  /** Column name, exactly as in the CSV header. */
  name: z.string().min(1),
  /** Vietnamese label shown in tables and the data dictionary. */
  label: z.string().min(1),
  /** Table Schema type; must match the zod schema. */
  type: z.enum(['integer', 'number', 'string', 'date', 'year']),
  /** Unit of measure, e.g. "hộ", "%", "đồng"; omitted when none. */
  unit: z.string().min(1).optional(),
  /** What the column means, in Vietnamese. */
  description: z.string().min(1),
  /** Table Schema constraints; must match the zod schema. */
  constraints: z.object({
    required: z.boolean().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    enum: z.array(z.string()).optional(),
    pattern: z.string().optional(),
    maxLength: z.number().int().optional(),
    unique: z.boolean().optional(),
  }),
});

/** A source a dataset draws on. */
export const sourceMetaSchema = z.object({
  /** Title of the document or page. */
  title: z.string().min(1),
  /** Address, when it has one. */
  path: z.string().optional(),
});

/** A dataset's metadata file. */
export const datasetMetaSchema = z.object({
  /** Machine name, equal to the file name without `.csv`. */
  name: z.string().regex(/^[a-z0-9-]+$/),
  /** Vietnamese title. */
  title: z.string().min(1),
  /** Vietnamese description: what one row is, what it covers. */
  description: z.string().min(1),
  /** Overall provenance: all official, all illustrative, or mixed (see each row's provenance). */
  provenance: z.enum(['official', 'illustrative', 'mixed']),
  /** How provenance is decided and how illustrative rows get replaced, in Vietnamese. */
  provenancePolicy: z.string().min(1),
  /** Sources. */
  sources: z.array(sourceMetaSchema).min(1),
  /** Licences, as in Frictionless (name, title, path). */
  licenses: z.array(z.object({ name: z.string(), title: z.string(), path: z.string() })).min(1),
  /** Date the data was last changed, ISO. */
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Columns, in CSV order. */
  fields: z.array(fieldMetaSchema).min(1),
});

/** Validated dataset metadata. */
export type DatasetMeta = z.output<typeof datasetMetaSchema>;
/** Validated column metadata. */
export type FieldMeta = z.output<typeof fieldMetaSchema>;
