/**
 * The English story lists and ward pages (issue 15, parts 3 and 6), and the story list at 360×800
 * (issue 13: the first story in the first screen, the filters collapsed without JavaScript).
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { isPublished } from '../../src/lib/stories/publish';
import { validateStories } from '../../src/lib/stories/validate';
import { validateData } from '../../src/lib/validate/data';
import { strings } from '../../src/lib/i18n/index';
import { unitLabelFor } from '../../src/lib/units/index';
import { collectErrors, expectNoAxeViolations } from './helpers';

const root = process.cwd();
const units = validateData(join(root, 'data')).tables['administrative-units'].rows;
const published = validateStories(join(root, 'content/stories'), units).stories.filter((s) => isPublished(s.data));
const translated = published.filter((s) => s.data.title_en);
const untranslated = published.filter((s) => !s.data.title_en);
const vi = strings('vi');
const en = strings('en');
const card = (page: Page, slug: string) => page.locator(`.story-grid [data-story="${slug}"]`);

test('the shipped stories include some with an English title and some without', () => {
  expect(translated.length).toBeGreaterThanOrEqual(1);
  expect(untranslated.length).toBeGreaterThanOrEqual(1);
});

test.describe('/en/cau-chuyen/', () => {
  test('shows English titles and summaries where given, else the Vietnamese title marked lang="vi" with a note', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('en/cau-chuyen/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.stories.index.title);
    for (const s of translated) {
      const c = card(page, s.slug);
      const link = c.locator('.title a');
      await expect(link).toHaveText(s.data.title_en!);
      await expect(link).not.toHaveAttribute('lang', /.*/);
      // The body is Vietnamese and exists once: the link goes to it, not to an /en/ page.
      await expect(link).toHaveAttribute('href', new RegExp(`^/cau-chuyen/${s.slug}/$`));
      await expect(link).toHaveAttribute('hreflang', 'vi');
      if (s.data.summary_en) await expect(c.locator('.summary')).toHaveText(s.data.summary_en);
      await expect(c.locator('[data-in-vietnamese]')).toHaveCount(0);
    }
    for (const s of untranslated) {
      const c = card(page, s.slug);
      await expect(c.locator('.title a')).toHaveText(s.data.title);
      await expect(c.locator('.title a')).toHaveAttribute('lang', 'vi');
      await expect(c.locator('.summary')).toHaveAttribute('lang', 'vi');
      await expect(c.locator('[data-in-vietnamese]')).toHaveText(en.stories.card.inVietnamese);
      await expect(c.locator('.title a')).toHaveAttribute('href', new RegExp(`^/cau-chuyen/${s.slug}/$`));
    }
    // Cards, filters and counts speak English: no Vietnamese interface string left.
    const filters = page.getByRole('navigation', { name: en.stories.filters.label });
    await expect(filters).toBeVisible();
    await expect(filters.getByRole('link', { name: new RegExp(`^${en.stories.supports['tin-dung-uu-dai']} \\(`) })).toBeVisible();
    const ui = await page.locator('main').evaluate((m) => {
      const c = m.cloneNode(true) as HTMLElement;
      c.querySelectorAll('[lang="vi"]').forEach((e) => e.remove());
      return c.textContent ?? '';
    });
    for (const t of [vi.stories.card.escaped('2023'), vi.stories.filters.byUnit, vi.stories.filters.byYear, vi.stories.filters.bySupport, vi.stories.illustrative.badge, vi.stories.supports['tin-dung-uu-dai'], 'Phường ', 'câu chuyện']) {
      expect(ui, t).not.toContain(t);
    }
    await expectNoAxeViolations(page);
    expect(errors()).toEqual([]);
  });

  test('filter pages are English, their chips link to English filter pages, cards to Vietnamese bodies', async ({ page }) => {
    await page.goto('en/cau-chuyen/');
    const s = translated[0]!;
    const unit = units.find((u) => u.gso_code === s.data.unit && u.district_code === '582')!;
    const label = unitLabelFor('en')(unit);
    await page.getByRole('navigation', { name: en.stories.filters.label }).getByRole('link', { name: new RegExp(`^${label} \\(`) }).click();
    await expect(page).toHaveURL(/\/en\/cau-chuyen\/phuong-xa\/[a-z-]+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.stories.unit.title(label));
    await expect(card(page, s.slug).locator('.title a')).toHaveText(s.data.title_en!);
    await page.goto(`en/cau-chuyen/nam/${s.data.year}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.stories.year.title(String(s.data.year)));
    await expect(page.locator('.story-filters a[aria-current="page"]')).toHaveText(new RegExp(`^${s.data.year} `));
    await page.goto(`en/cau-chuyen/ho-tro/${s.data.supports[0]}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.stories.support.title(en.stories.supports[s.data.supports[0]!]));
    await expect(card(page, s.slug).locator('.title a')).toHaveAttribute('href', new RegExp(`^/cau-chuyen/${s.slug}/$`));
  });
});

