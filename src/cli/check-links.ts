/**
 * `npm run check:links [-- --dir dist --base / --site URL --no-browser]`: crawls a built folder. Every
 * internal href/src/srcset/url() must resolve to a file under BASE, every #anchor to an id, the
 * Pagefind bundle's files must be there, no page may load third-party resources or break the CSP,
 * and the `_headers` rules must cover every page. Then (unless --no-browser) the folder is served
 * and Pagefind's own API, in Chromium, must list exactly the indexable pages, each in its language,
 * and find a page by its title. Prints figures and every problem; exits 1 on any.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchOptions } from './release/browser';
import { staticChecks } from './release/checks';
import { normaliseBase } from './release/paths';
import { argValue, hasFlag } from './release/process';
import { checkSearch } from './release/search';
import { serveDir } from './release/serve';
import { dirTree } from './release/tree';
import { siteOrigin } from '../lib/origin';

const argv = process.argv.slice(2);
const dir = resolve(argValue(argv, 'dir') ?? process.env.ASTRO_OUT_DIR ?? 'dist');
const base = normaliseBase(argValue(argv, 'base') ?? process.env.BASE ?? '/');
const site = argValue(argv, 'site') ?? siteOrigin();

async function main(): Promise<void> {
  if (!existsSync(resolve(dir, 'index.html'))) {
    console.error(`Không thấy ${dir}/index.html. Sửa: chạy "npm run build" trước (hoặc chỉ thư mục bằng --dir).`);
    process.exit(1);
  }
  const t0 = performance.now();
  const tree = dirTree(dir);
  const r = staticChecks(tree, { base, site });
  console.log(`Kiểm tra liên kết ${dir} (BASE=${base}, SITE=${site}):`);
  for (const f of r.figures) console.log(`  ${f}`);
  const problems = [...r.problems];
  const pf = r.crawl.pagefind;
  if (pf.present && !hasFlag(argv, 'no-browser')) {
    const { chromium } = await import('playwright');
    const server = await serveDir(dir, { base });
    const browser = await chromium.launch(launchOptions);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}${base}`);
      const s = await checkSearch(page, tree, base, pf.languages);
      const per = pf.languages.map((l) => `${l.lang} ${s.indexed.filter((p) => p.lang === l.lang).length}`).join(', ');
      console.log(`  Pagefind qua API trong Chromium: ${s.indexed.length} trang trong chỉ mục (${per}); tìm theo tiêu đề: ${s.queries.map((q) => `"${q.query}" (${q.lang}) ${q.found ? 'thấy' : 'KHÔNG THẤY'}`).join(', ')}`);
      problems.push(...s.problems);
    } finally {
      await browser.close();
      await server.stop();
    }
  }
  if (problems.length > 0) {
    console.error(`\n${problems.join('\n')}`);
    console.error(`\nCó ${problems.length} vấn đề. Sửa các mục trên rồi dựng lại.`);
    process.exitCode = 1;
  } else {
    console.log(`Không có liên kết hỏng (${Math.round(performance.now() - t0)} ms).`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
