/**
 * `npm run check:subpath [-- --out DIR --port 4336 --no-build --no-browser --origin URL]`: builds the site with
 * BASE=/giam-ngheo/ into its own folder, then
 *  1. crawls it under the sub-path (every link, asset, anchor, Pagefind file and download),
 *  2. serves it with `astro preview` and fetches every page, download and Pagefind file over HTTP,
 *  3. opens one page of each kind in Chromium and a search, failing on any request that does not
 *     load, any console error (CSP violations included), or a search that loads no Pagefind result;
 *     then asks Pagefind's API under the sub-path for every indexed page (src/cli/release/search.ts).
 * With --origin, steps 2 and 3 run against that server instead (one serving this folder under BASE,
 * e.g. nginx with the DEPLOY.md block), with the headers it sends. Exits 1 on any problem.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { staticChecks } from './release/checks';
import { launchOptions } from './release/browser';
import { checkPagefindFiles } from './release/pagefind';
import { checkSearch } from './release/search';
import { sitePathOf } from './release/paths';
import { headersFor, parseHeadersFile } from './release/headers';
import { scanHtml } from './release/html';
import { argValue, hasFlag, runBuild, seconds, startPreview } from './release/process';
import { dirTree, type FileTree } from './release/tree';

const root = process.cwd();
const argv = process.argv.slice(2);
const BASE = argValue(argv, 'base') ?? '/giam-ngheo/';
const port = Number(argValue(argv, 'port') ?? process.env.SUBPATH_PORT ?? 4336);
const SITE = argValue(argv, 'site') ?? `http://127.0.0.1:${port}`;
const out = resolve(argValue(argv, 'out') ?? '.tmp/dist-release-subpath');
const problems: string[] = [];

/** Files that are downloads: linked data files. */
const DOWNLOAD = /\.(csv|json|zip|xlsx|ods|geojson|pdf|txt)$/i;

async function main(): Promise<void> {
  if (!hasFlag(argv, 'no-build')) {
    const run = runBuild(root, out, { cacheDir: '.tmp/cache-release-subpath', log: '.tmp/release-logs/subpath-build.log', env: { BASE, SITE } });
    if (!run.ok) {
      console.error(`Bản dựng với BASE=${BASE} thất bại (nhật ký: ${run.log}):\n${run.tail}`);
      process.exit(1);
    }
    console.log(`Đã dựng với BASE=${BASE} SITE=${SITE} vào ${out} (${seconds(run.ms)}).`);
  } else if (!existsSync(resolve(out, 'index.html'))) {
    console.error(`Không thấy ${out}/index.html.`);
    process.exit(1);
  }

  // 1. Static crawl under the sub-path.
  const tree = dirTree(out);
  const s = staticChecks(tree, { base: BASE, site: SITE });
  console.log('1. Kiểm tra tĩnh dưới đường dẫn con:');
  for (const f of s.figures) console.log(`   ${f}`);
  problems.push(...s.problems);
  const downloads = downloadTargets(tree);
  console.log(`   tệp tải về được liên kết: ${downloads.length}${downloads.length ? ` (ví dụ ${downloads.slice(0, 3).join(', ')})` : ''}`);

  // 2 and 3 need a server: astro preview, or a real one given with --origin (e.g. nginx serving this folder).
  const given = argValue(argv, 'origin');
  const server = given ? { url: given.replace(/\/$/, ''), stop: async () => undefined } : await startPreview(root, out, port, { BASE, SITE }, BASE);
  try {
    await httpPass(server.url, tree, downloads);
    if (!hasFlag(argv, 'no-browser')) await browserPass(server.url, tree, !given);
  } finally {
    await server.stop();
  }

  if (problems.length > 0) {
    console.error(`\n${problems.join('\n')}`);
    console.error(`\nCó ${problems.length} vấn đề khi đặt trang dưới ${BASE}.`);
    process.exitCode = 1;
  } else {
    console.log(`\nMọi liên kết, tài nguyên, tệp Pagefind và tệp tải về đều chạy dưới ${BASE}.`);
  }
}

