/**
 * The link crawler: every internal href/src/srcset/url() of a built site, resolved the way a
 * browser would under the deployment base path, must name a file that exists, and every #anchor
 * an id on the target page. Subresources from other origins are third-party requests. Works on
 * any FileTree, so unit tests run it on tiny in-memory sites.
 */
import { checkPagefind, type PagefindCheck } from './pagefind';
import { cssUrls, lineIndex, scanHtml, srcsetUrls, type ScannedHtml, type Tag } from './html';
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
  pagefind: PagefindCheck;
}

/** Attributes holding one URL, per element. `true` marks a subresource the browser fetches. */
const URL_ATTRS: Record<string, [string, boolean][]> = {
  a: [['href', false]],
  area: [['href', false]],
  link: [['href', false]], // decided per rel below
  img: [['src', true]],
  script: [['src', true]],
  iframe: [['src', true]],
  frame: [['src', true]],
  source: [['src', true]],
  audio: [['src', true]],
  video: [['src', true], ['poster', true]],
  track: [['src', true]],
  embed: [['src', true]],
  object: [['data', true]],
  input: [['src', true]],
  form: [['action', false]],
  use: [['href', true], ['xlink:href', true]],
  image: [['href', true], ['xlink:href', true]],
  blockquote: [['cite', false]],
  q: [['cite', false]],
  ins: [['cite', false]],
  del: [['cite', false]],
};

/** `<link rel>` values the browser fetches (or connects to) by itself. */
const FETCHED_RELS = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender']);

/** `<meta>` whose content is a URL (social cards): checked when it points at the site itself. */
const META_URLS = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'og:audio', 'og:video', 'twitter:image', 'twitter:image:src', 'twitter:url']);

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

interface Ref {
  url: string;
  line: number | null;
  /** The browser fetches it by itself (image, script, stylesheet…). */
  fetched: boolean;
  /** Follow only when it points at the site itself (absolute URLs in meta, XML). */
  sameSiteOnly?: boolean;
}

/** References in a page: URL attributes, srcset, inline styles, social-card meta. */
export function refsOfPage(page: ScannedHtml): Ref[] {
  const out: Ref[] = [];
  const push = (url: string, line: number, fetched: boolean, sameSiteOnly = false) => out.push({ url, line, fetched, sameSiteOnly });
  for (const tag of page.tags) {
    const attrs = URL_ATTRS[tag.name];
    if (attrs) {
      for (const [name, fetched] of attrs) {
        const v = tag.attrs.get(name);
        if (v === undefined) continue;
        push(v, tag.line, tag.name === 'link' ? linkFetched(tag) : fetched);
      }
    }
    for (const name of ['srcset', 'imagesrcset']) {
      const v = tag.attrs.get(name);
      if (v !== undefined) for (const u of srcsetUrls(v)) push(u, tag.line, tag.name !== 'link' || linkFetched(tag));
    }
    if (tag.name === 'meta') {
      const key = (tag.attrs.get('property') ?? tag.attrs.get('name') ?? '').toLowerCase();
      const content = tag.attrs.get('content');
      if (META_URLS.has(key) && content) push(content, tag.line, false, true);
    }
    const style = tag.attrs.get('style');
    if (style) for (const u of cssUrls(style)) push(u.url, tag.line, true);
  }
  for (const s of page.styles) {
    const lineOf = lineIndex(s.text);
    for (const u of cssUrls(s.text)) push(u.url, s.line + lineOf(u.offset) - 1, true);
  }
  return out;
}

function linkFetched(tag: Tag): boolean {
  const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
  return rels.some((r) => FETCHED_RELS.has(r));
}

/** Absolute-path string literals naming Pagefind files in scripts: `'/pagefind/pagefind.js'`. */
export function pagefindLiterals(code: string): { url: string; offset: number }[] {
  const out: { url: string; offset: number }[] = [];
  const re = /(["'`])(\/(?:[\w.~%-]+\/)*pagefind\/[\w.-]*)\1/g;
  for (let m = re.exec(code); m; m = re.exec(code)) out.push({ url: m[2]!, offset: m.index });
  return out;
}

/** Crawls the whole tree: every page, stylesheet, script and sitemap/feed. */
export function crawl(tree: FileTree, options: CrawlOptions): CrawlResult {
  const base = normaliseBase(options.base);
  const site = new URL(options.site ?? 'http://127.0.0.1:4321');
  const problems: LinkProblem[] = [];
  const result: CrawlResult = { problems, pages: 0, assets: 0, internal: 0, anchors: 0, external: 0, pagefind: checkPagefind(tree) };
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

/** One line per problem: `file:line code: message (url)`. */
export function formatLinkProblem(p: LinkProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return `${where} ${p.code}: ${p.url} — ${p.message}`;
}

/**
 * Problems grouped by what is broken (code, URL as resolved, message), so a link in the footer of
 * 1,000 pages prints once: `code: url — message` then up to `max` places and a count.
 */
export function groupLinkProblems(ps: LinkProblem[], max = 5): string[] {
  const groups = new Map<string, LinkProblem[]>();
  for (const p of sortLinkProblems(ps)) {
    const key = `${p.code}\u0000${p.url}\u0000${p.message}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out: string[] = [];
  for (const g of groups.values()) {
    const p = g[0]!;
    const places = [...new Set(g.map((x) => (x.line === null ? x.file : `${x.file}:${x.line}`)))];
    const more = places.length > max ? ` … và ${places.length - max} chỗ khác` : '';
    out.push(`${p.code}: ${p.url} — ${p.message}\n    ở ${places.slice(0, max).join(', ')}${more}`);
  }
  return out;
}

/** Problems sorted by file, line, then URL, so reports are stable. */
export function sortLinkProblems(ps: LinkProblem[]): LinkProblem[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...ps].sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.url, b.url) || cmp(a.code, b.code));
}
