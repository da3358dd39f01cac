/**
 * Search (/tim-kiem/): the issue's queries find the expected page first or near the top, with or without
 * diacritics (đ included, through the folded "fold" metadata); excerpts never show the folded copy;
 * the "Loại trang" filter works; Pagefind loads only when a search is made; without JavaScript the form
 * still submits and the page says what to do.
 */
import { expect, test, type Page } from '@playwright/test';

/** Result paths in order, after the status line reports the search finished. */
async function results(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  await expect(page.locator('[data-search-status]')).toHaveText(/kết quả cho|Không tìm thấy/);
  return page.locator('.result h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
}

const CASES: { q: string; expect: string; within: number }[] = [
  { q: 'giam ngheo', expect: 'ke-hoach/', within: 3 },
  { q: 'do vinh', expect: 'phuong-xa/do-vinh/', within: 1 },
  { q: 'dong hai', expect: 'phuong-xa/dong-hai/', within: 1 },
  { q: 'thanh hai', expect: 'phuong-xa/thanh-hai/', within: 1 },
  // With diacritics: exact spelling first.
  { q: 'Đông Hải', expect: 'phuong-xa/dong-hai/', within: 1 },
  { q: 'Đô Vinh', expect: 'phuong-xa/do-vinh/', within: 1 },
  { q: 'giảm nghèo', expect: 'ke-hoach/', within: 3 },
];

for (const c of CASES) {
  test(`"${c.q}" finds /${c.expect} ${c.within === 1 ? 'first' : `in the top ${c.within}`}`, async ({ page }) => {
    const paths = await results(page, c.q);
    const base = new URL(page.url()).pathname.replace(/tim-kiem\/$/, '');
    const at = paths.indexOf(base + c.expect);
    expect(at, `results: ${paths.slice(0, 5).join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(c.within);
  });
}

test('results show title, page type and an excerpt without the folded copy', async ({ page }) => {
  await results(page, 'do vinh');
  const first = page.locator('.result').first();
  await expect(first.locator('h2 a')).toHaveText('Phường Đô Vinh');
  await expect(first.locator('.result-type')).toHaveText('Phường/xã');
  await expect(first.locator('.result-excerpt')).toContainText('Đô Vinh');
  const excerpts = await page.locator('.result-excerpt').allTextContents();
  for (const e of excerpts) expect(e).not.toMatch(/Phuong Do Vinh|Do Vinh Do Vinh/);
  // The hidden page-type filter text must not leak into excerpts either.
  for (const e of excerpts) expect(e).not.toMatch(/^Phường\/xã\s/);
});

test('the "Loại trang" filter keeps only that type', async ({ page }) => {
  const all = await results(page, 'dong hai');
  const filtered = await results(page, 'dong hai', `&loai=${encodeURIComponent('Phường/xã')}`);
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThanOrEqual(all.length);
  for (const t of await page.locator('.result-type').allTextContents()) expect(t).toBe('Phường/xã');
  await expect(page.locator('select[name="loai"]')).toHaveValue('Phường/xã');
});

test('typing searches and keeps the query in the address', async ({ page }) => {
  await page.goto('tim-kiem/');
  await page.getByLabel('Từ khóa').fill('thanh hai');
  await expect(page.locator('.result h2 a').first()).toHaveText('Xã Thành Hải');
  await expect(page).toHaveURL(/[?&]q=thanh(\+|%20)hai/);
});

test('the header form submits to the search page with the query', async ({ page }) => {
  await page.goto('gioi-thieu/');
  await page.getByLabel('Tìm trên trang').fill('dong hai');
  await page.getByLabel('Tìm trên trang').press('Enter');
  await expect(page).toHaveURL(/tim-kiem\/\?q=dong\+hai/);
  await expect(page.locator('.result h2 a').first()).toHaveText('Phường Đông Hải');
});

test('Pagefind loads nothing until a search is made', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/pagefind/')) pagefind.push(r.url()); });
  await page.goto('./', { waitUntil: 'networkidle' });
  await page.goto('tim-kiem/', { waitUntil: 'networkidle' });
  expect(pagefind).toEqual([]);
  await page.getByLabel('Từ khóa').fill('ke hoach');
  await expect(page.locator('.result').first()).toBeVisible();
  expect(pagefind.some((u) => u.endsWith('pagefind.js'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form still submits and the page offers plain links', async ({ page }) => {
    await page.goto('./');
    await page.getByLabel('Tìm trên trang').fill('do vinh');
    await page.getByLabel('Tìm trên trang').press('Enter');
    await expect(page).toHaveURL(/tim-kiem\/\?q=do\+vinh/);
    const msg = page.locator('.no-js');
    await expect(msg).toBeVisible();
    await expect(msg).toContainText('cần JavaScript');
    await expect(msg.getByRole('link', { name: 'Phường/xã' })).toBeVisible();
  });
});

/** Every result path in order ("Xem thêm kết quả" clicked until it hides), and the count the status gives. */
async function allResults(page: Page, query: string): Promise<{ paths: string[]; count: number }> {
  await results(page, query);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) await more.click();
  const count = Number(/(\d+) kết quả/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1] ?? 0);
  const paths = await page.locator('.result h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  return { paths, count };
}

test.describe('the same answer with or without diacritics (issue 13)', () => {
  test('"dong hai" and "Đông Hải": same results, same order, ≤ 15, Phường Đông Hải first', async ({ page }) => {
    const plain = await allResults(page, 'dong hai');
    const marked = await allResults(page, 'Đông Hải');
    expect(marked.paths).toEqual(plain.paths);
    expect(plain.count).toBe(plain.paths.length);
    expect(plain.count).toBeGreaterThan(0);
    expect(plain.count, plain.paths.join(', ')).toBeLessThanOrEqual(15);
    await expect(page.locator('.result h2 a').first()).toHaveText('Phường Đông Hải');
  });
  for (const [a, b] of [['do vinh', 'Đô Vinh'], ['thanh hai', 'Thành Hải'], ['giam ngheo', 'giảm nghèo']]) {
    test(`"${a}" and "${b}" give the same set`, async ({ page }) => {
      const x = await allResults(page, a!);
      const y = await allResults(page, b!);
      expect([...y.paths].sort()).toEqual([...x.paths].sort());
    });
  }
  test('every result holds every word (no loose "do", "dòng", "ông" matches)', async ({ page }) => {
    await allResults(page, 'dong hai');
    const n = await page.locator('.result').count();
    for (let i = 0; i < n; i++) {
      const url = await page.locator('.result h2 a').nth(i).getAttribute('href');
      const res = await page.request.get(url!);
      const text = (await res.text()).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
      expect(text, url!).toMatch(/(^|[^a-z0-9])dong([^a-z0-9]|$)/);
      expect(text, url!).toMatch(/(^|[^a-z0-9])hai([^a-z0-9]|$)/);
    }
  });
  test('drafts stay out', async ({ page }) => {
    const paths = await results(page, 'nhap');
    for (const p of paths) expect(p).not.toMatch(/ban-nhap|draft/);
  });
});
