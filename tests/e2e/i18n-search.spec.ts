/**
 * Search per language (issue 15): Pagefind keeps one index per <html lang>, so /en/tim-kiem/ finds
 * English pages only and /tim-kiem/ Vietnamese ones; the English page's controls, filter values and
 * status lines are English (rendered from the dictionary, passed to the script as data- attributes).
 */
import { expect, test, type Page } from '@playwright/test';
import { strings } from '../../src/lib/i18n/index';

const en = strings('en');

/** Result paths after the status line reports the search finished. */
async function results(page: Page, path: string, query: string, done: RegExp, extra = ''): Promise<string[]> {
  await page.goto(`${path}?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('[data-search-status]')).toHaveText(done);
  return page.locator('.result h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}
const EN_DONE = /results? for|No results/;

test('"ward" on /en/tim-kiem/ finds English pages only', async ({ page }) => {
  const paths = await results(page, 'en/tim-kiem/', 'ward', EN_DONE);
  const root = new URL(page.url()).pathname.replace(/en\/tim-kiem\/$/, '');
  expect(paths.length).toBeGreaterThan(0);
  for (const p of paths) expect(p.startsWith(`${root}en/`), p).toBe(true);
  await expect(page.locator('[data-search-status]')).toHaveText(new RegExp(`^(1 result|\\d+ results) for “ward”\\.$`));
});

test('"Đô Vinh" and "do vinh" on /en/tim-kiem/ find the English ward page first', async ({ page }) => {
  for (const q of ['Đô Vinh', 'do vinh']) {
    const paths = await results(page, 'en/tim-kiem/', q, EN_DONE);
    const root = new URL(page.url()).pathname.replace(/en\/tim-kiem\/$/, '');
    expect(paths[0]).toBe(`${root}en/phuong-xa/do-vinh/`);
    for (const p of paths) expect(p.startsWith(`${root}en/`), p).toBe(true);
    await expect(page.locator('.result-type').first()).toHaveText(en.site.pageTypes['phuong-xa']);
  }
});

test('the Vietnamese search finds no English page', async ({ page }) => {
  const paths = await results(page, 'tim-kiem/', 'do vinh', /kết quả cho|Không tìm thấy/);
  expect(paths.length).toBeGreaterThan(0);
  for (const p of paths) expect(p, p).not.toMatch(/\/en\//);
});

test('the English page type filter lists English types and filters by them', async ({ page }) => {
  await page.goto('en/tim-kiem/');
  await expect(page.locator('[data-search-status]')).toHaveText(en.search.status.prompt);
  const options = await page.locator('select[name="loai"] option').allTextContents();
  const want = Object.entries(en.site.pageTypes).filter(([k]) => k !== 'trang-chu').map(([, v]) => v);
  expect(options).toEqual([en.search.allTypes, ...want]);
  const type = en.site.pageTypes['phuong-xa'];
  const paths = await results(page, 'en/tim-kiem/', 'do vinh', EN_DONE, `&loai=${encodeURIComponent(type)}`);
  expect(paths.length).toBeGreaterThan(0);
  for (const t of await page.locator('.result-type').allTextContents()) expect(t).toBe(type);
  await expect(page.locator('select[name="loai"]')).toHaveValue(type);
});

test('an English query with no match says so in English', async ({ page }) => {
  await results(page, 'en/tim-kiem/', 'zzqxw', /No results/);
  await expect(page.locator('[data-search-status]')).toHaveText('No results for “zzqxw”.');
});

test('the English header form submits to the English search page', async ({ page }) => {
  await page.goto('en/phuong-xa/do-vinh/');
  await page.getByLabel(en.site.searchLabel).fill('dong hai');
  await page.getByLabel(en.site.searchLabel).press('Enter');
  await expect(page).toHaveURL(/\/en\/tim-kiem\/\?q=dong\+hai/);
  await expect(page.locator('.result h2 a').first()).toHaveAttribute('href', /\/en\/phuong-xa\/dong-hai\/$/);
});
