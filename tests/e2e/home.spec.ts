import { expect, test } from '@playwright/test';
import { collectErrors, dataRows, expectNoAxeViolations } from './helpers';

/** "0.97" → "0,97%" as the site prints percentages. */
const pct = (s: string) => `${Number(s).toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;

test('the home page shows the plan headline targets from data/', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const targets = dataRows('plan-targets.csv').filter((t) => t.baseline && t.target);
  expect(targets.map((t) => t.id)).toEqual(['ty-le-ho-ngheo', 'ty-le-ho-can-ngheo']);
  for (const t of targets) {
    const card = page.locator(`[data-target-id="${t.id}"]`).first();
    await expect(card).toContainText(pct(t.baseline!));
    await expect(card).toContainText(pct(t.target!));
    await expect(card).toContainText('Chính thức');
  }
  expect(errors()).toEqual([]);
});

test('the header has the navigation and a plain search form', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const label of ['Trang chủ', 'Kế hoạch 2024', 'Phường/xã', 'Câu chuyện', 'Dữ liệu', 'Tìm kiếm']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  const form = page.getByRole('search');
  await expect(form).toHaveAttribute('action', /tim-kiem\/$/);
  await expect(page.locator('footer')).toContainText('122/KH-UBND');
  await expect(page.locator('footer')).toContainText('số liệu minh họa');
});

test('the home page has no axe violations', async ({ page }) => {
  await page.goto('./');
  await expectNoAxeViolations(page);
});
