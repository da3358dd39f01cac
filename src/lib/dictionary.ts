/**
 * The data dictionary of a dataset: one entry per column of its zod schema, in schema order.
 * Type and constraints come from the schema itself (`cellSpec`), the rules validation enforces;
 * label, unit and description come from `data/<name>.meta.json`. So the dictionary cannot list
 * a column the schema lacks, nor a rule it does not apply.
 */
import { DATASETS, columnsOf, type DatasetName } from './datasets';
import { formatNumber } from './format';
import { cellSpec, type FieldConstraints, type FieldType } from '../schemas/cells';
import type { DatasetMeta } from '../schemas/metadata';

/** One column of the dictionary. */
export interface DictionaryEntry {
  /** Column name, as in the CSV header. */
  name: string;
  /** Vietnamese label. */
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

/** Vietnamese names of the Table Schema types. */
export const TYPE_LABELS: Record<FieldType, string> = {
  integer: 'Số nguyên',
  number: 'Số thập phân (dấu chấm)',
  string: 'Văn bản',
  date: 'Ngày (YYYY-MM-DD)',
  year: 'Năm (4 chữ số)',
};

/** Builds the dictionary of a dataset. Throws when the metadata file does not document a schema column. */
export function dataDictionary(name: DatasetName, meta: Pick<DatasetMeta, 'fields'>): DictionaryEntry[] {
  const shape = DATASETS[name].schema.shape as Record<string, Parameters<typeof cellSpec>[0]>;
  return columnsOf(name).map((col) => {
    const spec = cellSpec(shape[col]!);
    if (!spec) throw new Error(`${name}.${col}: cột không được tạo bằng các hàm trong src/schemas/cells.ts nên không có kiểu và ràng buộc.`);
    const field = meta.fields.find((f) => f.name === col);
    if (!field) throw new Error(`data/${name}.meta.json thiếu mô tả cột "${col}". Sửa: thêm cột này vào "fields".`);
    return {
      name: col,
      label: field.label,
      type: spec.type,
      unit: field.unit ?? null,
      description: field.description,
      constraints: { ...spec.constraints, ...(spec.constraints.enum ? { enum: [...spec.constraints.enum] } : {}) },
    };
  });
}

/** One rule in words; `code` parts are values to show verbatim (enum values, a pattern). */
export interface RulePart {
  text: string;
  code?: string[];
}

/** The constraints of a column in Vietnamese, as a list of rules. */
export function describeConstraints(type: FieldType, c: FieldConstraints): RulePart[] {
  // Years are written as digits, never with a thousands separator.
  const num = (v: number) => (type === 'year' ? String(v) : formatNumber(v, Number.isInteger(v) ? 0 : String(v).split('.')[1]!.length));
  const out: RulePart[] = [{ text: c.required ? 'Bắt buộc' : 'Có thể để trống (không có số liệu)' }];
  if (c.minimum !== undefined && c.maximum !== undefined) out.push({ text: `Từ ${num(c.minimum)} đến ${num(c.maximum)}` });
  else if (c.minimum !== undefined) out.push({ text: `Không nhỏ hơn ${num(c.minimum)}` });
  else if (c.maximum !== undefined) out.push({ text: `Không lớn hơn ${num(c.maximum)}` });
  if (c.enum) out.push({ text: 'Một trong:', code: [...c.enum] });
  if (c.pattern) out.push({ text: 'Theo mẫu (biểu thức chính quy):', code: [c.pattern] });
  if (c.maxLength !== undefined) out.push({ text: `Tối đa ${formatNumber(c.maxLength)} ký tự` });
  if (c.unique) out.push({ text: 'Không trùng lặp' });
  return out;
}
