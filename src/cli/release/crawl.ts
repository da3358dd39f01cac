/**
 * The link crawler: every internal href/src/srcset/url() of a built site, resolved the way a
 * browser would under the deployment base path, must name a file that exists, and every #anchor
 * an id on the target page. Subresources from other origins are third-party requests. Works on
 * any FileTree, so unit tests run it on tiny in-memory sites.
 */
import { cssUrls, lineIndex, scanHtml, type ScannedHtml } from './html';
import { checkPagefindFiles, type PagefindFiles } from './pagefind';
import { fileForPath, normaliseBase, sitePathOf } from './paths';
import { pagefindLiterals, refsOfPage, type Ref } from './refs';
import type { FileTree } from './tree';

/** Stable codes of the problems the crawler reports. */
export type LinkCode = 'broken-link' | 'missing-slash' | 'outside-base' | 'broken-anchor' | 'third-party' | 'pagefind';

/** One broken reference. */
export interface LinkProblem {
  code: LinkCode;
  /** File of the built site holding the reference, e.g. `ke-hoach/index.html`. */
  file: string;
  line: number | null;
  /** The reference as written. */
  url: string;
  /** What is wrong, in Vietnamese, with the fix. */
  message: string;
}

/** How the site is deployed. */
export interface CrawlOptions {
  /** Base path, e.g. "/" or "/giam-ngheo/" (BASE). */
  base: string;
  /** Site origin or URL (SITE); absolute links to it are internal. Default http://127.0.0.1:4321. */
  site?: string;
}

/** Figures and problems of one crawl. */
export interface CrawlResult {
  problems: LinkProblem[];
  /** HTML pages crawled. */
  pages: number;
  /** Other files scanned for references (CSS, JS, XML). */
  assets: number;
  /** Internal references checked (files and anchors). */
  internal: number;
  /** Of those, references with a #fragment checked against ids. */
  anchors: number;
  /** Links to other sites (not followed). */
  external: number;
  /** The Pagefind bundle's files named by its entry (what it indexes is checked in Chromium: search.ts). */
  pagefind: PagefindFiles;
}

