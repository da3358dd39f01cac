/**
 * Validating stories: frontmatter against src/schemas/story.ts, the unit against
 * data/administrative-units.csv (valid on 31/12 of the story's year), images on disk,
 * consent, the MDX allow-list and the privacy guard. Every problem is collected, with the
 * file, line and field, in the same Problem shape as the CSV checks. Reads files only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import type { AdministrativeUnit } from '../../schemas/administrative-unit';
import type { UnitChange } from '../../schemas/unit-change';
import type { ErrorCode } from '../../schemas/cells';
import { isIsoDate } from '../../schemas/cells';
import { storySchema, type Story } from '../../schemas/story';
import { decodeUtf8 } from '../validate/decode';
import { excerpt, type Problem } from '../validate/problem';
import { inScope, isCity, validInYear, wardsOf } from '../units/index';
import { unitInYear } from '../units/validity';
import { placeholderAltProblem } from './alt-text';
import { astroDisagreements } from './astro-frontmatter';
import { parseStory } from './frontmatter';
import { IMAGE_EXTENSIONS, checkImageRef, checkImagesFolder, imageName, listDir } from './image-files';
import { scanMdx } from './mdx';
import { issueProblems, label, yamlHint } from './story-messages';
import { findPrivacyInSlug, findPrivacyIssues } from './privacy';
import { isStorySlug, RESERVED_SLUGS } from './slug';
import { unitNameHint } from './unit-name';

export { IMAGE_EXTENSIONS, checkImageRef };

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
  /** Rows of data/unit-changes.csv, to name what an ended unit became; without them no successor is named. */
  changes?: readonly UnitChange[];
  /**
   * Absolute folder of the story file, to resolve `./images/…`; null when there is no disk (the
   * CMS preview in a browser): image references are then checked against `images` by name only.
   */
  dir: string | null;
  /** Names of the files in `<dir>/images`, exact case; computed when omitted. */
  images?: ReadonlySet<string>;
}

/** The images folder of a story context, with its file names. */
function imagesOf(ctx: StoryContext): { dir: string | null; names: ReadonlySet<string> } {
  const dir = ctx.dir === null ? null : join(ctx.dir, 'images');
  return { dir, names: ctx.images ?? (dir === null ? new Set() : listDir(dir)) };
}

/** The city's phường/xã valid on 31/12 of a year. */
const validUnits = (units: readonly AdministrativeUnit[], year: number) => wardsOf(units).filter((u) => validInYear(u, year));

/** Checks the unit against the table: exists, is a phường/xã, was in force at the end of the year. */
function checkUnit(code: string, year: number | null, ctx: StoryContext, at: (f: string, c: ErrorCode, m: string) => Problem): Problem[] {
  if (ctx.units.length === 0) return [];
  const rows = ctx.units.filter((u) => u.gso_code === code);
  const listFor = (us: readonly AdministrativeUnit[]) => us.map((u) => `${u.gso_code} (${u.type} ${u.name})`).join(', ');
  const wards = wardsOf(ctx.units);
  if (rows.length === 0 || (year === null && !rows.some(inScope))) {
    const options = year === null ? wards : validUnits(ctx.units, year);
    return [at('unit', 'foreign-key', `mã "${code}" không có trong data/administrative-units.csv. Sửa: dùng một mã phường/xã trong tệp đó${year !== null ? ` còn hiệu lực năm ${year}` : ''}: ${listFor(options)}.`)];
  }
  const city = rows.find(isCity);
  if (city) return [at('unit', 'constraint-error', `mã ${code} là cả thành phố ${city.name}. Sửa: ghi mã của phường/xã nơi hộ gia đình sống.`)];
  if (year === null) return [];
  const r = unitInYear({ units: ctx.units, changes: ctx.changes ?? [] }, code, year);
  if (r.kind === 'ok' || r.kind === 'unknown') return [];
  const options = validUnits(ctx.units, year);
  const unit = r.unit;
  const successor = r.kind === 'ended' ? r.successors.find((u) => u.gso_code !== unit.gso_code) : undefined;
  const fix = successor
    ? `dùng mã của đơn vị kế thừa: ${successor.gso_code} (${successor.type} ${successor.name}), hoặc kiểm tra lại năm`
    : options.length > 0
      ? `kiểm tra lại năm, hoặc dùng một mã còn hiệu lực năm ${year}: ${listFor(options)}`
      : `không có phường/xã nào của thành phố trong data/administrative-units.csv còn hiệu lực vào 31/12/${year}; kiểm tra lại năm, hoặc nhờ người quản lý dữ liệu thêm các đơn vị mới vào tệp đó trước`;
  const state = r.kind === 'not-yet' ? `chưa tồn tại vào 31/12/${year} (hiệu lực từ ${unit.valid_from ?? '?'})` : `không còn tồn tại vào 31/12/${year} (hiệu lực đến ${unit.valid_to ?? '?'})`;
  const label = r.kind === 'out-of-scope' ? `${unit.type} ${unit.name} (${unit.gso_code}) là đơn vị của tỉnh ${unit.province}, không thuộc thành phố vào 31/12/${year}` : `${unit.type} ${unit.name} (${unit.gso_code}) ${state}`;
  return [at('unit', 'validity-error', `${label}. Sửa: ${fix}.`)];
}

