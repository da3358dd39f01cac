/**
 * `npm run new-story [-- --title "…" --unit 22738 --year 2024] [--dir <project root>]`
 * Creates content/stories/<slug>.mdx from the template (a draft with every field), asking for the
 * title, the unit and the year when they are not given. Never overwrites an existing story.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { AdministrativeUnit } from '../schemas/administrative-unit';
import { STORY_YEAR_MIN } from '../schemas/story';
import { storySlug, RESERVED_SLUGS } from '../lib/stories/slug';
import { storyTemplate } from '../lib/stories/template';
import { unitsByName } from '../lib/stories/unit-name';
import { PLACEHOLDER_IMAGE, validateStoryText } from '../lib/stories/validate';
import { validateData } from '../lib/validate/data';
import { validInYear, wardsOf } from '../lib/units/index';
import { namesWithCodes, unitInYear } from '../lib/units/validity';
import { formatProblem } from '../lib/validate/problem';

const USAGE = `Cách dùng: npm run new-story [-- --title "Gia đình chị Đặng Thị Hoa" --unit 22738 --year 2024]
  --title  tiêu đề câu chuyện (tên tệp được tạo từ tiêu đề)
  --unit   mã GSO hoặc tên phường/xã, ví dụ 22738 hoặc "Đô Vinh"
  --year   năm hộ gia đình thoát nghèo, ví dụ 2024
  --dir    thư mục dự án (mặc định: thư mục hiện tại)
Thiếu thông tin nào, lệnh sẽ hỏi.`;

function fail(msg: string): never {
  console.error(`Lỗi: ${msg}`);
  process.exit(1);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: { title: { type: 'string' }, unit: { type: 'string' }, year: { type: 'string' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
  }).values;
}
try {
  args = parse();
} catch (e) {
  // Node's parseArgs answers in English: say the same in Vietnamese, with the fix.
  const err = e as Error & { code?: string };
  const what = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  const msg =
    err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
      ? `thừa "${what}" (không thuộc tùy chọn nào). Sửa: ghi tiêu đề có dấu cách trong ngoặc kép, ví dụ --title "Gia đình chị Hoa"; trước các tùy chọn cần có "--" khi chạy qua npm: npm run new-story -- --title "…".`
      : err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `không có tùy chọn "${what}". Sửa: chỉ dùng --title, --unit, --year, --dir hoặc --help.`
        : err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `tùy chọn "${what}" thiếu giá trị. Sửa: ghi giá trị ngay sau tùy chọn, ví dụ --year 2024.`
          : `không đọc được các tùy chọn (${err.message}).`;
  fail(`${msg}\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = resolve(args.dir ?? process.cwd());
const data = validateData(join(root, 'data'));
const history = { units: data.tables['administrative-units'].rows, changes: data.tables['unit-changes'].rows };
const units = wardsOf(history.units);
if (units.length === 0) fail(`không đọc được danh sách phường/xã trong ${join(root, 'data/administrative-units.csv')}. Chạy "npm run validate" để xem lỗi.`);

const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const thisYear = now.getFullYear();

/** Finds a unit by GSO code or by name, with or without diacritics and the type word (src/lib/stories/unit-name.ts). */
function findUnit(s: string, year: number | null): AdministrativeUnit | string {
  const byCode = units.filter((u) => u.gso_code === s.trim());
  const found = byCode.length ? byCode : unitsByName(s, units, year);
  const pick = found.find((u) => year === null || validInYear(u, year)) ?? found[0];
  if (!pick) return `không có phường/xã "${s}". Dùng mã hoặc tên trong danh sách:\n${units.map((u) => `  ${u.gso_code}  ${u.type} ${u.name}`).join('\n')}`;
  if (year !== null && !validInYear(pick, year)) {
    const r = unitInYear(history, pick.gso_code, year);
    const next = r.kind === 'ended' && r.successors.length > 0 ? `Hãy chọn đơn vị kế thừa (${namesWithCodes(r.successors)}) hoặc kiểm tra lại năm.` : 'Hãy kiểm tra lại năm.';
    return `${pick.type} ${pick.name} (${pick.gso_code}) không còn tồn tại vào 31/12/${year} (hiệu lực đến ${pick.valid_to ?? '?'}). ${next}`;
  }
  // Given by its name: say which code goes into the file, so the editor learns it.
  if (byCode.length === 0) console.log(`  "${s.trim()}" là ${pick.type} ${pick.name}, mã GSO ${pick.gso_code}: tệp ghi unit: "${pick.gso_code}".`);
  return pick;
}

