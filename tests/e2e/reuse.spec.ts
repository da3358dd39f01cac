/**
 * Journalists and reuse (issue 14): the address opens the chosen view and follows the reader's
 * choices (replaceState); the embed code and share link carry it; the PNG and SVG download links
 * serve images of the right size that carry title, provenance and the site's address; the year
 * links still work without JavaScript; axe finds nothing on the pages with state.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations } from './helpers';

test.describe('chart state in the address', () => {
  test('?nam=2022&hien-thi=can-ngheo opens 2022 near-poor; choosing updates the address and links', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('bieu-do/ty-le-ho-ngheo/?nam=2022&hien-thi=can-ngheo');
    const chart = page.locator('#ty-le-ho-ngheo');
    await expect(chart).toHaveAttribute('data-enhanced', '');
    await expect(chart.locator('input[name="ty-le-ho-ngheo-year"][value="2022"]')).toBeChecked();
    await expect(chart.locator('input[name="ty-le-ho-ngheo-measure"][value="near"]')).toBeChecked();
    await expect(chart.locator('.chart-panel[data-year="2022"]')).toBeVisible();
    await expect(chart.locator('.chart-panel[data-year="2024"]')).toBeHidden();
    await expect(chart.locator('a.chart-img[data-image="png"]')).toHaveAttribute('href', /ty-le-ho-ngheo-2022-can-ngheo\.png$/);

    await chart.locator('label', { hasText: '2023' }).click();
    await expect(page).toHaveURL(/\?nam=2023&hien-thi=can-ngheo$/);
    await chart.locator('label', { hasText: 'Cả hai' }).click();
    await expect(page).toHaveURL(/\?nam=2023&hien-thi=ca-hai$/);
    await expect(chart.locator('.chart-panel[data-year="2023"]')).toBeVisible();
    await chart.locator('details.chart-embed summary').click();
    await expect(chart.locator('[data-embed-code]')).toHaveValue(/nhung\/ty-le-ho-ngheo\/\?nam=2023&amp;hien-thi=ca-hai"/);
    await expect(chart.locator('[data-share-link]')).toHaveValue(/\/bieu-do\/ty-le-ho-ngheo\/\?nam=2023&hien-thi=ca-hai$/);
    await expect(chart.locator('a.chart-img[data-image="svg"]')).toHaveAttribute('href', /ty-le-ho-ngheo-2023-ca-hai\.svg$/);
    // replaceState: no history entry per choice.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
    await expectNoAxeViolations(page);
    expect(errors()).toEqual([]);
  });

  test('an unknown year or measure falls back to the default view', async ({ page }) => {
    await page.goto('bieu-do/ty-le-ho-ngheo/?nam=1999&hien-thi=xyz');
    const chart = page.locator('#ty-le-ho-ngheo');
    await expect(chart.locator('input[name="ty-le-ho-ngheo-year"][value="2024"]')).toBeChecked();
    await expect(chart.locator('input[name="ty-le-ho-ngheo-measure"][value="poor"]')).toBeChecked();
  });

  test('the embed opens the state it is given', async ({ page }) => {
    await page.goto('nhung/ty-le-ho-ngheo/?nam=2021&hien-thi=ca-hai');
    await expect(page.locator('input[value="2021"]')).toBeChecked();
    await expect(page.locator('input[value="both"]')).toBeChecked();
    await expect(page.locator('a.chart-img[data-image="png"]')).toHaveAttribute('href', /ty-le-ho-ngheo-2021-ca-hai\.png$/);
  });

  test('campaign by unit: ?nam= opens the year, a year link updates the address', async ({ page }) => {
    await page.goto('bieu-do/quy-theo-phuong-xa/?nam=2022');
    const chart = page.locator('#quy-theo-phuong-xa');
    await expect(chart.locator('.chart-panel[data-year="2022"]')).toBeVisible();
    await expect(chart.locator('.chart-panel[data-year="2024"]')).toBeHidden();
    // Each year's panel has its own year links (the selected year shows without JS): use the visible ones.
    await chart.locator('.chart-years a[data-year="2023"]:visible').click();
    await expect(page).toHaveURL(/\/bieu-do\/quy-theo-phuong-xa\/\?nam=2023$/);
    await expect(chart.locator('.chart-panel[data-year="2023"]')).toBeVisible();
    await expect(chart.locator('.chart-years a[data-year="2023"]:visible')).toHaveAttribute('aria-current', 'true');
    await expect(chart.locator('a.chart-img[data-image="png"]')).toHaveAttribute('href', /quy-theo-phuong-xa-2023\.png$/);
    await expectNoAxeViolations(page);
  });

  test('without JavaScript the year links still show each year', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto('bieu-do/quy-theo-phuong-xa/');
    await page.locator('#quy-theo-phuong-xa .chart-years a[data-year="2022"]:visible').click();
    await expect(page.locator('#quy-theo-phuong-xa-2022')).toBeVisible();
    await expect(page.locator('#quy-theo-phuong-xa-2022 .chart-years a[aria-current="true"]')).toHaveText('2022');
    await expect(page.locator('#quy-theo-phuong-xa-2024')).toBeHidden();
    await ctx.close();
  });
});

test.describe('chart images', () => {
  for (const path of ['bieu-do/ty-le-ho-ngheo/', 'bieu-do/quy-theo-nam/', 'nhung/ban-do/']) {
    test(`PNG and SVG links work: ${path}`, async ({ page, request }) => {
      await page.goto(path);
      const png = page.locator('a.chart-img[data-image="png"]').first();
      const svg = page.locator('a.chart-img[data-image="svg"]').first();
      await expect(png).toHaveText('Tải ảnh (PNG)');
      await expect(svg).toHaveText('Tải SVG');
      const title = (await page.locator('.chart-title').first().textContent())!.trim();

      const r = await request.get((await png.evaluate((a: HTMLAnchorElement) => a.href)));
      expect(r.status()).toBe(200);
      expect(r.headers()['content-type']).toContain('image/png');
      const b = await r.body();
      expect(b.subarray(1, 4).toString()).toBe('PNG');
      const width = b.readUInt32BE(16);
      const height = b.readUInt32BE(20);
      expect(width).toBeGreaterThanOrEqual(1200);
      expect(height).toBeGreaterThan(400);

      const s = await request.get((await svg.evaluate((a: HTMLAnchorElement) => a.href)));
      expect(s.status()).toBe(200);
      const text = await s.text();
      // The PNG is the SVG at 2×.
      expect(Number(/<svg[^>]*\swidth="(\d+)"/.exec(text)![1]) * 2).toBe(width);
      // The image carries the chart's title (a page instance may add its year: "… năm 2024").
      expect(text).toContain(title.replace(/ năm \d{4}$/, '').replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
      expect(text).toContain('Nguồn:');
      expect(text).toContain('Nguồn gốc số liệu:');
      expect(text).toContain('Số liệu minh họa');
      expect(text).toContain('>Giảm nghèo Phan Rang-Tháp Chàm</text>');
      expect(text).toMatch(/data-address="">https?:\/\/[^<]+\/bieu-do\/[a-z-]+\/(\?nam=\d{4}[^<]*)?<\/text>/);
    });
  }

  test('the chart page shares its own PNG as the Open Graph image', async ({ page, request }) => {
    await page.goto('bieu-do/xu-huong/');
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/\/bieu-do\/xu-huong\/xu-huong\.png$/);
    const w = await page.locator('meta[property="og:image:width"]').getAttribute('content');
    const r = await request.get(new URL(og!).pathname);
    expect(r.status()).toBe(200);
    expect((await r.body()).readUInt32BE(16)).toBe(Number(w));
  });
});
