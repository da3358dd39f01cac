/**
 * Search checks through Pagefind's own API, in a Chromium page of the built site: for each language
 * of the bundle, `pagefind.search(null)` lists every indexed page and `result.data()` loads each
 * page's fragment. The index must hold exactly the site's indexable pages (not the noindex ones:
 * 404, search, embeds, the CMS; drafts are never built), each in the index of its own `<html lang>`,
 * and a search for a page's title must find it.
 */
import type { Page } from 'playwright';
import { scanHtml } from './html';
import type { PagefindLanguage } from './pagefind';
import { sitePathOf } from './paths';
import type { FileTree } from './tree';

/** One page as Pagefind returns it. */
export interface IndexedPage {
  /** Site path without BASE, e.g. `ke-hoach/`. */
  path: string;
  title: string;
  /** The index it was found in. */
  lang: string;
}

/** A built page the index should hold (or not). */
export interface BuiltPage {
  path: string;
  lang: string;
  indexable: boolean;
}

/** The HTML pages of a build with their `<html lang>` and whether they may be indexed (no robots noindex). */
export function builtPages(tree: FileTree): BuiltPage[] {
  const out: BuiltPage[] = [];
  for (const file of tree.files()) {
    if (!file.endsWith('.html') || file === '404.html') continue;
    const tags = scanHtml(tree.text(file)).tags;
    const lang = (tags.find((t) => t.name === 'html')?.attrs.get('lang') ?? '').toLowerCase();
    const noindex = tags.some((t) => t.name === 'meta' && (t.attrs.get('name') ?? '').toLowerCase() === 'robots' && /(^|[\s,])(noindex|none)($|[\s,])/i.test(t.attrs.get('content') ?? ''));
    out.push({ path: sitePathOf(file), lang, indexable: !noindex });
  }
  return out;
}

/** Compares the index with the build: missing pages, pages that should not be there, wrong language, counts. */
export function compareIndex(built: BuiltPage[], indexed: IndexedPage[], languages: PagefindLanguage[]): string[] {
  const problems: string[] = [];
  const byPath = new Map(built.map((b) => [b.path, b]));
  const seen = new Set<string>();
  for (const p of indexed) {
    const b = byPath.get(p.path);
    if (seen.has(p.path)) problems.push(`tìm kiếm: /${p.path} có hai lần trong chỉ mục. Sửa: mỗi trang chỉ một data-pagefind-body.`);
    seen.add(p.path);
    if (!b) problems.push(`tìm kiếm: chỉ mục (${p.lang}) có /${p.path} nhưng bản dựng không có trang đó (trang nháp hay trang đã xóa?). Sửa: dựng lại từ đầu bằng "npm run build".`);
    else if (!b.indexable) problems.push(`tìm kiếm: /${p.path} có <meta name="robots" content="noindex"> mà vẫn ở trong chỉ mục (${p.lang}). Sửa: bỏ data-pagefind-body trên trang noindex (BaseLayout, prop noindex).`);
    else if (b.lang !== p.lang && b.lang.split('-')[0] !== p.lang) problems.push(`tìm kiếm: /${p.path} có lang="${b.lang}" mà nằm trong chỉ mục "${p.lang}". Sửa: đặt đúng thuộc tính lang của <html>.`);
  }
  for (const b of built) {
    if (b.indexable && !seen.has(b.path)) problems.push(`tìm kiếm: /${b.path} không có trong chỉ mục Pagefind. Sửa: trang cần data-pagefind-body (BaseLayout) hoặc noindex nếu không muốn được tìm thấy.`);
  }
  for (const l of languages) {
    const n = indexed.filter((p) => p.lang === l.lang).length;
    if (n !== l.pageCount) problems.push(`tìm kiếm: pagefind-entry.json ghi ${l.pageCount} trang "${l.lang}" mà API trả về ${n}. Sửa: chạy lại "npm run build".`);
  }
  return problems;
}

/**
 * Asks Pagefind in `page` (already on a page of the site) for `query` (null: every page) in one
 * language, loading each result's data. `base` is the site's BASE; paths come back without it.
 */
export async function searchIndex(page: Page, base: string, lang: string, query: string | null): Promise<IndexedPage[]> {
  const found = await page.evaluate(
    async ({ base, lang, query }) => {
      // Pagefind picks its index from <html lang> when an instance is made.
      const html = document.documentElement;
      const was = html.getAttribute('lang');
      html.setAttribute('lang', lang);
      try {
        const pf = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
        const inst = pf.createInstance({ baseUrl: base });
        await inst.init();
        const r = await inst.search(query);
        const data = await Promise.all(r.results.map((x: { data: () => Promise<{ url: string; meta: { title?: string } }> }) => x.data()));
        await inst.destroy();
        return data.map((d) => ({ url: d.url, title: d.meta.title ?? '' }));
      } finally {
        if (was === null) html.removeAttribute('lang');
        else html.setAttribute('lang', was);
      }
    },
    { base, lang, query },
  );
  return found.map((f) => ({ path: f.url.startsWith(base) ? f.url.slice(base.length) : f.url, title: f.title, lang }));
}

/** What checkSearch found. */
export interface SearchCheck {
  indexed: IndexedPage[];
  /** Title searches run (one per language) and whether each found its page. */
  queries: { lang: string; query: string; found: boolean }[];
  problems: string[];
}

/**
 * The whole search check on `page` (any page of the served site): every language's index against
 * the build, a title search per language, and no Pagefind request failing on the way.
 */
export async function checkSearch(page: Page, tree: FileTree, base: string, languages: PagefindLanguage[]): Promise<SearchCheck> {
  const failed: string[] = [];
  const onFail = (r: import('playwright').Request) => { if (r.url().includes('/pagefind/')) failed.push(`${r.url()} (${r.failure()?.errorText ?? '?'})`); };
  const onResponse = (r: import('playwright').Response) => { if (r.url().includes('/pagefind/') && r.status() >= 400) failed.push(`${r.url()} (${r.status()})`); };
  page.on('requestfailed', onFail);
  page.on('response', onResponse);
  const indexed: IndexedPage[] = [];
  const queries: SearchCheck['queries'] = [];
  try {
    for (const l of languages) {
      const all = await searchIndex(page, base, l.lang, null);
      indexed.push(...all);
      // A real search through the index chunks: the longest word of the first page's title.
      const first = all.find((p) => p.title.trim() !== '');
      if (first) {
        const word = first.title.split(/[\s,.:;–—()/|-]+/).sort((a, b) => b.length - a.length)[0] ?? '';
        const hits = await searchIndex(page, base, l.lang, word);
        queries.push({ lang: l.lang, query: word, found: hits.some((h) => h.path === first.path) });
      }
    }
  } finally {
    page.off('requestfailed', onFail);
    page.off('response', onResponse);
  }
  const problems = compareIndex(builtPages(tree), indexed, languages);
  for (const q of queries) if (!q.found) problems.push(`tìm kiếm: tìm "${q.query}" (${q.lang}) không ra trang có tiêu đề chứa từ đó. Sửa: chạy lại "npm run build" (bước pagefind).`);
  for (const f of failed) problems.push(`tìm kiếm: tệp Pagefind không tải được: ${f}. Sửa: chạy lại "npm run build".`);
  return { indexed, queries, problems };
}
