/**
 * Validating stories: frontmatter against src/schemas/story.ts, the unit against
 * data/administrative-units.csv (valid on 31/12 of the story's year), images on disk,
 * consent, the MDX allow-list and the privacy guard. Every problem is collected, with the
 * file, line and field, in the same Problem shape as the CSV checks. Reads files only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import type { z } from 'zod';
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import type { ErrorCode } from '../../schemas/cells';
import { isIsoDate } from '../../schemas/cells';
import { STORY_FIELDS, STORY_PROVENANCE, SUPPORTS, SUPPORT_IDS, storySchema, type Story } from '../../schemas/story';
import type { Problem } from '../validate/problem';
import { unitValidInYear } from '../validate/data';
import { parseStory, type StoryParts } from './frontmatter';
import { scanMdx } from './mdx';
import { findPrivacyIssues } from './privacy';
import { isStorySlug, RESERVED_SLUGS } from './slug';

/** Image file types the pipeline accepts. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** The image `npm run new-story` puts in a new draft; it must be replaced before publishing. */
export const PLACEHOLDER_IMAGE = './images/anh-tam-thoi.jpg';

/** Marks a blank the editor must fill in the template: `[[…]]`. */
export const PLACEHOLDER_RE = /\[\[[^\]]*\]\]/;

/** A story that passed the schema (other problems may remain). */
export interface CheckedStory {
  /** Path relative to the project root, e.g. `content/stories/x.mdx`. */
  file: string;
  /** File name without `.mdx`: the URL slug. */
  slug: string;
  data: Story;
}

/** Result of validating one story or a folder of them. */
export interface StoriesResult {
  stories: CheckedStory[];
  problems: Problem[];
  files: number;
}

/** What a story check needs besides the file. */
export interface StoryContext {
  /** Administrative units from data/administrative-units.csv; empty skips unit checks (the table itself failed). */
  units: readonly AdministrativeUnit[];
  /** Absolute folder of the story file, to resolve `./images/…`. */
  dir: string;
  /** Names of the files in `<dir>/images`, exact case; computed when omitted. */
  images?: ReadonlySet<string>;
}

const SUPPORT_LIST = SUPPORT_IDS.map((id) => `${id} (${SUPPORTS[id]})`).join(', ');

const label = (field: string) => STORY_FIELDS[field]?.label ?? field;
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
function issueProblems(issue: z.core.$ZodIssue, data: unknown, parts: StoryParts, file: string): Problem[] {
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

/** Lists the names of files in a folder, or an empty set when it does not exist. */
function listDir(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

/**
 * Checks a local image reference: inside `./images/`, a known type, present on disk (exact case).
 * Returns the problem, or null when the file is fine.
 */
export function checkImageRef(src: string, ctx: StoryContext, fileRel: string): { code: ErrorCode; message: string } | null {
  const folder = posix.join(posix.dirname(fileRel), 'images');
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return { code: 'constraint-error', message: `ảnh "${src}" lấy từ trang khác. Sửa: tải ảnh về, chép vào ${folder}/ và ghi src: "./images/ten-anh.jpg" (trang không tải gì từ trang khác).` };
  }
  const norm = posix.normalize(src.replace(/\\/g, '/'));
  const m = /^images\/([^/]+)$/.exec(norm);
  if (!m) {
    return { code: 'constraint-error', message: `ảnh "${src}" phải nằm trong thư mục ${folder}/. Sửa: chép ảnh vào đó và ghi đường dẫn dạng "./images/ten-anh.jpg".` };
  }
  const name = m[1]!;
  const ext = name.split('.').pop()!.toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
    return { code: 'constraint-error', message: `tệp "${name}" không phải loại ảnh dùng được. Sửa: dùng ảnh ${IMAGE_EXTENSIONS.join(', ')}.` };
  }
  const images = ctx.images ?? listDir(join(ctx.dir, 'images'));
  if (!images.has(name)) {
    const near = [...images].find((f) => f.toLowerCase() === name.toLowerCase());
    const hint = near ? `có tệp "${near}" gần giống: tên phải khớp cả chữ hoa, chữ thường và đuôi tệp` : `chép ảnh vào ${folder}/ với đúng tên "${name}", hoặc sửa đường dẫn cho khớp tên tệp ảnh`;
    return { code: 'file-error', message: `không tìm thấy tệp ảnh ${folder}/${name}. Sửa: ${hint}.` };
  }
  return null;
}

