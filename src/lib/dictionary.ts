/**
 * The data dictionary of a dataset: one entry per column of its zod schema, in schema order.
 * Type and constraints come from the schema itself (`cellSpec`), the rules validation enforces;
 * label, unit and description come from `data/<name>.meta.json`. So the dictionary cannot list
 * a column the schema lacks, nor a rule it does not apply.
 */
import { DATASETS, columnsOf, type DatasetName } from './datasets';
import { formatsFor } from './format';
import { DEFAULT_LOCALE, strings, type Locale } from './i18n/index';
import { cellSpec, type FieldConstraints, type FieldType } from '../schemas/cells';
import { isTranslated, type DatasetMeta, type DatasetText, type FieldMeta, type FieldText } from '../schemas/metadata';

/** One column of the dictionary. */
export interface DictionaryEntry {
  /** Column name, as in the CSV header. */
  name: string;
  /** Label, in the dictionary's locale. */
  label: string;
  /** Table Schema type. */
  type: FieldType;
  /** Unit of measure, when there is one. */
  unit: string | null;
  /** What the column means. */
  description: string;
  /** Rules enforced by validation. */
  constraints: FieldConstraints;
}

/** Names of the Table Schema types in a locale. */
export function typeLabelsFor(locale: Locale): Record<FieldType, string> {
  return strings(locale).data.dict.types;
}

/** Vietnamese names of the Table Schema types. */
export const TYPE_LABELS: Record<FieldType, string> = typeLabelsFor('vi');

/** A dataset's title, description and provenance policy in a locale (the root fields are Vietnamese). */
export function datasetText(meta: Pick<DatasetMeta, 'title' | 'description' | 'provenancePolicy' | 'en'>, locale: Locale = DEFAULT_LOCALE): DatasetText {
  return isTranslated(locale) ? meta[locale] : { title: meta.title, description: meta.description, provenancePolicy: meta.provenancePolicy };
}

/** A column's label, description and unit in a locale; the Vietnamese text when a translation is absent (validation reports it). */
export function fieldText(field: Pick<FieldMeta, 'label' | 'description' | 'unit'> & Partial<Pick<FieldMeta, 'en'>>, locale: Locale = DEFAULT_LOCALE): FieldText {
  const vi = { label: field.label, description: field.description, ...(field.unit !== undefined ? { unit: field.unit } : {}) };
  return isTranslated(locale) ? (field[locale] ?? vi) : vi;
}

/** Builds the dictionary of a dataset in a locale. Throws when the metadata file does not document a schema column. */
export function dataDictionary(name: DatasetName, meta: Pick<DatasetMeta, 'fields'>, locale: Locale = DEFAULT_LOCALE): DictionaryEntry[] {
  const shape = DATASETS[name].schema.shape as Record<string, Parameters<typeof cellSpec>[0]>;
  return columnsOf(name).map((col) => {
    const spec = cellSpec(shape[col]!);
    if (!spec) throw new Error(`${name}.${col}: cột không được tạo bằng các hàm trong src/schemas/cells.ts nên không có kiểu và ràng buộc.`);
    const field = meta.fields.find((f) => f.name === col);
    if (!field) throw new Error(`data/${name}.meta.json thiếu mô tả cột "${col}". Sửa: thêm cột này vào "fields".`);
    const text = fieldText(field, locale);
    return {
      name: col,
      label: text.label,
      type: spec.type,
      unit: text.unit ?? null,
      description: text.description,
      constraints: { ...spec.constraints, ...(spec.constraints.enum ? { enum: [...spec.constraints.enum] } : {}) },
    };
  });
}

/** One rule in words; `code` parts are values to show verbatim (enum values, a pattern). */
export interface RulePart {
  text: string;
  code?: string[];
}

/** The constraints of a column in words (Vietnamese unless `locale` says otherwise), as a list of rules. */
export function describeConstraints(type: FieldType, c: FieldConstraints, locale: Locale = DEFAULT_LOCALE): RulePart[] {
  const w = strings(locale).data.dict;
  const f = formatsFor(locale);
  // Years are written as digits, never with a thousands separator.
  const num = (v: number) => (type === 'year' ? String(v) : f.number(v, Number.isInteger(v) ? 0 : String(v).split('.')[1]!.length));
  const out: RulePart[] = [{ text: c.required ? w.required : w.optional }];
  if (c.minimum !== undefined && c.maximum !== undefined) out.push({ text: w.between(num(c.minimum), num(c.maximum)) });
  else if (c.minimum !== undefined) out.push({ text: w.atLeast(num(c.minimum)) });
  else if (c.maximum !== undefined) out.push({ text: w.atMost(num(c.maximum)) });
  if (c.enum) out.push({ text: w.oneOf, code: [...c.enum] });
  if (c.pattern) out.push({ text: w.pattern, code: [c.pattern] });
  if (c.maxLength !== undefined) out.push({ text: w.maxLength(f.number(c.maxLength)) });
  if (c.unique) out.push({ text: w.unique });
  return out;
}
