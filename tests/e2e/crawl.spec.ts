/**
 * A crawl of the built site, on disk, with the crawler `npm run check:links` uses
 * (src/cli/release/crawl.ts): every internal link, image and asset reference (href, src, srcset,
 * url(), social image meta, sitemap and feed URLs) resolves to a file in the build, respecting BASE,
 * and every #anchor exists on its target page. Prints the number of pages built and of pages Pagefind indexed.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { crawl, formatLinkProblem } from '../../src/cli/release/crawl';
import { dirTree } from '../../src/cli/release/tree';
import { siteOrigin } from '../../src/lib/origin';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const base = process.env.BASE ?? '/';
const site = siteOrigin();

test('the crawl of the built site finds no broken internal link, image or anchor', () => {
  expect(existsSync(outDir), `${outDir} missing: build first`).toBe(true);
  const tree = dirTree(outDir);
  const r = crawl(tree, { base, site });
  console.log(`crawl: ${r.pages} HTML pages built, ${r.pagefind.pages} indexed by Pagefind, ${r.internal} internal references checked, ${r.problems.length} broken`);
  expect(r.problems.map(formatLinkProblem)).toEqual([]);
  expect(r.pagefind.problems).toEqual([]);
  expect(r.internal).toBeGreaterThan(r.pages);
  expect(r.pagefind.pages).toBeGreaterThan(0);
  // Every indexable page is in the index: pages minus the noindex ones (404, search, the CMS).
  const pages = tree.files().filter((f) => f.endsWith('.html'));
  const noindex = pages.filter((f) => /<meta name="robots" content="noindex[",]/.test(tree.text(f))).length;
  expect(r.pagefind.pages).toBe(pages.length - noindex);
});
