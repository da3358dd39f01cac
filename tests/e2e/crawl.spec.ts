/**
 * The release crawler (src/cli/release/crawl.ts, the one `npm run check:links` runs) on the build
 * this suite serves: every internal link, image and asset reference (href, src, srcset, url(), social
 * image meta, sitemap and feed URLs) resolves to a file in the build, respecting BASE, and every
 * #anchor exists on its target page. Then the search check (src/cli/release/search.ts) asks
 * Pagefind's own API in this browser: the index holds exactly the indexable pages, in their language.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { crawl } from '../../src/cli/release/crawl';
import { normaliseBase } from '../../src/cli/release/paths';
import { formatLinkProblem } from '../../src/cli/release/report';
import { builtPages, checkSearch } from '../../src/cli/release/search';
import { dirTree } from '../../src/cli/release/tree';
import { siteOrigin } from '../../src/lib/origin';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const base = normaliseBase(process.env.BASE ?? '/');
const site = siteOrigin();

test.skip(!existsSync(`${outDir}/index.html`), `${outDir} missing: build first`);
const tree = existsSync(`${outDir}/index.html`) ? dirTree(outDir) : null;

test('the crawl of the built site finds no broken internal link, image or anchor', () => {
  const r = crawl(tree!, { base, site });
  console.log(`crawl: ${r.pages} HTML pages, ${r.internal} internal references (${r.anchors} anchors) checked, ${r.problems.length} broken`);
  expect(r.problems.map(formatLinkProblem)).toEqual([]);
  expect(r.pagefind.problems).toEqual([]);
  expect(r.internal).toBeGreaterThan(r.pages);
});

test('Pagefind, asked through its own API, indexes exactly the indexable pages', async ({ page }) => {
  const r = crawl(tree!, { base, site });
  expect(r.pagefind.present).toBe(true);
  await page.goto('./');
  const s = await checkSearch(page, tree!, base, r.pagefind.languages);
  const built = builtPages(tree!);
  console.log(`search: ${s.indexed.length} pages indexed of ${built.length} built (${built.filter((b) => !b.indexable).length} noindex)`);
  expect(s.problems).toEqual([]);
  // Independent of compareIndex: the count is pages minus noindex ones, and none of the noindex pages is there.
  expect(s.indexed.length).toBe(built.filter((b) => b.indexable).length);
  const indexed = new Set(s.indexed.map((p) => p.path));
  for (const p of ['404.html', 'tim-kiem/', 'admin/']) expect(indexed.has(p)).toBe(false);
  expect(indexed.has('')).toBe(true);
  expect(s.queries.length).toBe(r.pagefind.languages.length);
});