function checkYear(s: string): number | string {
  const y = Number(s.trim());
  if (!/^\d{4}$/.test(s.trim()) || y < STORY_YEAR_MIN || y > thisYear) return `năm phải gồm 4 chữ số, từ ${STORY_YEAR_MIN} đến ${thisYear}.`;
  return y;
}

function checkTitle(s: string): string | { title: string; slug: string } {
  const title = s.trim().normalize('NFC');
  const slug = storySlug(title);
  if (!title || !slug) return 'tiêu đề không được để trống và phải có chữ cái hoặc chữ số.';
  if ((RESERVED_SLUGS as readonly string[]).includes(slug)) return `tên tệp "${slug}" trùng với một trang lọc; hãy đặt tiêu đề dài hơn.`;
  if (existsSync(join(root, 'content/stories', `${slug}.mdx`))) return `đã có câu chuyện content/stories/${slug}.mdx; lệnh không bao giờ ghi đè. Hãy đặt tiêu đề khác, hoặc mở tệp đó để sửa.`;
  return { title, slug };
}

const needsInput = args.title === undefined || args.unit === undefined || args.year === undefined;
const rl = needsInput ? createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) }) : null;
// The async iterator keeps lines that arrive before a question is asked (piped input).
const lines = rl ? rl[Symbol.asyncIterator]() : null;

/** Asks until the answer passes `check` (flags are checked once: a bad flag is an error). */
async function ask<T>(flag: string | undefined, question: string, check: (s: string) => T | string): Promise<T> {
  if (flag !== undefined) {
    const r = check(flag);
    if (typeof r === 'string') fail(r);
    return r;
  }
  for (;;) {
    process.stdout.write(question);
    const next = await lines!.next();
    if (next.done) fail(`thiếu thông tin.\n${USAGE}`);
    if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
    const r = check(next.value);
    if (typeof r !== 'string') return r;
    console.error(`  ${r}`);
  }
}

const { title, slug } = await ask(args.title, 'Tiêu đề câu chuyện: ', checkTitle);
const year = await ask(args.year, `Năm hộ gia đình thoát nghèo (${STORY_YEAR_MIN}–${thisYear}): `, checkYear);
const unit = await ask(args.unit, 'Phường/xã (mã GSO hoặc tên, ví dụ 22738 hoặc Đô Vinh): ', (s) => findUnit(s, year));
rl?.close();

const dir = join(root, 'content/stories');
const file = join(dir, `${slug}.mdx`);
const text = storyTemplate({ title, unit: unit.gso_code, unitLabel: `${unit.type} ${unit.name}`, year, today });
mkdirSync(dir, { recursive: true });
try {
  writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' }); // wx: fails if the file exists, never overwrites
} catch {
  fail(`đã có tệp ${relative(root, file)}; lệnh không ghi đè.`);
}

const rel = relative(root, file).split('\\').join('/');
const check = validateStoryText(text, rel, { ...history, dir });
console.log(`Đã tạo ${rel} (bản nháp: draft: true).`);
if (check.problems.length > 0) {
  console.log('Lưu ý, tệp mới còn các lỗi sau:');
  for (const p of check.problems) console.log(`  ${formatProblem(p)}`);
}
if (!existsSync(join(dir, PLACEHOLDER_IMAGE))) console.log(`Lưu ý: chưa có ảnh tạm ${PLACEHOLDER_IMAGE.replace('./', 'content/stories/')}; hãy ghi ảnh bìa của bạn vào cover.src.`);
console.log(`
Các bước tiếp theo:
  1. Mở ${rel} và thay mọi chỗ [[…]] bằng nội dung thật (tóm tắt, tên hộ, mô tả ảnh…).
  2. Chép ảnh bìa vào content/stories/images/ rồi ghi tên tệp vào cover.src, ví dụ "./images/${slug}.jpg".
  3. Xem thử: chạy "npm run dev" rồi mở http://127.0.0.1:4321/cau-chuyen/${slug}/
  4. Khi hộ gia đình đã ký phiếu đồng ý: ghi consent.given: true, ngày ký và số hiệu phiếu, rồi đổi draft: false.
  5. Kiểm tra: "npm run validate" phải báo không có lỗi trước khi đăng.
Hướng dẫn đầy đủ: content/HUONG-DAN-BIEN-TAP.md`);
