/**
 * Vietnamese messages for story frontmatter problems: a zod issue becomes a Problem naming the
 * field, its line and the fix; a YAML error code gets the usual fix.
 */
import type { z } from 'zod';
import type { ErrorCode } from '../../schemas/cells';
import { STORY_FIELDS, STORY_PROVENANCE, SUPPORTS, SUPPORT_IDS, storySchema } from '../../schemas/story';
import type { Problem } from '../validate/problem';
import type { StoryParts } from './frontmatter';

const SUPPORT_LIST = SUPPORT_IDS.map((id) => `${id} (${SUPPORTS[id]})`).join(', ');

/** The Vietnamese label of a frontmatter field. */
export const label = (field: string) => STORY_FIELDS[field]?.label ?? field;
const how = (field: string) => STORY_FIELDS[field]?.how ?? `${field.split('.').pop()}: …`;

/** Reads a dotted path from plain data. */
function getAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

const describe = (v: unknown) =>
  v === null ? 'để trống' : Array.isArray(v) ? 'một danh sách' : typeof v === 'object' ? 'một khối nhiều dòng' : typeof v === 'string' ? `"${v}"` : String(v);

/** Turns one zod issue into problems with Vietnamese messages and the line of the field. */
export function issueProblems(issue: z.core.$ZodIssue, data: unknown, parts: StoryParts, file: string): Problem[] {
  const path = issue.path as (string | number)[];
  const named = path.filter((p): p is string => typeof p === 'string');
  const field = named.join('.') || null;
  const p = (code: ErrorCode, message: string, at = path, f = field): Problem => ({ code, file, line: parts.lineOf(at), field: f, message });
  const params = (issue as { params?: { code?: ErrorCode } }).params;
  const value = getAt(data, path);
  const f = field ?? '';

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => {
      const where = [...path, k];
      const siblings = Object.keys(path.length ? (STORY_FIELDS[f] ? pickChildren(f) : {}) : topFields());
      return p('constraint-error', `trường "${k}" không có trong mẫu câu chuyện. Sửa: xóa dòng này hoặc sửa lại tên trường (các trường hợp lệ: ${siblings.join(', ')}).`, where, [...named, k].join('.'));
    });
  }
  if (params?.code) {
    const shown = (typeof value === 'string' || typeof value === 'number') && String(value).length <= 40 && String(value).trim() !== '' ? ` "${String(value)}"` : '';
    return [p(params.code, `${label(f)}${shown}: ${issue.message}`)];
  }
  if (issue.code === 'invalid_type') {
    if (value === undefined) return [p('missing-cell', `thiếu ${label(f)}. Sửa: thêm dòng ${how(f)}.`)];
    return [p('type-error', `${label(f)} viết sai kiểu (đang là ${describe(value)}). Sửa: viết ${how(f)}.`)];
  }
  if (issue.code === 'invalid_value') {
    if (named[0] === 'supports') {
      return [p('constraint-error', `loại hỗ trợ "${String(value)}" không có trong danh sách. Sửa: dùng một trong các mã: ${SUPPORT_LIST}.`)];
    }
    if (f === 'provenance') {
      return [p('constraint-error', `nguồn gốc "${String(value)}" không hợp lệ. Sửa: dùng ${STORY_PROVENANCE.map((x) => `"${x}"`).join(' hoặc ')} (real: hộ có thật; illustrative: câu chuyện minh họa).`)];
    }
    return [p('constraint-error', `${label(f)} "${String(value)}" không hợp lệ. Sửa: viết ${how(f)}.`)];
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return [p('constraint-error', `${label(f)} nằm ngoài giới hạn. Sửa: viết ${how(f)}.`)];
  }
  return [p('type-error', `${label(f)} không hợp lệ. Sửa: viết ${how(f)}.`)];
}

function topFields(): Record<string, true> {
  return Object.fromEntries(Object.keys(storySchema.shape).map((k) => [k, true]));
}
function pickChildren(prefix: string): Record<string, true> {
  return Object.fromEntries(Object.keys(STORY_FIELDS).filter((k) => k.startsWith(`${prefix}.`)).map((k) => [k.slice(prefix.length + 1), true]));
}

/** The usual fix for a YAML error code of the `yaml` package (or ours: TAG, ANCHOR, ALIAS, INNER_*_QUOTE). */
export function yamlHint(code: string): string {
  switch (code) {
    case 'INNER_DOUBLE_QUOTE':
      return 'giá trị đặt trong ngoặc kép "…" lại có dấu ngoặc kép " ở bên trong, nên giá trị bị cắt ở đó; dùng nháy đơn bên ngoài (title: \'Chị Hoa nói "cảm ơn"\'), hoặc ngoặc kép cong “ ” bên trong (title: "Chị Hoa nói “cảm ơn”"), hoặc viết \\" cho mỗi dấu ngoặc kép bên trong (title: "Chị Hoa nói \\"cảm ơn\\"")';
    case 'INNER_SINGLE_QUOTE':
      return 'giá trị đặt trong nháy đơn \'…\' lại có dấu nháy đơn \' ở bên trong; dùng ngoặc kép bên ngoài (title: "Tiệm may \'Cô Ba\'"), hoặc viết hai dấu nháy đơn liền nhau \'\' cho mỗi dấu nháy bên trong';
    case 'MISSING_CHAR':
      return 'đóng ngoặc kép ở cuối giá trị, ví dụ title: "Mái nhà mới"';
    case 'DUPLICATE_KEY':
      return 'một trường chỉ được ghi một lần; xóa dòng trùng';
    case 'TAG':
      return 'bỏ phần bắt đầu bằng "!" trước giá trị; phần thông tin đầu chỉ gồm chữ, số, true/false và danh sách';
    case 'ANCHOR':
    case 'ALIAS':
      return 'không dùng neo "&tên" và bí danh "*tên" của YAML; viết thẳng giá trị vào từng trường';
    case 'TAB_AS_INDENT':
      return 'thụt lề bằng dấu cách, không dùng phím Tab';
    case 'BAD_INDENT':
    case 'MISSING_INDENT':
      return 'các dòng con (như src, alt trong cover) thụt vào đúng 2 dấu cách, các trường chính không thụt lề';
    default:
      return 'mỗi dòng viết "tên: giá trị"; giá trị có dấu hai chấm ":" hoặc dấu "#" phải đặt trong ngoặc kép; thụt lề bằng dấu cách, không dùng Tab';
  }
}

