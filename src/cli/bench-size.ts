/**
 * `npm run bench:size`: for every built page, the HTML, CSS and JS it loads without interaction,
 * raw and gzipped, then the budgets. Fails (exit 1) when a page loads more than 30 KB of
 * gzipped JS, when a page without charts or search loads any JS, or when the home page's
 * estimated transfer (HTML + CSS + JS + the font files it needs + images) exceeds 200 KB.
 * Reads $ASTRO_OUT_DIR (default dist). Counts: linked stylesheets and inline <style>; module
 * scripts, their static imports and modulepreloads, and inline scripts. Dynamic import() (e.g.
 * Pagefind, loaded on use) is not followed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatNumber } from '../lib/format';

const KB = 1024;
const JS_BUDGET = 30 * KB;
const HOME_BUDGET = 200 * KB;

const root = resolve(process.cwd(), process.env.ASTRO_OUT_DIR ?? 'dist');
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Không thấy trang đã dựng trong ${relative(process.cwd(), root) || '.'}. Sửa: chạy "npm run build" trước (hoặc đặt ASTRO_OUT_DIR).`);
  process.exit(1);
}

/** Every .html file under the output, except Pagefind's own and the CMS (/admin/, a tool for editors, not a content page). */
function pages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && !(dir === root && name === 'admin')) out.push(...pages(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 6 }).length;
const bytesCache = new Map<string, Buffer | null>();

/** A site URL (absolute, base-prefixed or relative to the page) as a file in the output, if local. */
function fileOf(url: string, pageFile: string): string | null {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0]!;
  let p: string;
  if (clean.startsWith(base)) p = join(root, clean.slice(base.length));
  else if (clean.startsWith('/')) p = join(root, clean);
  else p = join(dirname(pageFile), clean);
  return p;
}

function read(file: string | null): Buffer | null {
  if (!file) return null;
  if (!bytesCache.has(file)) bytesCache.set(file, existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null);
  return bytesCache.get(file)!;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((x) => x !== undefined) ?? null;

/** Static imports of an ES module (import … from "x", import "x", export … from "x"), not import(). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (let m; (m = re.exec(code)); ) out.push(m[1]!);
  return out;
}

interface Size {
  raw: number;
  gz: number;
}
interface PageSize {
  path: string;
  html: Size;
  css: Size;
  js: Size;
  jsFiles: string[];
  cssFiles: string[];
  interactive: boolean;
  text: string;
}

function measure(file: string): PageSize {
  const html = readFileSync(file, 'utf8');
  const path = relative(root, file).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1') || '/';
  const css: Size = { raw: 0, gz: 0 };
  const js: Size = { raw: 0, gz: 0 };
  const cssFiles: string[] = [];
  const jsFiles = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], 'rel')?.toLowerCase() ?? '';
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) {
      const f = fileOf(href, file);
      const b = read(f);
      if (b && f) {
        cssFiles.push(f);
        css.raw += b.length;
        css.gz += gz(b);
      }
    } else if (rel === 'modulepreload') {
      const f = fileOf(href, file);
      if (f) jsFiles.add(f);
    }
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    css.raw += Buffer.byteLength(m[1]!);
    css.gz += gz(m[1]!);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1]}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue; // JSON data, not code
    const src = attr(tag, 'src');
    if (src) {
      const f = fileOf(src, file);
      if (f) jsFiles.add(f);
    } else if (m[2]!.trim()) {
      js.raw += Buffer.byteLength(m[2]!);
      js.gz += gz(m[2]!);
      for (const imp of staticImports(m[2]!)) {
        const f = fileOf(imp, file);
        if (f) jsFiles.add(f);
      }
    }
  }
  // Follow static imports of the module graph (chunks shared by several scripts count once).
  const queue = [...jsFiles];
  const seen = new Set<string>();
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const b = read(f);
    if (!b) continue;
    js.raw += b.length;
    js.gz += gz(b);
    for (const imp of staticImports(b.toString('utf8'))) {
      const g = imp.startsWith('.') ? join(dirname(f), imp) : fileOf(imp, file);
      if (g && !seen.has(g)) queue.push(g);
    }
  }
  // Interaction = a chart, search, or a copy button (dataset citations); any other page must ship 0 KB of JS.
  const interactive = /<figure\b[^>]*class="chart"|\sdata-chart=|\sdata-copy-target=/.test(html) || path.startsWith('tim-kiem/') || /\sdata-search\b|pagefind-ui/.test(html);
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ');
  return { path, html: { raw: Buffer.byteLength(html), gz: gz(html) }, css, js, jsFiles: [...seen], cssFiles, interactive, text };
}

/** Font files (url in @font-face) whose unicode-range covers a character of `text`. */
function fontsNeeded(cssFiles: string[], text: string): { file: string; bytes: number }[] {
  const chars = new Set([...text].map((c) => c.codePointAt(0)!));
  const out = new Map<string, number>();
  for (const cf of cssFiles) {
    const css = read(cf)?.toString('utf8') ?? '';
    for (const m of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const body = m[1]!;
      const url = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/.exec(body)?.[1];
      if (!url) continue;
      const range = /unicode-range\s*:\s*([^;}]+)/.exec(body)?.[1];
      const covers = !range || range.split(',').some((part) => {
        const r = part.trim().replace(/^U\+/i, '');
        const [a, b] = r.includes('-') ? r.split('-') : [r.replace(/\?/g, '0'), r.replace(/\?/g, 'F')];
        const lo = parseInt(a!, 16);
        const hi = parseInt(b!, 16);
        for (const c of chars) if (c >= lo && c <= hi) return true;
        return false;
      });
      if (!covers) continue;
      const f = url.startsWith('/') || url.startsWith(base) ? fileOf(url, cf) : join(dirname(cf), url);
      const b = read(f);
      if (f && b) out.set(f, b.length);
    }
  }
  return [...out.entries()].map(([file, bytes]) => ({ file, bytes }));
}

