/**
 * `npm run check:links [-- --dir dist --base / --site URL]`: crawls a built folder. Every internal
 * href/src/srcset/url() must resolve to a file under BASE, every #anchor to an id, the Pagefind
 * bundle must be complete, no page may load third-party resources or break the CSP, and the
 * `_headers` rules must cover every page. Prints figures and every problem; exits 1 on any.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { staticChecks } from './release/checks';
import { argValue } from './release/process';
import { dirTree } from './release/tree';
import { siteOrigin } from '../lib/origin';

const argv = process.argv.slice(2);
const dir = resolve(argValue(argv, 'dir') ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const base = argValue(argv, 'base') ?? process.env.BASE ?? '/';
const site = argValue(argv, 'site') ?? siteOrigin();

if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(`Không thấy ${dir}/index.html. Sửa: chạy "npm run build" trước (hoặc chỉ thư mục bằng --dir).`);
  process.exit(1);
}
const t0 = performance.now();
const r = staticChecks(dirTree(dir), { base, site });
console.log(`Kiểm tra liên kết ${dir} (BASE=${base}, SITE=${site}):`);
for (const f of r.figures) console.log(`  ${f}`);
if (r.problems.length > 0) {
  console.error(`\n${r.problems.join('\n')}`);
  console.error(`\nCó ${r.problems.length} vấn đề. Sửa các mục trên rồi dựng lại.`);
  process.exitCode = 1;
} else {
  console.log(`Không có liên kết hỏng (${Math.round(performance.now() - t0)} ms).`);
}
