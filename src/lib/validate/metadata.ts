/** Reading and checking the metadata files beside the CSVs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { datasetMetaSchema, TRANSLATED_LOCALES, type DatasetMeta } from '../../schemas/metadata';
import { LOCALE_INFO, type Locale } from '../i18n/locales';
import { DATASET_NAMES, type DatasetName } from '../datasets';
import { jsonLines, lineOf } from './json-lines';
import type { Problem } from './problem';

/** Metadata of every dataset, with the problems met reading them. */
export interface MetaResult {
  metas: Partial<Record<DatasetName, DatasetMeta>>;
  problems: Problem[];
}

/** Vietnamese names of the translated keys, for messages. */
const KEY_WORDS: Record<string, string> = { title: 'tên bộ dữ liệu', description: 'mô tả', provenancePolicy: 'chính sách nguồn gốc', label: 'nhãn cột', unit: 'đơn vị' };

/** Vietnamese name of a locale for messages ("tiếng Anh"); unknown locales by their code. */
const LANGUAGE_VI: Partial<Record<Locale, string>> = { en: 'tiếng Anh' };

/** The translated locale a path is inside (["fields", 3, "en", "label"] → "en"), if any. */
function translationOf(path: readonly PropertyKey[]): Locale | undefined {
  return TRANSLATED_LOCALES.find((l) => path.includes(l));
}

/** One zod issue as a problem, with a message that says what to write where. */
function toProblem(file: string, json: unknown, lines: Map<string, number>, i: z.core.$ZodIssue): Problem {
  const path = i.path;
  const field = path.join('.');
  const line = lineOf(lines, path);
  const locale = translationOf(path);
  const fields = (json as { fields?: { name?: unknown }[] }).fields;
  const col = path[0] === 'fields' && typeof path[1] === 'number' ? fields?.[path[1]]?.name : undefined;
  const where = typeof col === 'string' ? `cột "${col}"` : 'bộ dữ liệu';
  if (i.message === 'generated') {
    const key = String(path.at(-1));
    return { code: 'type-error', file, line, field, message: `${where} ghi "${key}", nhưng kiểu và ràng buộc của cột chỉ nằm ở lược đồ zod (src/schemas/), từ đó sinh ra từ điển dữ liệu và datapackage.json. Sửa: xóa "${key}" khỏi cột này; muốn đổi quy tắc thì sửa lược đồ zod.` };
  }
  if (locale) {
    const lang = LANGUAGE_VI[locale] ?? `"${locale}" (${LOCALE_INFO[locale].name})`;
    const key = path.at(-1) === locale ? undefined : String(path.at(-1));
    if (i.message === 'extra-unit') {
      return { code: 'type-error', file, line, field, message: `${where} có đơn vị ${lang} ("${locale}.unit") nhưng không có đơn vị tiếng Việt ("unit"). Sửa: thêm "unit" tiếng Việt hoặc xóa "${locale}.unit".` };
    }
    const missing = i.code === 'invalid_type' || i.message === 'missing-unit' || i.message === 'missing-translation';
    const what = key ? `${KEY_WORDS[key] ?? key} ${lang}` : `bản ${lang}`;
    const hint = key
      ? `thêm "${key}" vào "${locale}" của ${where}`
      : typeof col === 'string'
        ? `thêm "${locale}": { "label": …, "description": … } vào ${where}${fields && (fields[path[1] as number] as { unit?: unknown })?.unit ? ' (kèm "unit")' : ''}`
        : `thêm "${locale}": { "title": …, "description": …, "provenancePolicy": … } vào tệp`;
    const message = missing
      ? `thiếu ${what} của ${where} ("${field}"). Sửa: ${hint}, dịch từ bản tiếng Việt.`
      : i.code === 'too_small'
        ? `${what} của ${where} ("${field}") đang để trống. Sửa: ghi bản dịch từ bản tiếng Việt.`
        : `${what} của ${where} ("${field}") phải là một đoạn văn bản. Sửa: ghi bản dịch trong dấu ngoặc kép.`;
    return { code: 'type-error', file, line, field, message };
  }
  return { code: 'type-error', file, line, field, message: `${i.message}. Sửa: theo cấu trúc trong README.` };
}

/** Checks the text of one metadata file (`file` names it in problems). */
export function checkMetadata(file: string, text: string): { meta: DatasetMeta | null; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { meta: null, problems: [{ code: 'file-error', file, line: null, field: null, message: `không đọc được tệp mô tả (${(e as Error).message}). Sửa: khôi phục tệp JSON hợp lệ.` }] };
  }
  const r = datasetMetaSchema.safeParse(json);
  if (r.success) return { meta: r.data, problems: [] };
  const lines = jsonLines(text);
  return { meta: null, problems: r.error.issues.map((i) => toProblem(file, json, lines, i)) };
}

/** Reads `data/<name>.meta.json` for every dataset. */
export function readMetadata(dataDir: string): MetaResult {
  const metas: MetaResult['metas'] = {};
  const problems: Problem[] = [];
  for (const name of DATASET_NAMES) {
    const file = `data/${name}.meta.json`;
    let text: string;
    try {
      text = readFileSync(join(dataDir, `${name}.meta.json`), 'utf8');
    } catch (e) {
      problems.push({ code: 'file-error', file, line: null, field: null, message: `không đọc được tệp mô tả (${(e as Error).message}). Sửa: khôi phục tệp JSON hợp lệ.` });
      continue;
    }
    const r = checkMetadata(file, text);
    if (r.meta) metas[name] = r.meta;
    problems.push(...r.problems);
  }
  return { metas, problems };
}
