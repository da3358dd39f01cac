/**
 * Issue 15, the English edition, over the whole build (no hand list of pages): every page under /en/
 * has lang="en" and a Vietnamese twin; the two name each other with hreflang plus x-default and the
 * language switch goes to the twin; the sitemap pairs exactly the pages that pair themselves; no
 * Vietnamese interface string from the vi dictionary shows in the header, footer, navigation, badges
 * or chart controls of an English page; axe on the English page types; search per language.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { dirTree } from '../../src/cli/release/tree';
import { scanHtml } from '../../src/cli/release/html';
import { LOCALE_INFO } from '../../src/lib/i18n/locales';
import { expectNoAxeViolations } from './helpers';
import { regionTexts, viInterfaceStrings, viStringsIn } from './i18n-strings';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const base = process.env.BASE ?? '/';
const EN = LOCALE_INFO.en.lang;
const VI = LOCALE_INFO.vi.lang;


interface PageInfo {
  /** Site path without base: "en/phuong-xa/do-vinh/", "" for the home page, "404.html". */
  path: string;
  lang: string | undefined;
  /** hreflang → site path, from <link rel="alternate" hreflang>. */
  alternates: Map<string, string>;
  /** Site paths of the language switch links ([data-lang-switch]), by their hreflang. */
  switches: Map<string, string>;
  noindex: boolean;
  /** Has the site's header (BaseLayout), and the note a one-language page gives the other editions. */
  shell: boolean;
  viOnlyNote: boolean;
}

/** A site path from an absolute URL or a root-relative href; null when outside the base. */
function sitePath(href: string): string | null {
  const p = new URL(href, 'http://x').pathname;
  return p.startsWith(base) ? p.slice(base.length) : null;
}

const tree = existsSync(outDir) ? dirTree(outDir) : null;
const pages: PageInfo[] = (tree?.files() ?? [])
  .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
  .map((f) => {
    const { tags } = scanHtml(tree!.text(f));
    const alternates = new Map<string, string>();
    const switches = new Map<string, string>();
    for (const t of tags) {
      const hl = t.attrs.get('hreflang');
      const href = t.attrs.get('href');
      if (!hl || !href) continue;
      if (t.name === 'link' && t.attrs.get('rel') === 'alternate') alternates.set(hl, sitePath(href) ?? href);
      if (t.name === 'a' && t.attrs.has('data-lang-switch')) switches.set(hl, sitePath(href) ?? href);
    }
    return {
      path: f.replace(/index\.html$/, ''),
      lang: tags.find((t) => t.name === 'html')?.attrs.get('lang'),
      alternates,
      switches,
      shell: tags.some((t) => t.name === 'header' && /\bsite-header\b/.test(t.attrs.get('class') ?? '')),
      viOnlyNote: tags.some((t) => t.attrs.has('data-vi-only') && t.attrs.get('lang') === EN),
      noindex: tags.some((t) => t.name === 'meta' && t.attrs.get('name') === 'robots' && /noindex/.test(t.attrs.get('content') ?? '')),
    };
  });