const kb = (n: number) => formatNumber(n / KB, 1);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

const results = pages(root).map(measure);
const failures: string[] = [];
const w = Math.min(58, Math.max(...results.map((r) => r.path.length)) + 2);
console.log(`Kích thước từng trang trong ${relative(process.cwd(), root) || '.'} (KB; thô / gzip). JS: chỉ phần tải khi chưa tương tác.`);
console.log(`${pad('Trang', w)}${lpad('HTML', 16)}${lpad('CSS', 16)}${lpad('JS', 16)}  Ghi chú`);
for (const r of results) {
  const notes: string[] = [];
  if (r.interactive) notes.push('có tương tác (biểu đồ, tìm kiếm, nút sao chép)');
  if (r.js.gz > JS_BUDGET) {
    notes.push('VƯỢT NGÂN SÁCH JS');
    failures.push(`${r.path}: ${kb(r.js.gz)} KB JS (gzip) > 30 KB. Sửa: bỏ bớt thư viện phía trình duyệt, chỉ nhập các mô-đun d3 cần dùng.`);
  }
  if (!r.interactive && r.js.raw > 0) {
    notes.push('CÓ JS DÙ KHÔNG CẦN');
    failures.push(`${r.path}: trang không có biểu đồ hay tìm kiếm nhưng tải ${kb(r.js.raw)} KB JS. Sửa: bỏ <script> khỏi trang hoặc thành phần dùng trên trang.`);
  }
  console.log(
    `${pad(r.path, w)}${lpad(`${kb(r.html.raw)} / ${kb(r.html.gz)}`, 16)}${lpad(`${kb(r.css.raw)} / ${kb(r.css.gz)}`, 16)}${lpad(`${kb(r.js.raw)} / ${kb(r.js.gz)}`, 16)}  ${notes.join(', ')}`,
  );
}

const maxJs = results.reduce((m, r) => (r.js.gz > m.js.gz ? r : m), results[0]!);
console.log(`\n${results.length} trang. JS lớn nhất: ${maxJs.path} ${kb(maxJs.js.gz)} KB gzip (ngân sách 30 KB). Trang có JS: ${results.filter((r) => r.js.raw > 0).length}.`);

const home = results.find((r) => r.path === '/')!;
const fonts = fontsNeeded(home.cssFiles, home.text);
const homeHtml = readFileSync(join(root, 'index.html'), 'utf8');
const images = [...homeHtml.matchAll(/<img\b[^>]*>/gi)].map((m) => read(fileOf(attr(m[0], 'src') ?? '', join(root, 'index.html')))?.length ?? 0);
const fontBytes = fonts.reduce((s, f) => s + f.bytes, 0);
const imageBytes = images.reduce((s, n) => s + n, 0);
const total = home.html.gz + home.css.gz + home.js.gz + fontBytes + imageBytes;
console.log('\nTrang chủ, ước tính dung lượng tải (gzip cho văn bản; phông và ảnh đã nén):');
console.log(`  HTML ${kb(home.html.gz)} KB + CSS ${kb(home.css.gz)} KB + JS ${kb(home.js.gz)} KB + phông ${kb(fontBytes)} KB (${fonts.length} tệp: ${fonts.map((f) => posix.basename(f.file)).join(', ')}) + ảnh ${kb(imageBytes)} KB (${images.length})`);
console.log(`  = ${kb(total)} KB (ngân sách 200 KB)`);
if (total > HOME_BUDGET) failures.push(`Trang chủ: ${kb(total)} KB > 200 KB. Sửa: giảm ảnh, phông hoặc JS của trang chủ.`);

if (failures.length) {
  console.error(`\nVượt ngân sách (${failures.length}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log('\nMọi trang trong ngân sách.');
