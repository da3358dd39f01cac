/** The metadata file beside each CSV (`data/<name>.meta.json`): what a dataset is and what each column means. */
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/i18n/locales';

/**
 * A locale whose text the metadata carries as a translation. The root fields are the Vietnamese
 * text (the default locale, the language the data are published in); every other locale is a key.
 */
export type TranslatedLocale = Exclude<Locale, 'vi'>;
/** True for a locale the metadata carries as a translation (not the Vietnamese root fields). */
export function isTranslated(l: Locale): l is TranslatedLocale {
  return l !== DEFAULT_LOCALE;
}
/** The translated locales, in LOCALES order. */
export const TRANSLATED_LOCALES = LOCALES.filter(isTranslated);

/**
 * One entry per translated locale (`"en": {…}`), each required: a new site locale makes every
 * metadata file incomplete until it is translated, and validation says where.
 */
function perLocale<T extends z.ZodType>(schema: T): Record<TranslatedLocale, T> {
  return Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, schema])) as Record<TranslatedLocale, T>;
}

/** A column's text in one translated language. */
export const fieldTextSchema = z.object({
  /** Label shown in tables and the data dictionary. */
  label: z.string().trim().min(1),
  /** What the column means. */
  description: z.string().trim().min(1),
  /** Unit of measure ("households", "%"); present exactly when the Vietnamese `unit` is. */
  unit: z.string().trim().min(1).optional(),
});

/** One column of a dataset, as documented for readers and for datapackage.json. */
export const fieldMetaSchema = z
  .object({
    /** Column name, exactly as in the CSV header. */
    name: z.string().min(1),
    /** Vietnamese label shown in tables and the data dictionary. */
    label: z.string().min(1),
    /**
     * Not written here: a column's type and rules live in its zod schema (src/schemas/, built with
     * src/schemas/cells.ts), and the dictionary, dataset pages and datapackage.json are generated from
     * it. Present in the type only so that a file still carrying them is reported, not silently kept.
     */
    type: z.unknown().optional(),
    /** Unit of measure, e.g. "hộ", "%", "đồng"; omitted when none. */
    unit: z.string().min(1).optional(),
    /** What the column means, in Vietnamese. */
    description: z.string().min(1),
    /** Not written here either, see `type`. */
    constraints: z.unknown().optional(),
    /**
     * The label, description and unit in each translated locale. Optional in the type (code builds
     * columns without it), required by the check below, which names the column.
     */
    ...perLocale(fieldTextSchema.optional()),
  })
  .superRefine((f, ctx) => {
    for (const key of ['type', 'constraints'] as const) if (f[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'generated' });
    for (const l of TRANSLATED_LOCALES) {
      const t = f[l];
      if (t === undefined) {
        ctx.addIssue({ code: 'custom', path: [l], message: 'missing-translation' });
        continue;
      }
      if (f.unit !== undefined && t.unit === undefined) ctx.addIssue({ code: 'custom', path: [l, 'unit'], message: 'missing-unit', params: { missing: true } });
      if (f.unit === undefined && t.unit !== undefined) ctx.addIssue({ code: 'custom', path: [l, 'unit'], message: 'extra-unit' });
    }
  });

/** A source a dataset draws on. */
export const sourceMetaSchema = z.object({
  /** Title of the document or page (documents keep their Vietnamese names in every language). */
  title: z.string().min(1),
  /** Address, when it has one. */
  path: z.string().optional(),
});

/** A dataset's text in one translated language. */
export const datasetTextSchema = z.object({
  /** Title. */
  title: z.string().trim().min(1),
  /** What one row is, what it covers. */
  description: z.string().trim().min(1),
  /** How provenance is decided and how illustrative rows get replaced. */
  provenancePolicy: z.string().trim().min(1),
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
  /** Title, description and provenance policy in each translated locale. */
  ...perLocale(datasetTextSchema),
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
/** A dataset's text in one language. */
export type DatasetText = z.output<typeof datasetTextSchema>;
/** A column's text in one language. */
export type FieldText = z.output<typeof fieldTextSchema>;
