/**
 * A crawl of the built site, on disk: every internal link, image and asset reference (href, src, srcset,
 * social image meta, sitemap <loc>) resolves to a file in the build, respecting BASE, and every #anchor exists
 * on its target page. Prints the number of pages built and of pages Pagefind indexed.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { siteOrigin } from '../../src/lib/origin';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const site = new URL(siteOrigin());
// Pages are addressed on this made-up origin; "internal" means same origin as it or as SITE.
const ORIGIN = 'http://crawl.invalid';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const decode = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));

/** The site path of an HTML file: "ke-hoach/index.html" → "/BASE/ke-hoach/". */
function pageUrl(file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
}

/** The file a site path resolves to, or null if none (a path outside BASE never resolves). */
function fileFor(pathname: string): string | null {
  const path = decodeURIComponent(pathname);
  if (!path.startsWith(base)) return null;
  const rel = path.slice(base.length);
  const candidates = rel === '' || rel.endsWith('/') ? [join(outDir, rel, 'index.html')] : [join(outDir, rel), join(outDir, rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Element ids (and a[name]) on a page. */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idCache.set(file, ids);
  }
  return ids;
}

/** Every URL an HTML page references from a tag's attributes (text, e.g. code samples, is never a reference). */
function refsOf(html: string): { attr: string; value: string }[] {
  // Drop script bodies and comments: code, not markup.
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
  const refs: { attr: string; value: string }[] = [];
  for (const tag of markup.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const name = tag[1]!.toLowerCase();
    const attrs = new Map([...tag[2]!.matchAll(/\s([^\s=>]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!.toLowerCase(), decode(m[2] ?? '')]));
    for (const a of ['href', 'src', 'poster', 'action']) {
      const v = attrs.get(a);
      if (v !== undefined) refs.push({ attr: `${name}[${a}]`, value: v });
    }
    const srcset = attrs.get('srcset');
    if (srcset) {
      for (const part of srcset.split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) refs.push({ attr: `${name}[srcset]`, value: url });
      }
    }
    if (name === 'meta' && /^(og:image|twitter:image|og:url)$/.test(attrs.get('property') ?? attrs.get('name') ?? '')) {
      refs.push({ attr: 'meta', value: attrs.get('content') ?? '' });
    }
  }
  return refs;
}

test('the crawl of the built site finds no broken internal link, image or anchor', () => {
  expect(existsSync(outDir), `${outDir} missing: build first`).toBe(true);
  const files = walk(outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const from = new URL(pageUrl(file), ORIGIN);
    for (const { attr, value } of refsOf(readFileSync(file, 'utf8'))) {
      if (value === '' || /^(mailto|tel|data|javascript|blob):/i.test(value)) continue;
      const url = new URL(value, from);
      const internal = url.origin === ORIGIN || url.origin === site.origin;
      if (!internal) continue;
      checked++;
      const target = url.pathname === from.pathname && url.origin === ORIGIN ? file : fileFor(url.pathname);
      const where = `${pageUrl(file)} [${attr}] ${value}`;
      if (!target) { broken.push(`${where}: no file`); continue; }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) broken.push(`${where}: no #${id} on ${pageUrl(target)}`);
      }
    }
  }
  // The sitemap lists only pages that exist.
  for (const sm of files.filter((f) => /sitemap-\d+\.xml$/.test(f))) {
    for (const m of readFileSync(sm, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      checked++;
      const url = new URL(decode(m[1]!));
      if (!fileFor(url.pathname)) broken.push(`${relative(outDir, sm)} <loc> ${url.href}: no file`);
    }
  }
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  console.log(`crawl: ${pages.length} HTML pages built, ${indexed} indexed by Pagefind, ${checked} internal references checked, ${broken.length} broken`);
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(pages.length);
  expect(indexed).toBeGreaterThan(0);
  // Every indexable page is in the index: pages minus the noindex ones (404, search).
  const noindex = pages.filter((f) => /<meta name="robots" content="noindex"/.test(readFileSync(f, 'utf8'))).length;
  expect(indexed).toBe(pages.length - noindex);
});
