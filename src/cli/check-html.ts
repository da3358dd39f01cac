/**
 * `npm run check:html [-- --dir dist --warnings --strict]`: validates every built HTML page with the
 * W3C Nu validator (the vnu-jar package, run by the machine's Java). Prints each error as
 * file:line:col; exits 1 on any error. Warnings are counted (listed with --warnings) but do not fail,
 * nor do the validator's known CSS gaps (listed below), unless --strict.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { argValue, hasFlag } from './release/process';
import { listFiles } from './release/tree';
import { formatVnuMessage, parseVnuJson } from './release/vnu';

const argv = process.argv.slice(2);
const dir = resolve(argValue(argv, 'dir') ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const java = process.env.JAVA ?? 'java';
const require = createRequire(import.meta.url);
const jar = String(require('vnu-jar'));
const version = (require('vnu-jar/package.json') as { version: string }).version;

if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(`Không thấy ${dir}/index.html. Sửa: chạy "npm run build" trước (hoặc chỉ thư mục bằng --dir).`);
  process.exit(1);
}
const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.error('Không chạy được "java" (cần cho trình kiểm tra W3C Nu). Sửa: apt-get install -y default-jre-headless (hoặc đặt biến JAVA).');
  process.exit(1);
}

const pages = listFiles(dir).filter((f) => f.endsWith('.html'));
const t0 = performance.now();
// --skip-non-html walks the folder itself, so the command line stays short with thousands of pages.
const r = spawnSync(java, ['-Xss1m', '-jar', jar, '--format', 'json', '--skip-non-html', dir], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
const ms = performance.now() - t0;
let messages;
try {
  messages = parseVnuJson(r.stderr || r.stdout || '{}', dir);
} catch {
  console.error(`Không đọc được kết quả của vnu (mã ${r.status}):\n${(r.stderr || r.stdout).slice(0, 2000)}`);
  process.exit(1);
}
// The validator's CSS grammar lags browsers: these messages are about valid, widely supported CSS
// (container queries: Chrome 105, Firefox 110, Safari 16). They are counted and printed, not failed on;
// --strict fails on them too.
const KNOWN_GAPS: RegExp[] = [/^CSS: “container(-type|-name)?”: Property “container(-type|-name)?” doesn't exist\.$/, /^CSS: Unrecognized at-rule “@container”\.?$/];
const strict = hasFlag(argv, 'strict');
const gap = (m: { level: string; message: string }) => !strict && m.level === 'error' && KNOWN_GAPS.some((re) => re.test(m.message));
const skipped = messages.filter(gap);
const errors = messages.filter((m) => m.level === 'error' && !gap(m));
const warnings = messages.filter((m) => m.level === 'warning');
const filesWithErrors = new Set(errors.map((m) => m.file));

console.log(`W3C Nu validator (vnu-jar ${version}) trên ${dir}: ${pages.length} trang, ${errors.length} lỗi (${filesWithErrors.size} trang), ${warnings.length} cảnh báo, ${(ms / 1000).toFixed(1)} s.`);
if (skipped.length > 0) {
  const kinds = new Map<string, number>();
  for (const m of skipped) kinds.set(m.message, (kinds.get(m.message) ?? 0) + 1);
  console.log(`Bỏ qua ${skipped.length} thông báo về CSS hợp lệ mà trình kiểm tra chưa biết (tính là lỗi với -- --strict):`);
  for (const [msg, n] of kinds) console.log(`  ${n} × ${msg}`);
}
if (hasFlag(argv, 'warnings')) for (const m of warnings) console.log(formatVnuMessage(m));
else if (warnings.length > 0) {
  const kinds = new Map<string, number>();
  for (const w of warnings) kinds.set(w.message, (kinds.get(w.message) ?? 0) + 1);
  console.log('Cảnh báo (không làm hỏng kiểm tra; xem từng chỗ với -- --warnings):');
  for (const [msg, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${msg}`);
}
if (errors.length > 0) {
  console.error(`\n${errors.map(formatVnuMessage).join('\n')}`);
  console.error(`\nCó ${errors.length} lỗi HTML. Sửa thành phần .astro sinh ra đoạn mã trên rồi dựng lại.`);
  process.exitCode = 1;
} else if (r.status !== 0 && messages.length === 0) {
  console.error(`vnu thoát với mã ${r.status} mà không có thông báo:\n${r.stderr}`);
  process.exitCode = 1;
} else {
  console.log('0 lỗi HTML.');
}