test.describe('English ward pages', () => {
  test('/en/phuong-xa/ names units "Đô Vinh ward", formats numbers in English, passes axe', async ({ page }) => {
    await page.goto('en/phuong-xa/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.wards.list.heading);
    await expect(page.locator('main').getByRole('link', { name: 'Đô Vinh ward', exact: true })).toHaveAttribute('href', '/en/phuong-xa/do-vinh/');
    await expect(page.locator('main').getByRole('link', { name: 'Thành Hải commune', exact: true })).toBeVisible();
    const text = (await page.locator('main .unit-list').first().textContent()) ?? '';
    expect(text).toMatch(/\d\.\d\d%/);
    expect(text).not.toMatch(/\d,\d\d%/);
    expect(text).not.toContain('Tỷ lệ hộ nghèo');
    expect(text).not.toContain('Phường ');
    await expectNoAxeViolations(page);
  });

  test('/en/phuong-xa/do-vinh/ speaks English: facts, timeline, tables, passes axe', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('en/phuong-xa/do-vinh/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đô Vinh ward');
    await expect(page.locator('.facts')).toContainText(en.wards.page.factType);
    await expect(page.locator('.facts')).toContainText('Ward');
    await expect(page.locator('.changes')).toContainText(en.wards.changes.acts('').slice(0, 12));
    await expect(page.locator('.poverty-table thead')).toContainText(en.wards.page.col.poorRate);
    const cells = await page.locator('.poverty-table tbody td.num').allTextContents();
    expect(cells.some((c) => /^\d+\.\d\d%/.test(c.trim()))).toBe(true);
    const ui = (await page.locator('.changes, .facts, .poverty-table thead, .lead').allTextContents()).join(' ');
    for (const t of ['Từ ngày', 'Căn cứ', 'Phường ', 'nhập vào', 'giữ nguyên', 'Tỷ lệ hộ nghèo', 'Mã đơn vị']) expect(ui, t).not.toContain(t);
    await expectNoAxeViolations(page);
    expect(errors()).toEqual([]);
  });

  test('a merged ward says what it merged into, in English', async ({ page }) => {
    await page.goto('en/phuong-xa/thanh-son/');
    await expect(page.locator('.lead')).toContainText('merged into Phủ Hà ward');
    await expect(page.locator('.changes')).toContainText('merged into Phủ Hà ward');
    await expect(page.locator('.changes a', { hasText: 'Phủ Hà ward' }).first()).toHaveAttribute('href', '/en/phuong-xa/phu-ha/');
  });
});

test.describe('the story list at 360×800 (issue 13)', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const path of ['cau-chuyen/', 'en/cau-chuyen/']) {
    test(`${path}: the first story card starts within the first screen`, async ({ page }) => {
      await page.goto(path);
      const top = (await page.locator('.story-grid [data-story]').first().boundingBox())!.y;
      expect(top).toBeLessThanOrEqual(800);
    });
  }

  test('the filters open without JavaScript, and every chip is reachable', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await ctx.newPage();
    await page.goto('cau-chuyen/');
    const filters = page.getByRole('navigation', { name: vi.stories.filters.label });
    const chip = filters.getByRole('link', { name: /^2023 \(/ });
    await expect(chip).toBeHidden();
    await filters.locator('summary').click();
    await expect(chip).toBeVisible();
    await chip.click();
    await expect(page).toHaveURL(/\/cau-chuyen\/nam\/2023\/$/);
    await ctx.close();
  });

  test('on a wide screen the filters are open without a toggle', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('cau-chuyen/');
    await expect(page.locator('.story-filters summary')).toBeHidden();
    await expect(page.getByRole('navigation', { name: vi.stories.filters.label }).getByRole('link', { name: /^2023 \(/ })).toBeVisible();
  });
});