/** Crawls the whole tree: every page, stylesheet, script and sitemap/feed. */
export function crawl(tree: FileTree, options: CrawlOptions): CrawlResult {
  const base = normaliseBase(options.base);
  const site = new URL(options.site ?? 'http://127.0.0.1:4321');
  const problems: LinkProblem[] = [];
  const result: CrawlResult = { problems, pages: 0, assets: 0, internal: 0, anchors: 0, external: 0, pagefind: checkPagefindFiles(tree) };
  const scanned = new Map<string, ScannedHtml>();
  const scan = (file: string) => {
    let s = scanned.get(file);
    if (!s) {
      s = scanHtml(tree.text(file));
      scanned.set(file, s);
    }
    return s;
  };
  const svgIds = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> | null => {
    if (file.endsWith('.html')) return scan(file).ids;
    if (file.endsWith('.svg')) {
      let ids = svgIds.get(file);
      if (!ids) {
        ids = scanHtml(tree.text(file)).ids;
        svgIds.set(file, ids);
      }
      return ids;
    }
    return null;
  };

  const check = (from: string, ref: Ref) => {
    const raw = ref.url.trim();
    const docUrl = new URL(base + sitePathOf(from), site);
    let url: URL;
    try {
      url = new URL(raw, docUrl);
    } catch {
      problems.push({ code: 'broken-link', file: from, line: ref.line, url: raw, message: 'URL không hợp lệ. Sửa: viết lại URL.' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return; // mailto:, tel:, data:…
    if (url.origin !== site.origin) {
      if (ref.sameSiteOnly) return;
      result.external++;
      if (ref.fetched) {
        problems.push({ code: 'third-party', file: from, line: ref.line, url: raw, message: `trang tải tài nguyên từ máy chủ khác (${url.host}): trang không được gửi yêu cầu đến bên thứ ba. Sửa: đặt tệp vào public/ hoặc bỏ đi.` });
      }
      return;
    }
    result.internal++;
    const found = fileForPath(tree, url.pathname, base);
    if (!found.ok) {
      problems.push({ code: found.code, file: from, line: ref.line, url: raw, message: found.message });
      return;
    }
    const frag = url.hash.slice(1);
    if (frag === '' || frag.startsWith(':~:')) return;
    let id: string;
    try {
      id = decodeURIComponent(frag);
    } catch {
      id = frag;
    }
    const ids = idsOf(found.file);
    if (ids === null) return;
    result.anchors++;
    if (!ids.has(id) && !(found.file.endsWith('.html') && id.toLowerCase() === 'top')) {
      problems.push({ code: 'broken-anchor', file: from, line: ref.line, url: raw, message: `không có phần tử id="${id}" trong ${found.file}. Sửa: sửa mỏ neo hoặc thêm id đó.` });
    }
  };

  const pagefindRefs = (file: string, code: string, firstLine: number) => {
    const lineOf = lineIndex(code);
    for (const lit of pagefindLiterals(code)) {
      const line = firstLine + lineOf(lit.offset) - 1;
      const found = fileForPath(tree, lit.url, base);
      if (!found.ok) {
        problems.push({ code: 'pagefind', file, line, url: lit.url, message: `${found.message} (tệp Pagefind được nạp bằng mã JavaScript)` });
      } else result.internal++;
    }
  };

  for (const file of tree.files()) {
    if (file.endsWith('.html')) {
      result.pages++;
      const page = scan(file);
      for (const ref of refsOfPage(page)) check(file, ref);
      for (const s of page.scripts) {
        const type = (s.tag.attrs.get('type') ?? '').toLowerCase();
        if (!s.tag.attrs.has('src') && !type.includes('json')) pagefindRefs(file, s.text, s.line);
      }
      // Paths handed to scripts in data- attributes, e.g. data-bundle="/giam-ngheo/pagefind/".
      for (const tag of page.tags) {
        for (const [name, v] of tag.attrs) {
          if (!name.startsWith('data-') || !/^\/\S*pagefind\/\S*$/.test(v)) continue;
          const path = v.split(/[?#]/)[0]!;
          const target = path.endsWith('/') ? `${path}pagefind-entry.json` : path;
          const found = fileForPath(tree, target, base);
          if (found.ok) result.internal++;
          else problems.push({ code: 'pagefind', file, line: tag.line, url: v, message: `${found.message} (đường dẫn Pagefind trong thuộc tính ${name})` });
        }
      }
    } else if (file.endsWith('.css')) {
      result.assets++;
      const css = tree.text(file);
      const lineOf = lineIndex(css);
      for (const u of cssUrls(css)) check(file, { url: u.url, line: lineOf(u.offset), fetched: true });
    } else if ((file.endsWith('.js') || file.endsWith('.mjs')) && !file.startsWith('pagefind/')) {
      result.assets++;
      pagefindRefs(file, tree.text(file), 1);
    } else if (file.endsWith('.xml')) {
      result.assets++;
      const xml = tree.text(file);
      const lineOf = lineIndex(xml);
      const re = /<(loc|link)>\s*([^<\s]+)\s*<\/\1>/g;
      for (let m = re.exec(xml); m; m = re.exec(xml)) check(file, { url: m[2]!, line: lineOf(m.index), fetched: false, sameSiteOnly: true });
    }
  }
  for (const p of result.pagefind.problems) problems.push({ code: 'pagefind', file: p.file, line: null, url: p.file, message: p.message });
  const usesPagefind = [...scanned.values()].some((p) => p.scripts.some((s) => s.text.includes('pagefind')) || p.tags.some((t) => (t.attrs.get('src') ?? '').includes('pagefind/')));
  if (usesPagefind && !result.pagefind.present) {
    problems.push({ code: 'pagefind', file: 'pagefind/pagefind-entry.json', line: null, url: 'pagefind/', message: 'trang dùng Pagefind nhưng bản dựng không có chỉ mục. Sửa: chạy "npm run build" (bước pagefind) thay vì chỉ "astro build".' });
  }
  return result;
}