/** Validates the text of one story. `file` is the path shown in problems (relative to the project root). */
export function validateStoryText(text: string, file: string, ctx: StoryContext): { story: CheckedStory | null; problems: Problem[] } {
  const problems: Problem[] = [];
  // Old Mac line endings (CR alone): Astro finds no frontmatter in such a file, so say why.
  if (/\r(?!\n)/.test(text) && !text.includes('\n')) {
    return { story: null, problems: [{ code: 'encoding-error', file, line: 1, field: null, message: 'tệp dùng ký tự xuống dòng CR kiểu máy Mac cũ nên không đọc được từng dòng. Sửa: mở tệp bằng trình soạn thảo và lưu lại với kiểu xuống dòng LF (hoặc CRLF), mã hóa UTF-8.' }] };
  }
  const nfc = text.normalize('NFC');
  const parts = parseStory(nfc);
  const slug = basename(file).replace(/\.mdx$/, '');
  const atField = (f: string, code: ErrorCode, message: string): Problem => ({ code, file, line: parts.lineOf(f.split('.')), field: f, message });

  if (!isStorySlug(slug)) {
    problems.push({ code: 'constraint-error', file, line: null, field: null, message: `tên tệp "${basename(file)}" không dùng được làm địa chỉ trang. Sửa: đặt tên chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "gia-dinh-chi-hoa.mdx" (lệnh npm run new-story tự đặt tên đúng).` });
  } else if ((RESERVED_SLUGS as readonly string[]).includes(slug)) {
    problems.push({ code: 'constraint-error', file, line: null, field: null, message: `tên tệp "${slug}" trùng với trang lọc của mục Câu chuyện. Sửa: đổi tên tệp, ví dụ thêm tên hộ gia đình.` });
  }

  // Privacy reads what a reader (or a visitor of the public repository) reads, drafts included:
  // the file name, every YAML string value after parsing, and the body's text without markup.
  const privacy = (text: string, line: (l: number) => number | null, field: (l: number) => string | null, find = findPrivacyIssues) => {
    for (const f of find(text)) problems.push({ code: 'privacy-error', file, line: line(f.line), field: field(f.line), message: f.message });
  };
  privacy(slug, () => null, () => null, findPrivacyInSlug);
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

  // Body: allow-list, images, and the reader's text for the privacy guard.
  const scan = scanMdx(parts.body);
  const bodyLine = (l: number) => l + parts.bodyLine - 1;
  for (const f of scan.findings) problems.push({ code: f.code, file, line: bodyLine(f.line), field: 'body', message: f.message });
  for (const t of scan.texts) privacy(t.text, (l) => bodyLine(t.line + l - 1), () => 'body');
  const images = imagesOf(ctx);
  for (const img of scan.images) {
    const line = bodyLine(img.line);
    if (img.via === 'markdown' && (img.alt === null || img.alt.trim() === '')) {
      problems.push({ code: 'constraint-error', file, line, field: 'body', message: `ảnh "${excerpt(img.src, 120)}" thiếu mô tả cho người không nhìn thấy ảnh. Sửa: viết ![mô tả ảnh](${excerpt(img.src, 120)}), hoặc dùng <Figure src="${excerpt(img.src, 120)}" alt="…" caption="…" />.` });
    } else if (img.alt !== null) {
      const why = placeholderAltProblem(img.alt, img.src);
      if (why) problems.push({ code: 'constraint-error', file, line, field: 'body', message: `mô tả ảnh "${excerpt(img.alt.trim(), 60)}" của ảnh "${excerpt(img.src, 120)}" ${why}` });
    }
    const bad = checkImageRef(img.src, images.names, file, images.dir);
    if (bad) problems.push({ code: bad.code, file, line, field: 'body', message: bad.message });
  }

  if (parts.yamlErrors.length > 0) return { story: null, problems };
  const data = parts.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ code: 'yaml-error', file, line: 2, field: null, message: 'phần thông tin đầu phải là các dòng "tên: giá trị". Sửa: dùng mẫu của npm run new-story.' });
    return { story: null, problems };
  }
  const raw = data as Record<string, unknown>;
  for (const [path, v] of leaves(raw)) {
    if (typeof v !== 'string') continue;
    const field = path.filter((x) => typeof x === 'string').join('.') || null;
    const at = parts.lineOf(path);
    privacy(v, (l) => at + l - 1, () => field);
  }
  const yearRaw = typeof raw.year === 'string' && /^\d{4}$/.test(raw.year.trim()) ? Number(raw.year) : raw.year;
  const year = typeof yearRaw === 'number' && Number.isInteger(yearRaw) ? yearRaw : null;
  // A unit written by its name ("Mỹ Hải"): the fix gives its code.
  const unitHint = unitNameHint(raw.unit, ctx.units, year);
  const withUnitHint = (p: Problem): Problem => (p.field === 'unit' && unitHint ? { ...p, message: `${p.message.split(' Sửa: ')[0]} ${unitHint}` } : p);
  const parsed = storySchema.safeParse(raw);
  if (!parsed.success) for (const i of parsed.error.issues) problems.push(...issueProblems(i, raw, parts, file).map(withUnitHint));
  problems.push(...astroDisagreements(nfc, parts, parsed.success ? parsed.data : null, file));

  // Cross-field and cross-file rules, on raw values so they run even when other fields fail.
  const draft = raw.draft === true;
  const unit = typeof raw.unit === 'number' ? String(raw.unit) : raw.unit;
  if (typeof unit === 'string' && /^\d{5}$/.test(unit)) problems.push(...checkUnit(unit, year, ctx, atField));

  const published = typeof raw.published === 'string' && isIsoDate(raw.published) ? raw.published : null;
  if (year !== null && published && year > Number(published.slice(0, 4))) {
    problems.push(atField('year', 'constraint-error', `năm thoát nghèo (${year}) sau năm đăng bài (${published.slice(0, 4)}). Sửa: kiểm tra lại "year" và "published".`));
  }

  const cover = raw.cover as Record<string, unknown> | undefined;
  if (cover && typeof cover === 'object' && typeof cover.src === 'string' && cover.src.trim() !== '') {
    const bad = checkImageRef(cover.src.trim(), images.names, file, images.dir);
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

  // An English summary needs the English title: the English list shows them together (src/schemas/story.ts).
  const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (filled(raw.summary_en) && !filled(raw.title_en)) {
    problems.push(atField('summary_en', 'constraint-error', 'có tóm tắt tiếng Anh (summary_en) nhưng chưa có tiêu đề tiếng Anh (title_en), nên danh sách tiếng Anh sẽ ghép tiêu đề tiếng Việt với tóm tắt tiếng Anh. Sửa: thêm dòng title_en: "…" (bản dịch sát nghĩa của title), hoặc xóa summary_en.'));
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

/**
 * Validates every `*.mdx` in `dir`. `rel` is how the folder is named in problems
 * (default `content/stories`), so a fixture folder reports its own paths; `changes` (the rows of
 * data/unit-changes.csv) lets a message name what an ended unit became.
 */
export function validateStories(dir: string, units: readonly AdministrativeUnit[], rel = 'content/stories', changes: readonly UnitChange[] = []): StoriesResult {
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
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(dir, name));
    } catch (e) {
      out.problems.push({ code: 'file-error', file, line: null, field: null, message: `không đọc được tệp (${(e as Error).message}). Sửa: kiểm tra quyền đọc tệp.` });
      continue;
    }
    const decoded = decodeUtf8(bytes, file);
    if (!decoded.ok) {
      out.problems.push(decoded.problem);
      continue;
    }
    const r = validateStoryText(decoded.text, file, { units, changes, dir, images });
    out.problems.push(...r.problems);
    if (r.story) out.stories.push(r.story);
  }
  // The build imports every image of the folder: files no story points at are checked too.
  const referenced = new Set(out.stories.flatMap((s) => imageName(s.data.cover.src) ?? []));
  out.problems.push(...checkImagesFolder(join(dir, 'images'), posix.join(rel, 'images'), referenced));
  return out;
}

export { RESERVED_SLUGS };