/** Units valid on 31/12 of a year. */
const validUnits = (units: readonly AdministrativeUnit[], year: number) => units.filter((u) => u.type !== 'Thành phố' && unitValidInYear(u, year));

/** Checks the unit against the table: exists, is a phường/xã, was in force at the end of the year. */
function checkUnit(code: string, year: number | null, ctx: StoryContext, at: (f: string, c: ErrorCode, m: string) => Problem): Problem[] {
  if (ctx.units.length === 0) return [];
  const unit = ctx.units.find((u) => u.gso_code === code);
  const listFor = (us: readonly AdministrativeUnit[]) => us.map((u) => `${u.gso_code} (${u.type} ${u.name})`).join(', ');
  if (!unit) {
    const options = year === null ? ctx.units.filter((u) => u.type !== 'Thành phố') : validUnits(ctx.units, year);
    return [at('unit', 'foreign-key', `mã "${code}" không có trong data/administrative-units.csv. Sửa: dùng một mã phường/xã trong tệp đó${year !== null ? ` còn hiệu lực năm ${year}` : ''}: ${listFor(options)}.`)];
  }
  if (unit.type === 'Thành phố') {
    return [at('unit', 'constraint-error', `mã ${code} là cả thành phố ${unit.name}. Sửa: ghi mã của phường/xã nơi hộ gia đình sống.`)];
  }
  if (year === null || unitValidInYear(unit, year)) return [];
  const options = validUnits(ctx.units, year);
  const successor = options.find((u) => u.name === unit.name_from_2024_11_01 && u.gso_code !== unit.gso_code);
  const fix = successor
    ? `dùng mã của đơn vị kế thừa: ${successor.gso_code} (${successor.type} ${successor.name}), hoặc kiểm tra lại năm`
    : options.length > 0
      ? `kiểm tra lại năm, hoặc dùng một mã còn hiệu lực năm ${year}: ${listFor(options)}`
      : `không có phường/xã nào trong data/administrative-units.csv còn hiệu lực vào 31/12/${year}; kiểm tra lại năm, hoặc nhờ người quản lý dữ liệu thêm các đơn vị mới vào tệp đó trước`;
  return [at('unit', 'validity-error', `${unit.type} ${unit.name} (${unit.gso_code}) không còn tồn tại vào 31/12/${year} (hiệu lực đến ${unit.valid_to ?? '?'}). Sửa: ${fix}.`)];
}

