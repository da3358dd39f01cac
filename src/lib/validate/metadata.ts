/** Reading and checking the metadata files beside the CSVs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetMetaSchema, type DatasetMeta } from '../../schemas/metadata';
import { DATASET_NAMES, type DatasetName } from '../datasets';
import type { Problem } from './problem';

/** Metadata of every dataset, with the problems met reading them. */
export interface MetaResult {
  metas: Partial<Record<DatasetName, DatasetMeta>>;
  problems: Problem[];
}

/** Reads `data/<name>.meta.json` for every dataset. */
export function readMetadata(dataDir: string): MetaResult {
  const metas: MetaResult['metas'] = {};
  const problems: Problem[] = [];
  for (const name of DATASET_NAMES) {
    const file = `data/${name}.meta.json`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dataDir, `${name}.meta.json`), 'utf8'));
    } catch (e) {
      problems.push({ code: 'file-error', file, line: null, field: null, message: `không đọc được tệp mô tả (${(e as Error).message}). Sửa: khôi phục tệp JSON hợp lệ.` });
      continue;
    }
    const r = datasetMetaSchema.safeParse(json);
    if (r.success) metas[name] = r.data;
    else for (const i of r.error.issues) problems.push({ code: 'type-error', file, line: null, field: i.path.join('.'), message: `${i.message}. Sửa: theo cấu trúc trong README.` });
  }
  return { metas, problems };
}