const byPath = new Map(pages.map((p) => [p.path, p]));
const english = pages.filter((p) => p.path.startsWith('en/'));
/** The Vietnamese twin's path of an English page. */
const twinOf = (p: string) => p.replace(/^en\//, '').replace(/^404\/$/, '404.html');
const is404 = (p: string) => /(^|\/)404(\.html|\/)$/.test(p);

test.describe('pairs of pages, on disk', () => {
  test('the build has an English edition', () => {
    expect(tree, `${outDir} missing: build first`).not.toBeNull();
    expect(english.length).toBeGreaterThan(0);
    console.log(`i18n: ${pages.length - english.length} Vietnamese pages, ${english.length} English pages`);
  });

  test('every English page has lang="en" and a Vietnamese twin that exists', () => {
    const bad = english.flatMap((p) => [
      ...(p.lang === EN ? [] : [`${p.path}: lang="${p.lang}"`]),
      ...(byPath.has(twinOf(p.path)) ? [] : [`${p.path}: no Vietnamese twin ${twinOf(p.path)}`]),
    ]);
    expect(bad).toEqual([]);
  });

  test('every Vietnamese page has lang="vi", and one that names an English twin has it built', () => {
    const bad = pages
      .filter((p) => !p.path.startsWith('en/'))
      .flatMap((p) => {
        const out = p.lang === VI ? [] : [`${p.path}: lang="${p.lang}"`];
        const en = p.alternates.get(EN) ?? p.switches.get(EN);
        if (en !== undefined && !byPath.has(en)) out.push(`${p.path}: names /${en} which is not built`);
        return out;
      });
    expect(bad).toEqual([]);
  });

  test('twins name each other with hreflang both ways plus x-default (the Vietnamese page)', () => {
    const bad: string[] = [];
    for (const en of english.filter((p) => !is404(p.path))) {
      const vi = byPath.get(twinOf(en.path));
      if (!vi) continue; // reported above
      const want = new Map([[VI, vi.path], [EN, en.path], ['x-default', vi.path]]);
      for (const page of [en, vi]) {
        for (const [hl, target] of want) {
          if (page.alternates.get(hl) !== target) bad.push(`${page.path}: hreflang="${hl}" is ${page.alternates.get(hl) ?? 'missing'}, want /${target}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  test('the language switch of each page goes to its twin, and nowhere on one-language pages', () => {
    const bad: string[] = [];
    for (const en of english) {
      const vi = byPath.get(twinOf(en.path));
      if (!vi) continue;
      if (en.switches.get(VI) !== vi.path) bad.push(`${en.path}: switch to ${en.switches.get(VI) ?? 'missing'}, want /${vi.path}`);
      if (vi.switches.get(EN) !== en.path) bad.push(`${vi.path}: switch to ${vi.switches.get(EN) ?? 'missing'}, want /${en.path}`);
    }
    // A page without hreflang links is one-language (twin={false}, embeds): it offers no switch either.
    for (const p of pages.filter((x) => !is404(x.path) && x.alternates.size === 0)) {
      if (p.switches.size > 0) bad.push(`${p.path}: a switch but no hreflang links`);
      // …and in the site's shell it tells English readers, in English, with a link to their edition.
      if (p.shell && !p.viOnlyNote) bad.push(`${p.path}: one-language page without the English “Vietnamese only” note`);
    }
    expect(bad).toEqual([]);
  });

  test('the sitemap lists both editions, with alternates exactly where the pages pair themselves', () => {
    const xml = tree!.text('sitemap-0.xml');
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map((m) => ({
      loc: sitePath(/<loc>(.*?)<\/loc>/.exec(m[1]!)![1]!)!,
      links: new Map([...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => [l[1]!, sitePath(l[2]!)!])),
    }));
    const locs = new Set(urls.map((u) => u.loc));
    expect(urls.some((u) => u.loc.startsWith('en/'))).toBe(true);
    const bad: string[] = [];
    for (const u of urls) {
      const page = byPath.get(u.loc);
      if (!page) { bad.push(`${u.loc}: in the sitemap, not built`); continue; }
      if (page.noindex) bad.push(`${u.loc}: noindex but in the sitemap`);
      for (const [hl, target] of u.links) if (!locs.has(target)) bad.push(`${u.loc}: alternate ${hl} → ${target} not in the sitemap`);
      // The page's own hreflang links, minus twins that are not built yet in a pending area.
      const own = new Map([...page.alternates]);
      if (new Set(own.values()).size <= 1) own.clear();
      const a = JSON.stringify([...u.links].sort());
      const b = JSON.stringify([...own].sort());
      if (a !== b) bad.push(`${u.loc}: sitemap alternates ${a}, page hreflang ${b}`);
    }
    // Every indexable page of either edition is listed.
    for (const p of pages) if (!p.noindex && p.path.endsWith('/') && !p.path.startsWith('nhung/') && !locs.has(p.path)) bad.push(`${p.path}: missing from the sitemap`);
    expect(bad).toEqual([]);
  });
});

test.describe('no Vietnamese interface strings on English pages', () => {
  const vi = viInterfaceStrings();
  test('the list of strings to look for comes from the dictionary, and the matcher finds them', () => {
    expect(vi.length).toBeGreaterThan(50);
    expect(vi.map((l) => l.text)).toContain('Điều hướng chính');
    // Whole words only, data cells exempt, a gloss in English exempt.
    const hits = viStringsIn(['Nguồn: x', 'Tìm kiếm nhanh'], vi).map((l) => l.text);
    expect(hits).toContain('Nguồn:');
    expect(hits).toContain('Tìm kiếm nhanh');
    expect(viStringsIn(['Menu Home Search Kế hoạchs'], vi)).toEqual([]);
    expect(viStringsIn(['Kế hoạch 122/KH-UBND, mục II.2.a'], vi)).toEqual([]);
    expect(viStringsIn(['The “For the Poor” fund (Quỹ “Vì người nghèo”)'], vi)).toEqual([]);
  });
  // Per page: the shell alone (this layout's header and footer), then every checked region, where
  // components of each area (badges, chart controls, breadcrumbs set by pages) answer for themselves.
  for (const p of english) {
    test(`/${p.path}: header, footer, navigation, badges and chart controls`, async ({ page }) => {
      await page.goto(p.path);
      const shell = viStringsIn(await regionTexts(page, '.site-header, .site-footer'), vi);
      expect(shell.map((l) => `${l.path}: “${l.text}”`), 'header and footer').toEqual([]);
      const found = viStringsIn(await regionTexts(page), vi);
      expect(found.map((l) => `${l.path}: “${l.text}”`), 'navigation, badges, chart controls').toEqual([]);
    });
  }
});

test.describe('the language switch in a browser', () => {
  test('keyboard: the switch comes right after the site name, and Enter opens the twin', async ({ page }) => {
    await page.goto('en/phuong-xa/do-vinh/');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-lang-switch', '');
    await expect(page.locator(':focus')).toContainText(LOCALE_INFO.vi.name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/phuong-xa\/do-vinh\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', VI);
    await page.getByRole('link', { name: LOCALE_INFO.en.name, exact: true }).click();
    await expect(page).toHaveURL(/\/en\/phuong-xa\/do-vinh\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', EN);
  });

  test.describe('at 360×800', () => {
    test.use({ viewport: { width: 360, height: 800 } });
    for (const path of ['./', 'en/', 'en/tim-kiem/', 'en/phuong-xa/do-vinh/', 'phuong-xa/do-vinh/']) {
      test(`${path}: the switch shows without opening the menu, header ≤ 150 px`, async ({ page }) => {
        await page.goto(path);
        const sw = page.locator('.site-header [data-lang-switch]');
        await expect(sw).toBeVisible();
        const box = (await sw.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
        expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(150);
      });
    }
  });
});

/** One English page per page type. A type in a pending area is skipped only while its page is missing. */
const PAGE_TYPES = {
  home: 'en/',
  plan: 'en/ke-hoach/',
  ward: 'en/phuong-xa/do-vinh/',
  chart: 'en/bieu-do/ty-le-ho-ngheo/',
  dataset: 'en/du-lieu/ward-poverty/',
  'stories list': 'en/cau-chuyen/',
  about: 'en/gioi-thieu/',
  methodology: 'en/phuong-phap/',
  search: 'en/tim-kiem/',
} as const;

test.describe('axe on the English page types', () => {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    const missing = !byPath.has(path);
    test(`${type} (/${path})`, async ({ page }) => {
      expect(missing, `/${path} is not built`).toBe(false);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', EN);
      await expectNoAxeViolations(page);
    });
  }
  test('English 404 page (/en/404/): noindex, English, axe clean', async ({ page }) => {
    await page.goto('en/404/');
    await expect(page.locator('html')).toHaveAttribute('lang', EN);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expectNoAxeViolations(page);
  });
});
