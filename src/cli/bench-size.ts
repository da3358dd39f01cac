/**
 * `npm run bench:size`: for every built page, what a first visit downloads, with text gzipped as a
 * host serves it: HTML, CSS, the JS it loads without interaction, the font files its characters
 * need (by unicode-range) and the images above the fold (not loading="lazy"). Fails (exit 1) above
 * the budgets: home page 80 KB, chart page (bieu-do/<chart>/) 80 KB, text page 50 KB, at most two
 * font files on any page, no page over 30 KB of gzipped JS, and 0 KB of JS on a page without a
 * chart, search or copy button. Reads $ASTRO_OUT_DIR (default dist). Counts: linked stylesheets
 * and inline <style>; module scripts, their static imports and modulepreloads, and inline scripts.
 * Dynamic import() (e.g. Pagefind, loaded on use) is not followed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatNumber } from '../lib/format';
import { splitLocale } from '../lib/i18n/index';

const KB = 1024;
const JS_BUDGET = 30 * KB;
const MAX_FONT_FILES = 2;
/** First-visit budgets per page type (gzip for text). */
const BUDGETS = { home: 80 * KB, chart: 80 * KB, text: 50 * KB } as const;
/** Pages read as text: prose, no chart, no gallery. */
const TEXT_PAGES = new Set(['phuong-phap/', 'gioi-thieu/', 'ke-hoach/', 'huong-dan-bien-tap/', '404.html']);
/** The page type a path is budgeted as, if any. */
function pageType(sitePath: string): keyof typeof BUDGETS | null {
  // Every edition is budgeted alike: /en/bieu-do/<chart>/ is a chart page, /en/ a home page.
  const path = sitePath === '/' ? '/' : splitLocale(sitePath).path || '/';
  if (path === '/') return 'home';
  if (/^bieu-do\/[^/]+\/$/.test(path)) return 'chart';
  return TEXT_PAGES.has(path) ? 'text' : null;
}

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

/** Images a first visit loads: every <img> not marked loading="lazy" (the first srcset candidate is what a phone picks). */
function eagerImages(html: string, pageFile: string): number {
  let sum = 0;
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
    if ((attr(m[0], 'loading') ?? '').toLowerCase() === 'lazy') continue;
    const srcset = attr(m[0], 'srcset');
    const src = srcset ? srcset.split(',')[0]!.trim().split(/\s+/)[0]! : attr(m[0], 'src') ?? '';
    sum += read(fileOf(src, pageFile))?.length ?? 0;
  }
  return sum;
}

const results = pages(root).map(measure);
const failures: string[] = [];
const w = Math.min(50, Math.max(...results.map((r) => r.path.length)) + 2);
console.log(`Lần tải đầu của từng trang trong ${relative(process.cwd(), root) || '.'} (KB, gzip cho văn bản; phông và ảnh đã nén). JS: chỉ phần tải khi chưa tương tác; ảnh: chỉ ảnh không lazy.`);
console.log(`${pad('Trang', w)}${lpad('HTML', 8)}${lpad('CSS', 7)}${lpad('JS', 7)}${lpad('Phông', 12)}${lpad('Ảnh', 7)}${lpad('Tổng', 8)}  Ghi chú`);
const worst = new Map<string, { path: string; total: number }>();
for (const r of results) {
  const file = join(root, r.path === '/' ? 'index.html' : r.path.endsWith('/') ? `${r.path}index.html` : r.path);
  const fonts = fontsNeeded(r.cssFiles, r.text);
  const fontBytes = fonts.reduce((s, f) => s + f.bytes, 0);
  const img = eagerImages(readFileSync(file, 'utf8'), file);
  const total = r.html.gz + r.css.gz + r.js.gz + fontBytes + img;
  const type = pageType(r.path);
  const notes: string[] = [];
  if (type) notes.push(`trang ${type === 'home' ? 'chủ' : type === 'chart' ? 'biểu đồ' : 'văn bản'} (ngân sách ${kb(BUDGETS[type])})`);
  if (r.interactive) notes.push('có tương tác');
  if (type && total > BUDGETS[type]) {
    notes.push('VƯỢT NGÂN SÁCH');
    failures.push(`${r.path}: lần tải đầu ${kb(total)} KB > ${kb(BUDGETS[type])} KB. Sửa: giảm HTML (biểu đồ dựng một lần), phông (một tệp mỗi độ đậm), ảnh hoặc JS.`);
  }
  if (type) {
    const prev = worst.get(type);
    if (!prev || total > prev.total) worst.set(type, { path: r.path, total });
  }
  if (fonts.length > MAX_FONT_FILES) {
    notes.push('QUÁ NHIỀU TỆP PHÔNG');
    failures.push(`${r.path}: ${fonts.length} tệp phông (${fonts.map((f) => posix.basename(f.file)).join(', ')}) > ${MAX_FONT_FILES}. Sửa: mỗi độ đậm một tệp, unicode-range không chồng nhau.`);
  }
  if (r.js.gz > JS_BUDGET) {
    notes.push('VƯỢT NGÂN SÁCH JS');
    failures.push(`${r.path}: ${kb(r.js.gz)} KB JS (gzip) > 30 KB. Sửa: bỏ bớt thư viện phía trình duyệt, chỉ nhập các mô-đun d3 cần dùng.`);
  }
  if (!r.interactive && r.js.raw > 0) {
    notes.push('CÓ JS DÙ KHÔNG CẦN');
    failures.push(`${r.path}: trang không có biểu đồ hay tìm kiếm nhưng tải ${kb(r.js.raw)} KB JS. Sửa: bỏ <script> khỏi trang hoặc thành phần dùng trên trang.`);
  }
  console.log(
    `${pad(r.path, w)}${lpad(kb(r.html.gz), 8)}${lpad(kb(r.css.gz), 7)}${lpad(kb(r.js.gz), 7)}${lpad(`${kb(fontBytes)} (${fonts.length})`, 12)}${lpad(kb(img), 7)}${lpad(kb(total), 8)}  ${notes.join(', ')}`,
  );
}

const maxJs = results.reduce((m, r) => (r.js.gz > m.js.gz ? r : m), results[0]!);
console.log(`\n${results.length} trang. JS lớn nhất: ${maxJs.path} ${kb(maxJs.js.gz)} KB gzip (ngân sách 30 KB). Trang có JS: ${results.filter((r) => r.js.raw > 0).length}.`);
console.log('Nặng nhất theo loại trang:');
for (const [type, { path, total }] of worst) console.log(`  ${type}: ${path} ${kb(total)} KB (ngân sách ${kb(BUDGETS[type as keyof typeof BUDGETS])} KB)`);

if (failures.length) {
  console.error(`\nVượt ngân sách (${failures.length}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log('\nMọi trang trong ngân sách.');