/** Validates the text of one story. `file` is the path shown in problems (relative to the project root). */
export function validateStoryText(text: string, file: string, ctx: StoryContext): { story: CheckedStory | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const parts = parseStory(text.normalize('NFC'));
  const slug = basename(file).replace(/\.mdx$/, '');
  const atField = (f: string, code: ErrorCode, message: string): Problem => ({ code, file, line: parts.lineOf(f.split('.')), field: f, message });

  if (!isStorySlug(slug)) {
    problems.push({ code: 'constraint-error', file, line: null, field: null, message: `tên tệp "${basename(file)}" không dùng được làm địa chỉ trang. Sửa: đặt tên chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "gia-dinh-chi-hoa.mdx" (lệnh npm run new-story tự đặt tên đúng).` });
  } else if ((RESERVED_SLUGS as readonly string[]).includes(slug)) {
    problems.push({ code: 'constraint-error', file, line: null, field: null, message: `tên tệp "${slug}" trùng với trang lọc của mục Câu chuyện. Sửa: đổi tên tệp, ví dụ thêm tên hộ gia đình.` });
  }

  // Privacy runs on the raw text, frontmatter and body alike, and on drafts too: the repository is public.
  for (const f of findPrivacyIssues(text.normalize('NFC'))) {
    problems.push({ code: 'privacy-error', file, line: f.line, field: parts.fieldAt(f.line) ?? (f.line >= parts.bodyLine ? 'body' : null), message: f.message });
  }

  if (!parts.hasFrontmatter) {
    problems.push({ code: 'yaml-error', file, line: 1, field: null, message: 'tệp không có phần thông tin đầu (frontmatter). Sửa: dòng đầu tiên của tệp phải là "---", tiếp theo là các trường (title, summary, …), rồi một dòng "---" nữa; dùng npm run new-story để có mẫu.' });
    return { story: null, problems };
  }
  for (const e of parts.yamlErrors) {
    problems.push({
      code: 'yaml-error',
      file,
      line: e.line,
      field: null,
      message: `lỗi cú pháp ở phần thông tin đầu (${e.detail}). Sửa: ${yamlHint(e.code)}.`,
    });
  }

  // Body: allow-list and images.
  const scan = scanMdx(parts.body);
  for (const f of scan.findings) problems.push({ code: f.code, file, line: f.line + parts.bodyLine - 1, field: 'body', message: f.message });
  for (const img of scan.images) {
    const line = img.line + parts.bodyLine - 1;
    if (img.via === 'markdown' && (img.alt === null || img.alt.trim() === '')) {
      problems.push({ code: 'constraint-error', file, line, field: 'body', message: `ảnh "${img.src}" thiếu mô tả cho người không nhìn thấy ảnh. Sửa: viết ![mô tả ảnh](${img.src}), hoặc dùng <Figure src="${img.src}" alt="…" caption="…" />.` });
    }
    const bad = checkImageRef(img.src, ctx, file);
    if (bad) problems.push({ code: bad.code, file, line, field: 'body', message: bad.message });
  }

  if (parts.yamlErrors.length > 0) return { story: null, problems };
  const data = parts.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ code: 'yaml-error', file, line: 2, field: null, message: 'phần thông tin đầu phải là các dòng "tên: giá trị". Sửa: dùng mẫu của npm run new-story.' });
    return { story: null, problems };
  }
  const raw = data as Record<string, unknown>;
  const parsed = storySchema.safeParse(raw);
  if (!parsed.success) for (const i of parsed.error.issues) problems.push(...issueProblems(i, raw, parts, file));

  // Cross-field and cross-file rules, on raw values so they run even when other fields fail.
  const draft = raw.draft === true;
  const yearRaw = typeof raw.year === 'string' && /^\d{4}$/.test(raw.year.trim()) ? Number(raw.year) : raw.year;
  const year = typeof yearRaw === 'number' && Number.isInteger(yearRaw) ? yearRaw : null;
  const unit = typeof raw.unit === 'number' ? String(raw.unit) : raw.unit;
  if (typeof unit === 'string' && /^\d{5}$/.test(unit)) problems.push(...checkUnit(unit, year, ctx, atField));

  const published = typeof raw.published === 'string' && isIsoDate(raw.published) ? raw.published : null;
  if (year !== null && published && year > Number(published.slice(0, 4))) {
    problems.push(atField('year', 'constraint-error', `năm thoát nghèo (${year}) sau năm đăng bài (${published.slice(0, 4)}). Sửa: kiểm tra lại "year" và "published".`));
  }

  const cover = raw.cover as Record<string, unknown> | undefined;
  if (cover && typeof cover === 'object' && typeof cover.src === 'string' && cover.src.trim() !== '') {
    const bad = checkImageRef(cover.src.trim(), ctx, file);
    if (bad) problems.push(atField('cover.src', bad.code, bad.message));
    else if (!draft && posix.normalize(cover.src.trim()) === posix.normalize(PLACEHOLDER_IMAGE)) {
      problems.push(atField('cover.src', 'constraint-error', `ảnh bìa vẫn là ảnh tạm của mẫu. Sửa: chép ảnh của câu chuyện vào ${posix.join(posix.dirname(file), 'images')}/ và ghi tên tệp đó vào src.`));
    }
  }

  const consent = raw.consent as Record<string, unknown> | undefined;
  if (consent && typeof consent === 'object') {
    if (!draft && consent.given !== true && (consent.given === false || consent.given === undefined)) {
      problems.push(atField(consent.given === undefined ? 'consent' : 'consent.given', consent.given === undefined ? 'missing-cell' : 'constraint-error',
        'câu chuyện chưa có sự đồng ý của hộ gia đình nên không được đăng. Sửa: khi hộ gia đình đã ký phiếu đồng ý, ghi given: true, ngày ký (date) và số hiệu phiếu (form_ref); trong lúc chờ, để draft: true.'));
    }
    if (consent.given === true) {
      if (consent.date === '' || consent.date === undefined || consent.date === null) {
        problems.push(atField(consent.date === undefined ? 'consent' : 'consent.date', consent.date === undefined ? 'missing-cell' : 'constraint-error', 'đã ghi given: true nhưng thiếu ngày ký phiếu đồng ý. Sửa: ghi date: YYYY-MM-DD, ví dụ date: 2024-10-20.'));
      }
      if (typeof consent.form_ref !== 'string' || consent.form_ref.trim() === '') {
        problems.push(atField(consent.form_ref === undefined ? 'consent' : 'consent.form_ref', consent.form_ref === undefined ? 'missing-cell' : 'constraint-error', 'đã ghi given: true nhưng thiếu số hiệu phiếu đồng ý. Sửa: ghi form_ref: "…" theo số lưu ở Phòng Văn hóa và Thông tin.'));
      }
      if (typeof consent.date === 'string' && isIsoDate(consent.date) && published && consent.date > published) {
        problems.push(atField('consent.date', 'constraint-error', `phiếu đồng ý ký ngày ${consent.date}, sau ngày đăng ${published}. Sửa: chỉ đăng sau khi đã có phiếu đồng ý; kiểm tra lại hai ngày.`));
      }
    }
  }

  if (Array.isArray(raw.supports)) {
    const seen = new Set<unknown>();
    raw.supports.forEach((s, i) => {
      if (seen.has(s)) problems.push({ code: 'constraint-error', file, line: parts.lineOf(['supports', i]), field: 'supports', message: `loại hỗ trợ "${String(s)}" bị ghi hai lần. Sửa: xóa dòng trùng.` });
      seen.add(s);
    });
  }

  // Template blanks `[[…]]` must be filled before publishing.
  if (!draft) {
    for (const [path, v] of leaves(raw)) {
      if (typeof v === 'string' && PLACEHOLDER_RE.test(v)) {
        problems.push({ code: 'constraint-error', file, line: parts.lineOf(path), field: path.filter((x) => typeof x === 'string').join('.'), message: `${label(path.filter((x) => typeof x === 'string').join('.'))} còn chỗ trống của mẫu "${PLACEHOLDER_RE.exec(v)![0]}". Sửa: thay bằng nội dung thật trước khi đăng.` });
      }
    }
    parts.body.split('\n').forEach((l, i) => {
      const m = PLACEHOLDER_RE.exec(l);
      if (m) problems.push({ code: 'constraint-error', file, line: parts.bodyLine + i, field: 'body', message: `nội dung còn chỗ trống của mẫu "${m[0]}". Sửa: thay bằng nội dung thật trước khi đăng, hoặc xóa đoạn ví dụ.` });
    });
  }

  const story = parsed.success ? { file, slug, data: parsed.data } : null;
  return { story, problems };
}

