/**
 * The static checks of a built folder, shared by check-links, check-subpath and check-release:
 * the link crawl, the CSP check of every page, and the coverage of the `_headers` rules.
 */
import { ADMIN_PREFIX, COMMON_HEADERS, CSP_ADMIN, CSP_META, EMBED_PREFIX } from '../../lib/security';
import { crawl, type CrawlResult } from './crawl';
import { cspProblems, type CspUsage } from './csp';
import { checkHeaderCoverage, parseHeadersFile } from './headers';
import { scanHtml } from './html';
import { sitePathOf } from './paths';
import { groupLinkProblems } from './report';
import type { FileTree } from './tree';

/** Result of the static checks: printable lines and whether anything failed. */
export interface StaticCheck {
  crawl: CrawlResult;
  csp: { problems: string[]; usage: CspUsage };
  headers: { rules: number; problems: string[] } | null;
  /** Problems of every kind, one entry each (links grouped by target). */
  problems: string[];
  /** Figures, one line each. */
  figures: string[];
}

/** Runs the crawl, the CSP check and the `_headers` coverage check on a built tree. */
export function staticChecks(tree: FileTree, opts: { base: string; site?: string }): StaticCheck {
  const result = crawl(tree, opts);
  const problems = groupLinkProblems(result.problems);

  const usage: CspUsage = { inlineScripts: 0, inlineStyles: 0, styleAttributes: 0, eventHandlers: 0 };
  // The same inline script on many pages prints once, with its places.
  const cspGroups = new Map<string, string[]>();
  let cspCount = 0;
  const htmlFiles = tree.files().filter((f) => f.endsWith('.html'));
  for (const file of htmlFiles) {
    // The CMS page carries its own policy (src/lib/security.ts, adminCsp).
    const r = cspProblems(scanHtml(tree.text(file)), file.startsWith(ADMIN_PREFIX) ? CSP_ADMIN : CSP_META);
    for (const k of Object.keys(usage) as (keyof CspUsage)[]) usage[k] += r.usage[k];
    for (const p of r.problems) {
      cspCount++;
      cspGroups.set(p.message, [...(cspGroups.get(p.message) ?? []), `${file}:${p.line}`]);
    }
  }
  const cspLines = [...cspGroups].map(([msg, places]) => `csp: ${msg}\n    ở ${places.slice(0, 5).join(', ')}${places.length > 5 ? ` … và ${places.length - 5} chỗ khác` : ''}`);
  problems.push(...cspLines);

  let headers: StaticCheck['headers'] = null;
  if (tree.has('_headers')) {
    const parsed = parseHeadersFile(tree.text('_headers'));
    // _headers paths are written for a site at the root of its host (Netlify, Cloudflare Pages).
    const paths = htmlFiles.filter((f) => f !== '404.html').map((f) => `/${sitePathOf(f)}`);
    const admin = (p: string) => p.startsWith(`/${ADMIN_PREFIX}`);
    const exp = { required: COMMON_HEADERS.map(([k]) => k), embedPrefix: `/${EMBED_PREFIX}` };
    // The CMS's policy is in its <meta>, so its rule drops the header CSP; every other header stays.
    const cover = [
      ...checkHeaderCoverage(parsed.rules, paths.filter((p) => !admin(p)), exp),
      ...checkHeaderCoverage(parsed.rules, paths.filter(admin), { ...exp, required: exp.required.filter((k) => k !== 'Content-Security-Policy') }),
    ];
    const lines = [
      ...parsed.errors.map((e) => `_headers:${e.line} headers: ${e.message}`),
      ...cover.map((c) => `_headers headers: ${c.path}: ${c.message}`),
    ];
    headers = { rules: parsed.rules.length, problems: lines };
    problems.push(...lines);
  }

  const pf = result.pagefind;
  const figures = [
    `trang HTML: ${result.pages}; tệp CSS/JS/XML quét: ${result.assets}`,
    `tham chiếu nội bộ đã kiểm: ${result.internal} (mỏ neo #: ${result.anchors}); liên kết ra ngoài (không theo): ${result.external}`,
    pf.present ? `Pagefind: ${pf.languages.map((l) => `${l.lang} ${l.pageCount} trang`).join(', ')} theo pagefind-entry.json, ${pf.files} tệp đã kiểm` : 'Pagefind: không có chỉ mục trong bản dựng',
    `CSP (meta): ${usage.inlineScripts} <script> nội tuyến, ${usage.inlineStyles} <style>, ${usage.styleAttributes} thuộc tính style, ${usage.eventHandlers} thuộc tính on…; ${cspCount} vi phạm`,
    headers ? `_headers: ${headers.rules} quy tắc, ${headers.problems.length} vấn đề trên ${htmlFiles.length} trang` : '_headers: không có trong bản dựng',
  ];
  return { crawl: result, csp: { problems: cspLines, usage }, headers, problems, figures };
}
