/**
 * The site shell and the site helper's pages: every page type renders in Vietnamese with its title,
 * no request leaves the host, axe finds nothing, the plan page holds every target/project/agency of data/,
 * every unit page exists and links to its successor, 320 px works, print hides the chrome.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataRows, collectErrors, expectNoAxeViolations } from './helpers';

const outDir = process.env.ASTRO_OUT_DIR ?? 'dist';
const built = (path: string) => existsSync(join(outDir, path, 'index.html'));
const slugify = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** One page of each type (other helpers' pages are checked when they are in the build). */
const PAGES: { path: string; h1: RegExp; title: RegExp }[] = [
  { path: '', h1: /Giảm nghèo bền vững/, title: /^Giảm nghèo Phan Rang-Tháp Chàm$/ },
  { path: 'ke-hoach/', h1: /Kế hoạch giảm nghèo năm 2024/, title: /^Kế hoạch giảm nghèo năm 2024 \| / },
  { path: 'phuong-xa/', h1: /16 phường, xã/, title: /^16 phường, xã \| / },
  { path: 'phuong-xa/do-vinh/', h1: /^Phường Đô Vinh$/, title: /^Phường Đô Vinh \| / },
  { path: 'phuong-xa/thanh-hai/', h1: /^Xã Thành Hải$/, title: /^Xã Thành Hải \| / },
  { path: 'phuong-phap/', h1: /Phương pháp/, title: /^Phương pháp \| / },
  { path: 'gioi-thieu/', h1: /Giới thiệu/, title: /^Giới thiệu \| / },
  { path: 'tim-kiem/', h1: /Tìm kiếm/, title: /^Tìm kiếm \| / },
  { path: 'cau-chuyen/', h1: /./, title: / \| Giảm nghèo Phan Rang-Tháp Chàm$/ },
  { path: 'du-lieu/', h1: /./, title: / \| Giảm nghèo Phan Rang-Tháp Chàm$/ },
  { path: 'bieu-do/', h1: /./, title: / \| Giảm nghèo Phan Rang-Tháp Chàm$/ },
];

/** Requests to any host but the preview server (data: and blob: URLs never leave the page). */
function watchForeignRequests(page: Page, baseURL: string): () => string[] {
  const host = new URL(baseURL).host;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.host !== host) foreign.push(r.url());
  });
  return () => foreign;
}

