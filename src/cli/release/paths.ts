/** Where a URL lands in a built site: BASE handling and the file a static host serves for a path. */
import type { FileTree } from './tree';

/** Normalises a base path to `/…/`. */
export function normaliseBase(base: string): string {
  let b = base.trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

/** The URL path (without base) a built file is served at: `a/index.html` → `a/`, `x.css` → `x.css`. */
export function sitePathOf(file: string): string {
  if (file === 'index.html') return '';
  if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
  return file;
}

/** Where an internal URL path lands in the tree. */
export type FileLookup = { ok: true; file: string } | { ok: false; code: 'broken-link' | 'missing-slash' | 'outside-base'; message: string };

/** Maps a decoded URL pathname to the file a static host would serve, under `base`. */
export function fileForPath(tree: FileTree, pathname: string, base: string): FileLookup {
  if (!pathname.startsWith(base)) {
    // The base without its trailing slash is the site's root too (hosts redirect it).
    if (pathname === base.slice(0, -1) && tree.has('index.html')) return { ok: true, file: 'index.html' };
    return { ok: false, code: 'outside-base', message: `đường dẫn nằm ngoài BASE "${base}", nên hỏng khi trang được đặt dưới đường dẫn con. Sửa: tạo liên kết bằng joinBase(import.meta.env.BASE_URL, '…') (src/lib/url.ts).` };
  }
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return { ok: false, code: 'broken-link', message: 'đường dẫn có mã %-escape sai. Sửa: mã hóa lại URL.' };
  }
  const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  if (tree.has(file)) return { ok: true, file };
  if (!rel.endsWith('/') && tree.has(`${rel}/index.html`)) {
    return { ok: false, code: 'missing-slash', message: `thiếu dấu "/" ở cuối (trang là ${base}${rel}/). Sửa: thêm "/" vào cuối đường dẫn (trailingSlash: 'always').` };
  }
  return { ok: false, code: 'broken-link', message: `không có tệp ${file} trong bản dựng. Sửa: sửa đường dẫn, hoặc tạo trang/tệp đó.` };
}
