/**
 * The value-level provenance convention, checked across the columns of a row: `official_fields`
 * names only value columns of its dataset, is filled exactly when the row is `mixed`, and every
 * official value has a source that is not the placeholder of illustrative rows.
 */
import { cellSpec } from '../../schemas/cells';
import { DATASETS, DATASET_NAMES, type DatasetDef, type DatasetName } from '../datasets';
import { officialFieldsOf } from '../provenance/values';
import type { Tables } from './data';
import type { Problem } from './problem';

/** Columns that hold values (numbers), the ones `official_fields` may name: never a key column nor a declared `notValues` one. */
export function valueColumnsOf(name: DatasetName): string[] {
  const d: DatasetDef = DATASETS[name];
  const shape = d.schema.shape as Record<string, Parameters<typeof cellSpec>[0]>;
  return Object.keys(shape).filter((c) => {
    const t = cellSpec(shape[c]!)?.type;
    return (t === 'integer' || t === 'number') && !d.primaryKey.includes(c) && !(d.notValues ?? []).includes(c);
  });
}

/** Source text that is the illustrative placeholder, not a published document. */
const PLACEHOLDER = /minh họa/iu;

interface Row {
  provenance: string;
  official_fields?: string | null;
  source?: string | null;
  [k: string]: unknown;
}

/** Every breach of the convention in every table, with file, line and column. */
export function checkProvenance(tables: Tables): Problem[] {
  const out: Problem[] = [];
  for (const name of DATASET_NAMES) {
    const t = tables[name] as unknown as { file: string; rows: Row[]; lines: number[] };
    const values = valueColumnsOf(name);
    const hasColumn = 'official_fields' in DATASETS[name].schema.shape;
    t.rows.forEach((r, i) => {
      const p = (field: string, code: Problem['code'], message: string) => out.push({ code, file: t.file, line: t.lines[i]!, field, message });
      const listed = officialFieldsOf(r);
      if (r.provenance !== 'mixed' && listed.length > 0) {
        p('official_fields', 'consistency-error', `official_fields = "${r.official_fields}" nhưng provenance = "${r.provenance}". Sửa: để trống official_fields, hoặc ghi provenance = "mixed" nếu chỉ các cột này là chính thức.`);
      }
      if (r.provenance === 'mixed' && listed.length === 0) {
        p(hasColumn ? 'official_fields' : 'provenance', 'consistency-error', hasColumn
          ? `dòng "mixed" phải ghi các cột chính thức ở official_fields. Sửa: ghi tên các cột giá trị chính thức cách nhau bởi ";" (một trong: ${values.join(', ')}), hoặc đổi provenance thành "official"/"illustrative".`
          : `tệp này không có cột official_fields nên không dùng được "mixed". Sửa: ghi provenance = "official" hoặc "illustrative".`);
      }
      for (const f of listed) {
        if (!values.includes(f)) {
          p('official_fields', 'constraint-error', `"${f}" không phải cột giá trị của tệp này. Sửa: chỉ ghi tên các cột giá trị${values.length ? `: ${values.join(', ')}` : ' (tệp này không có cột giá trị nào, để trống)'}.`);
        } else if (r[f] === null || r[f] === undefined) {
          p('official_fields', 'consistency-error', `official_fields ghi "${f}" nhưng ô ${f} của dòng này để trống. Sửa: điền giá trị chính thức hoặc bỏ "${f}" khỏi official_fields.`);
        }
      }
      if (r.provenance !== 'illustrative' && (!r.source || PLACEHOLDER.test(r.source))) {
        p('source', 'consistency-error', `dòng có số liệu chính thức (provenance = "${r.provenance}") nhưng source ${r.source ? `là "${r.source}"` : 'để trống'}. Sửa: ghi văn bản công bố số liệu (số, ngày, cơ quan ban hành, mục).`);
      }
    });
  }
  return out;
}