/** Every string leaf of plain data with its path. */
function leaves(v: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [[path, v]];
}

function yamlHint(code: string): string {
  switch (code) {
    case 'MISSING_CHAR':
      return 'đóng ngoặc kép ở cuối giá trị, ví dụ title: "Mái nhà mới"';
    case 'DUPLICATE_KEY':
      return 'một trường chỉ được ghi một lần; xóa dòng trùng';
    case 'TAB_AS_INDENT':
      return 'thụt lề bằng dấu cách, không dùng phím Tab';
    case 'BAD_INDENT':
    case 'MISSING_INDENT':
      return 'các dòng con (như src, alt trong cover) thụt vào đúng 2 dấu cách, các trường chính không thụt lề';
    default:
      return 'mỗi dòng viết "tên: giá trị"; giá trị có dấu hai chấm ":" hoặc dấu "#" phải đặt trong ngoặc kép; thụt lề bằng dấu cách, không dùng Tab';
  }
}

/**
 * Validates every `*.mdx` in `dir`. `rel` is how the folder is named in problems
 * (default `content/stories`), so a fixture folder reports its own paths.
 */
export function validateStories(dir: string, units: readonly AdministrativeUnit[], rel = 'content/stories'): StoriesResult {
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort() : [];
  const images = listDir(join(dir, 'images'));
  const out: StoriesResult = { stories: [], problems: [], files: names.length };
  // A story saved with another extension is silently skipped by Astro: say so.
  const strays = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(md|markdown|txt|docx?|mdx)$/i.test(f) && !f.endsWith('.mdx')) : [];
  for (const f of strays) {
    out.problems.push({ code: 'file-error', file: posix.join(rel, f), line: null, field: null, message: `tệp "${f}" không phải câu chuyện (.mdx) nên sẽ bị bỏ qua. Sửa: đổi đuôi tệp thành .mdx (chữ thường), hoặc dùng npm run new-story để tạo câu chuyện.` });
  }
  for (const name of names) {
    const file = posix.join(rel, name);
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch (e) {
      out.problems.push({ code: 'file-error', file, line: null, field: null, message: `không đọc được tệp (${(e as Error).message}). Sửa: kiểm tra quyền đọc tệp.` });
      continue;
    }
    const r = validateStoryText(text, file, { units, dir, images });
    out.problems.push(...r.problems);
    if (r.story) out.stories.push(r.story);
  }
  return out;
}

export { RESERVED_SLUGS };
