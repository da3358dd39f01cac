/**
 * Issue 13, a phone-first reading: at 360×800 the header is compact, its menu opens without
 * JavaScript, and the search box is whole.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const PAGES = ['./', 'ke-hoach/', 'phuong-xa/do-vinh/', 'bieu-do/ty-le-ho-ngheo/', 'du-lieu/', 'phuong-phap/', 'tim-kiem/'];

test.describe('header at 360×800', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const path of PAGES) {
    test(`${path}: header ≤ 150 px, search box not cut off`, async ({ page }) => {
      await page.goto(path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(150);
      const input = await page.locator('#q-header').boundingBox();
      const button = await page.locator('.site-search button').boundingBox();
      expect(input!.width).toBeGreaterThanOrEqual(180);
      expect(input!.x).toBeGreaterThanOrEqual(0);
      expect(button!.x + button!.width).toBeLessThanOrEqual(360);
      expect(input!.y + input!.height).toBeLessThanOrEqual(header!.y + header!.height);
    });
  }
  test('the menu opens and closes without JavaScript, over the page', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await ctx.newPage();
    await page.goto('./');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link', { name: 'Dữ liệu', exact: true })).toBeHidden();
    const before = (await page.locator('main').boundingBox())!.y;
    await page.locator('.nav-toggle').click();
    await expect(nav.getByRole('link', { name: 'Dữ liệu', exact: true })).toBeVisible();
    expect((await page.locator('main').boundingBox())!.y).toBe(before);
    await nav.getByRole('link', { name: 'Dữ liệu', exact: true }).click();
    await expect(page).toHaveURL(/du-lieu\/$/);
    await ctx.close();
  });
  test('axe with the menu open', async ({ page }) => {
    await page.goto('ke-hoach/');
    await page.locator('.nav-toggle').click();
    await expectNoAxeViolations(page);
  });
});

test('from 48rem the menu is a row of links, no button', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto('./');
  await expect(page.locator('.nav-toggle')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Dữ liệu', exact: true })).toBeVisible();
});