for (const p of PAGES) {
  test.describe(`page /${p.path}`, () => {
    test.skip(!built(p.path), `/${p.path} is not in ${outDir} (another helper's page, not built yet)`);

    test('renders in Vietnamese with its title, description, canonical and social image', async ({ page, baseURL, request }) => {
      const errors = collectErrors(page);
      const foreign = watchForeignRequests(page, baseURL!);
      const res = await page.goto(p.path, { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expect(page).toHaveTitle(p.title);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(p.h1);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^.{40,300}$/);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical!).pathname).toBe(new URL(p.path, baseURL).pathname);
      const og = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(og).toMatch(/\/og\/[a-z-]+\.png$/);
      // The social image exists on this server (its host is SITE's, so fetch its path here).
      const img = await request.get(new URL(new URL(og!).pathname, baseURL).href);
      expect(img.status()).toBe(200);
      expect(img.headers()['content-type']).toContain('image/png');
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(1);
      expect(foreign()).toEqual([]);
      expect(errors()).toEqual([]);
    });

    test('has no axe violations', async ({ page }) => {
      await page.goto(p.path);
      await expectNoAxeViolations(page);
    });

    test('is usable at 320 px: no horizontal scrolling of the page', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(p.path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('a missing page answers 404 in Vietnamese with a search form', async ({ page }) => {
  const res = await page.goto('khong-co-trang-nay/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
  const form = page.locator('main form[role="search"]');
  await expect(form).toHaveAttribute('action', /tim-kiem\/$/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expectNoAxeViolations(page);
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('ke-hoach/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#noi-dung')).toBeFocused();
});

test('breadcrumbs lead back up from a ward page', async ({ page }) => {
  await page.goto('phuong-xa/my-huong/');
  const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' });
  await expect(crumbs.getByRole('link', { name: 'Phường/xã' })).toHaveAttribute('href', /phuong-xa\/$/);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('Phường Mỹ Hương');
});

test('every page of the site helper is reachable from the navigation', async ({ page }) => {
  await page.goto('./');
  const hrefs = await page.locator('header nav a, footer a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  const base = new URL(page.url()).pathname;
  for (const p of ['ke-hoach/', 'phuong-xa/', 'phuong-phap/', 'gioi-thieu/', 'tim-kiem/', 'cau-chuyen/', 'du-lieu/']) {
    expect(hrefs, p).toContain(base + p);
  }
});

test.describe('the plan page', () => {
  test('contains every target, project, policy and agency of data/, each at its anchor', async ({ page }) => {
    await page.goto('ke-hoach/');
    const targets = dataRows('plan-targets.csv');
    const projects = dataRows('plan-projects.csv');
    const agencies = dataRows('plan-agencies.csv');
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) {
      const el = page.locator(`[id="${t.id}"]`);
      await expect(el, t.id).toHaveCount(1);
      await expect(el).toContainText(t.text!.slice(0, 40));
    }
    // The 10-house task sits inside policy 3.2.d.
    await expect(page.locator('[id="chinh-sach-nha-o"] [id="xay-moi-nha-2024"]')).toHaveCount(1);
    for (const p of projects) {
      const el = page.locator(`[id="${p.id}"]`);
      await expect(el, p.id).toHaveCount(1);
      await expect(el).toContainText(p.name!);
      // Links to the section IV anchor of every agency its roles name.
      for (const a of [p.lead_agency, ...(p.implementing_agencies ?? '').split('|')].filter(Boolean)) {
        await expect(el.locator(`a[href="#${a}"]`).first(), `${p.id} → ${a}`).toBeAttached();
      }
      const firstItem = (p.content ?? '').split(' | ')[0]?.trim();
      if (firstItem) await expect(el).toContainText(firstItem.slice(0, 40));
    }
    for (const a of agencies) {
      const el = page.locator(`[id="${a.id}"]`);
      await expect(el, a.id).toHaveCount(1);
      await expect(el).toContainText(a.name!);
      for (const p of projects.filter((x) => x.lead_agency === a.id)) {
        await expect(el.locator(`[data-role="chu-tri"] a[href="#${p.id}"]`), `${a.id} leads ${p.id}`).toHaveCount(1);
      }
    }
    // " | " cells with several items become real lists (one item stays a paragraph).
    const d2 = projects.find((p) => p.id === 'du-an-2')!;
    const listed = (['objective', 'beneficiaries', 'content', 'assignment'] as const)
      .map((k) => (d2[k] ?? '').split(' | ').filter((x) => x.trim()).length)
      .reduce((sum, n) => sum + (n > 1 ? n : 0), 0);
    expect(listed).toBeGreaterThan(9);
    await expect(page.locator('[id="du-an-2"] > .item-list li')).toHaveCount(listed);
  });

  test('shows every agency role of data/plan-projects.csv with its sections, and no other', async ({ page }) => {
    await page.goto('ke-hoach/');
    const recorded = new Set<string>();
    for (const p of dataRows('plan-projects.csv')) {
      for (const entry of (p.roles ?? '').split(' | ').filter(Boolean)) {
        const [head, secs] = entry.split('@') as [string, string];
        const [role, agency] = head.split(':') as [string, string];
        recorded.add(`${role} ${agency} ${p.id} ${secs.split(',').join(' ')}`);
      }
    }
    expect(recorded.size).toBeGreaterThan(10);
    const shown = await page.locator('[data-role]').evaluateAll((els) =>
      els.map((e) => { const d = (e as HTMLElement).dataset; return `${d.role} ${d.agency} ${d.project} ${d.sections}`; }));
    // Every shown role is recorded with a section; every recorded role is shown in its block and in section IV.
    for (const s of shown) expect(recorded, s).toContain(s);
    for (const r of recorded) expect(shown.filter((s) => s === r).length, r).toBeGreaterThanOrEqual(2);
    for (const el of await page.locator('[data-role]').all()) await expect(el).toContainText('theo mục ');
    // No role label outside the recorded ones: each "Chủ trì" term in a roles list has recorded entries.
    for (const dl of await page.locator('dl.roles').all()) await expect(dl.locator('[data-role]').first()).toBeAttached();
  });

  test('words the plan as it is worded: Đề nghị, leads per sub-project, labels, one bullet, site headings', async ({ page }) => {
    await page.goto('ke-hoach/');
    await expect(page.locator('[id="mttq-hoi-doan-the-h"]')).toHaveText(/^12\. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố/);
    await expect(page.locator('[id="mttq-hoi-doan-the"] [data-role]')).toHaveCount(0);
    const d3 = page.locator('[id="du-an-3"] > dl.roles');
    await expect(d3).toContainText('Chủ trì từng tiểu dự án');
    await expect(d3.locator('[data-role="chu-tri"]')).toHaveText([/Tiểu dự án 1: Phòng Kinh tế thành phố/, /Tiểu dự án 2: Trung tâm Y tế thành phố/]);
    await expect(page.locator('[id="du-an-6-tda-1"]')).toContainText('mục II.3.1.d ghi “chủ trì”; mục IV.5 ghi “phối hợp”');
    await expect(page.locator('[id="chinh-sach-y-te"]')).toContainText('vai trò dưới đây lấy theo mục IV');
    await expect(page.locator('[id="du-an-3-tda-2"] .item-label')).toContainText(['Mục tiêu', 'Đối tượng', 'Nội dung hỗ trợ', 'Phân công thực hiện']);
    await expect(page.locator('[id="du-an-3-tda-1"] .item-label').nth(2)).toHaveText('Nội dung');
    const first = page.locator('[id="ty-le-ho-ngheo"]');
    await expect(first).toHaveJSProperty('tagName', 'LI');
    await expect(first.locator('[id="ty-le-ho-can-ngheo"]')).toHaveCount(1);
    for (const id of ['mo-dau', 'ket-thuc']) await expect(page.locator(`[id="${id}"]`)).toContainText('tiêu đề do trang web đặt, không có trong Kế hoạch');
    await expect(page.locator('main')).not.toContainText('Tổ chức thực hiện Kế hoạch');
  });

  test('has a table of contents whose anchors all exist, and says the text was restored from a scan', async ({ page }) => {
    await page.goto('ke-hoach/');
    const toc = page.getByRole('navigation', { name: 'Mục lục' });
    const anchors = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(anchors.length).toBeGreaterThanOrEqual(16);
    for (const h of anchors) await expect(page.locator(`[id="${h.slice(1)}"]`), h).toHaveCount(1);
    await expect(page.locator('main')).toContainText('khôi phục từ một bản quét');
  });

  test('prints without the site chrome', async ({ page }) => {
    await page.goto('ke-hoach/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header nav')).toBeHidden();
    await expect(page.locator('.site-search')).toBeHidden();
    await expect(page.locator('.plan-links')).toBeHidden();
    await expect(page.locator('[id="du-an-2"]')).toBeVisible();
  });
});

test.describe('unit pages', () => {
  const allUnits = dataRows('administrative-units.csv');
  // The city's own phường/xã; the units of 1/7/2025 (Khánh Hòa) reuse some codes but have no page.
  const units = allUnits.filter((u) => u.district_code === '582');
  const changes = dataRows('unit-changes.csv');
  // Where a ward's area went on a date, read straight from the CSV rows (main successor: not "part").
  const wentTo = (u: Record<string, string | undefined>, date: string) => {
    const c = changes.find((x) => x.from_code === u.gso_code && x.effective_date === date && x.share !== 'part');
    return c ? allUnits.find((x) => x.gso_code === c.to_code && (x.valid_from ?? '') <= date && (!x.valid_to || x.valid_to >= date)) : undefined;
  };

  test('the list shows all 16, grouped: 13 in force until 30/6/2025, 3 merged on 1/11/2024', async ({ page }) => {
    expect(units).toHaveLength(16);
    await page.goto('phuong-xa/');
    const groups = page.locator('main section');
    await expect(groups.nth(0).locator('li[data-unit-code]')).toHaveCount(13);
    await expect(groups.nth(1).locator('li[data-unit-code]')).toHaveCount(3);
    for (const u of units) {
      await expect(page.locator(`main a[href$="phuong-xa/${slugify(u.name!)}/"]`).first(), u.name).toBeAttached();
    }
  });

  for (const u of units) {
    test(`${u.type} ${u.name}: identity, successors with links and legal acts, figures`, async ({ page }) => {
      const res = await page.goto(`phuong-xa/${slugify(u.name!)}/`);
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(`${u.type} ${u.name}`);
      const main = page.locator('main');
      await expect(main.locator('.facts')).toContainText(u.gso_code!);
      const nov = main.locator('[data-change="2024-11-01"]');
      const jul = main.locator('[data-change="2025-07-01"]');
      await expect(nov).toContainText('Nghị quyết 1198/NQ-UBTVQH15');
      await expect(jul).toContainText('Nghị quyết 1667/NQ-UBTVQH15');
      const merged = wentTo(u, '2024-11-01');
      if (merged) {
        // Merged: links to the page of the ward it joined, which is one of ours.
        const link = nov.locator(`a[href$="phuong-xa/${slugify(merged.name!)}/"]`);
        await expect(link).toHaveText(`Phường ${merged.name}`);
        await link.click();
        await expect(page.locator('h1')).toHaveText(`Phường ${merged.name}`);
        await expect(page.locator('[data-change="2024-11-01"]')).toContainText(u.name!);
        return;
      }
      await expect(jul).toContainText(`${wentTo(u, '2025-07-01')!.name} mới`);
      // Yearly figures, flagged as illustrative where they are.
      const rows = dataRows('ward-poverty.csv').filter((r) => r.unit_code === u.gso_code);
      await expect(main.locator('table.poverty-table tr[data-year]')).toHaveCount(rows.length);
      if (rows.some((r) => r.provenance === 'illustrative')) await expect(main.locator('section:has(#ho-ngheo) .note-illustrative')).toBeVisible();
    });
  }

  test('Đông Hải split on 1/7/2025: most into Phường Đông Hải, a part into Xã Phước Dinh', async ({ page }) => {
    await page.goto('phuong-xa/dong-hai/');
    const jul = page.locator('[data-change="2025-07-01"]');
    await expect(jul).toContainText('phần lớn thuộc Phường Đông Hải mới');
    await expect(jul).toContainText('Xã Phước Dinh');
  });

  test('Kinh Dinh lists the wards merged into it, and its stories appear on ward pages', async ({ page }) => {
    await page.goto('phuong-xa/kinh-dinh/');
    const nov = page.locator('[data-change="2024-11-01"]');
    await expect(nov.locator('a[href$="phuong-xa/my-huong/"]')).toBeAttached();
    await expect(nov.locator('a[href$="phuong-xa/tan-tai/"]')).toBeAttached();
    await page.goto('phuong-xa/do-vinh/');
    await expect(page.locator('section:has(#cau-chuyen) article').first()).toBeVisible();
  });

  test('a ward page prints its figures without the chrome', async ({ page }) => {
    await page.goto('phuong-xa/do-vinh/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header nav')).toBeHidden();
    await expect(page.locator('table.poverty-table')).toBeVisible();
  });
});

test('the methodology page explains the standard, illustrative data and the official figures', async ({ page }) => {
  await page.goto('phuong-phap/');
  const main = page.locator('main');
  for (const s of ['1.500.000', '2.000.000', 'Nghị định 07/2021/NĐ-CP', 'Nghị định 30/2025/NĐ-CP', 'chưa được kiểm tra', 'provenance', 'official', 'npm run validate', 'bản quét', '0,97%', '0,72%']) {
    await expect(main).toContainText(s);
  }
  await expect(main.locator('section:has(#chuan-ngheo) tbody tr')).toHaveCount(6);
  await expect(main.locator('section:has(#chuan-ngheo) tbody li')).toHaveCount(12);
});