/** Site paths (without base) of the data files that pages link to. */
function downloadTargets(tree: FileTree): string[] {
  const found = new Set<string>();
  for (const f of tree.files()) {
    if (!f.endsWith('.html')) continue;
    for (const tag of scanHtml(tree.text(f)).tags) {
      if (tag.name !== 'a') continue;
      const href = tag.attrs.get('href') ?? '';
      const path = href.split(/[?#]/)[0]!;
      if (DOWNLOAD.test(path) && path.startsWith(BASE) && !path.endsWith('.xml')) found.add(path.slice(BASE.length));
    }
  }
  return [...found].sort();
}

/** GETs every page, every download and the Pagefind entry files through the server. */
async function httpPass(origin: string, tree: FileTree, downloads: string[]): Promise<void> {
  const pages = tree.files().filter((f) => f.endsWith('.html') && f !== '404.html').map(sitePathOf);
  const pagefind = tree.files().filter((f) => f.startsWith('pagefind/') && /(\.js|\.json|\.pf_meta|\.pagefind)$/.test(f));
  const targets = [...pages, ...downloads, ...pagefind];
  const t0 = performance.now();
  let ok = 0;
  // A few requests at a time: the preview server is single-threaded.
  const queue = [...targets];
  const worker = async () => {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      const url = `${origin}${BASE}${p}`;
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status !== 200) problems.push(`http: ${BASE}${p} trả về ${res.status}.`);
        else ok++;
      } catch (e) {
        problems.push(`http: ${BASE}${p} không tải được: ${(e as Error).message}`);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  const missing = await fetch(`${origin}${BASE}khong-co-trang-nay/`);
  const notFound = missing.status === 404 && (await missing.text()).includes('<html');
  if (tree.has('404.html') && !notFound) problems.push(`http: đường dẫn không tồn tại trả về ${missing.status} mà không có trang 404.`);
  console.log(`2. HTTP qua ${origin}: ${ok}/${targets.length} URL trả về 200 (${pages.length} trang, ${downloads.length} tệp tải về, ${pagefind.length} tệp Pagefind), trang 404: ${notFound ? 'có' : 'không'} (${seconds(performance.now() - t0)}).`);
}

/** One page per top-level section, plus a search that must load Pagefind results. */
async function browserPass(origin: string, tree: FileTree, injectHeaders: boolean): Promise<void> {
  const { chromium } = await import('playwright');
  const browser = await chromium.launch(launchOptions);
  const sections = new Map<string, string>();
  for (const f of tree.files()) {
    if (!f.endsWith('.html') || f === '404.html') continue;
    const top = f.includes('/') ? f.split('/')[0]! : '';
    // The deepest-first page of a section shows more components than its index; take one of each depth 1 and 2.
    const depth = f.split('/').length - 1;
    const key = `${top}:${Math.min(depth, 2)}`;
    if (!sections.has(key)) sections.set(key, sitePathOf(f));
  }
  const paths = [...sections.values()];
  const hasSearch = tree.has('tim-kiem/index.html');
  if (hasSearch) paths.push('tim-kiem/?q=ngh%C3%A8o');
  let loaded = 0;
  let requests = 0;
  let framing = '';
  let search = '';
  const pagefindSeen = new Set<string>();
  try {
    const context = await browser.newContext();
    // Serve each response with the headers public/_headers gives it (as Cloudflare Pages would:
    // every matching rule, repeated headers joined), so the real CSP is enforced, workers included.
    const rules = injectHeaders && tree.has('_headers') ? parseHeadersFile(tree.text('_headers')).rules : [];
    if (rules.length > 0) {
      await context.route(`${origin}/**`, async (route) => {
        const res = await route.fetch();
        const path = new URL(route.request().url()).pathname;
        const rootPath = path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path;
        const headers = { ...res.headers() };
        for (const [k, v] of headersFor(rules, rootPath)) headers[k] = v.join(', ');
        await route.fulfill({ response: res, headers });
      });
    }
    for (const p of paths) {
      const page = await context.newPage();
      const failures: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') failures.push(`lỗi console: ${m.text()}`); });
      page.on('pageerror', (e) => failures.push(`lỗi JavaScript: ${e.message}`));
      page.on('requestfailed', (r) => failures.push(`yêu cầu hỏng: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
      page.on('response', (r) => {
        requests++;
        const u = new URL(r.url());
        if (u.origin !== origin) failures.push(`yêu cầu ra bên thứ ba: ${r.url()}`);
        else if (r.status() >= 400) failures.push(`${r.status()}: ${u.pathname}`);
        if (u.pathname.includes('/pagefind/')) pagefindSeen.add(u.pathname.slice(u.pathname.indexOf('/pagefind/') + 10).replace(/^(fragment|index|filter)\/.*$/, '$1/…'));
      });
      // A search loads the text of its results (fragments); listen before navigating, it may come fast.
      const fragment = p.startsWith('tim-kiem/?') ? page.waitForResponse((r) => r.url().includes('.pf_fragment'), { timeout: 20_000 }).then(() => true, () => false) : null;
      await page.goto(`${origin}${BASE}${p}`, { waitUntil: 'load' });
      if (fragment && !(await fragment)) failures.push('tìm "nghèo" không tải được kết quả nào từ Pagefind.');
      await page.waitForLoadState('networkidle').catch(() => undefined);
      for (const f of failures) problems.push(`trình duyệt: ${BASE}${p}: ${f}`);
      loaded++;
      await page.close();
    }
    framing = await framingPass(context, origin, tree);
    // Pagefind's own API under the sub-path: the same search check as check:links.
    const pf = checkPagefindFiles(tree);
    if (pf.present) {
      const page = await context.newPage();
      await page.goto(`${origin}${BASE}`);
      const s = await checkSearch(page, tree, BASE, pf.languages);
      await page.close();
      problems.push(...s.problems);
      search = `${s.indexed.length} trang trong chỉ mục (${pf.languages.map((l) => l.lang).join(', ')}), ${s.queries.filter((q) => q.found).length}/${s.queries.length} tìm theo tiêu đề ra đúng trang`;
    }
    await context.close();
  } finally {
    await browser.close();
  }
  const pf = hasSearch ? `; tệp Pagefind đã tải khi tìm: ${[...pagefindSeen].sort().join(', ') || 'không có'}` : '; chưa có trang tìm kiếm';
  const enforced = !injectHeaders ? `header do ${origin} gửi` : tree.has('_headers') ? 'với header của public/_headers' : 'không có _headers';
  console.log(`3. Chromium (${enforced}): ${loaded} trang (${paths.join(', ') || '-'}), ${requests} phản hồi${pf}.`);
  if (framing) console.log(`   Nhúng từ trang khác: ${framing}.`);
  if (search) console.log(`   Pagefind qua API dưới ${BASE}: ${search}.`);
}

/**
 * A page of another origin frames one embed (/nhung/…) and one ordinary page: the embed must load,
 * the ordinary page must be refused (frame-ancestors / X-Frame-Options).
 */
async function framingPass(context: import('playwright').BrowserContext, origin: string, tree: FileTree): Promise<string> {
  const embed = tree.files().find((f) => f.startsWith('nhung/') && f.endsWith('/index.html') && f !== 'nhung/index.html');
  if (!embed) return '';
  // The framing page is served from another origin on the loopback (localhost vs 127.0.0.1, another
  // port), so Chromium's private-network rules do not get in the way of the test.
  const html = `<!doctype html><title>x</title><iframe id="e" src="${origin}${BASE}${sitePathOf(embed)}"></iframe><iframe id="o" src="${origin}${BASE}"></iframe>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const other = `http://localhost:${(server.address() as AddressInfo).port}/`;
  const page = await context.newPage();
  try {
    await page.goto(other, { waitUntil: 'load' });
    await page.waitForTimeout(500);
  } finally {
    server.close();
    server.closeAllConnections();
  }
  const titleOf = async (sel: string) => {
    const frame = await (await page.$(sel))?.contentFrame();
    if (!frame || !frame.url().startsWith(origin)) return null;
    return frame.title().catch(() => null);
  };
  const embedTitle = await titleOf('#e');
  const otherTitle = await titleOf('#o');
  await page.close();
  if (!embedTitle) problems.push(`nhúng: ${BASE}${sitePathOf(embed)} không hiện được trong khung của trang khác (frame-ancestors). Sửa: xem /nhung/* trong public/_headers.`);
  if (otherTitle) problems.push(`nhúng: trang chủ hiện được trong khung của trang khác; chỉ /nhung/* được phép (X-Frame-Options/frame-ancestors).`);
  return `${sitePathOf(embed)} ${embedTitle ? 'hiện được' : 'BỊ CHẶN'}, trang chủ ${otherTitle ? 'CŨNG HIỆN' : 'bị chặn'}`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
