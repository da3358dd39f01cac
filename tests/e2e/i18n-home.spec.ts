/**
 * The English home page (/en/): its own strings from the `home` dictionary, English number formats over
 * the same data as the Vietnamese page, and links that stay in the English edition.
 */
import { expect, test } from '@playwright/test';
import { strings } from '../../src/lib/i18n/index';
import { dataRows } from './helpers';

const en = strings('en');
const vi = strings('vi');

test('the English home speaks English, with English numbers from the same targets', async ({ page }) => {
  await page.goto('en/');
  await expect(page.locator('h1')).toHaveText(en.home.heading);
  await expect(page.locator('#chi-tieu')).toHaveText(en.home.targets.heading);
  const poor = dataRows('plan-targets.csv').find((r) => r.id === 'ty-le-ho-ngheo')!;
  const card = page.locator('[data-target-id="ty-le-ho-ngheo"]');
  await expect(card.locator('h3')).toHaveText(en.home.targets.labels['ty-le-ho-ngheo']!);
  await expect(card.locator('.from')).toHaveText(`${Number(poor.baseline).toFixed(2)}%`);
  await expect(card.locator('.to')).toHaveText(`${Number(poor.target).toFixed(2)}%`);
  await expect(page.getByRole('link', { name: en.home.wards.all('16'), exact: true })).toHaveAttribute('href', /\/en\/phuong-xa\/$/);
  await expect(page.locator('.ward-links a', { hasText: 'Đô Vinh ward' })).toHaveAttribute('href', /\/en\/phuong-xa\/do-vinh\/$/);
});

test('links to pages on the English home stay in the English edition', async ({ page }) => {
  await page.goto('en/');
  // The home's own links (sections, buttons, ward and dataset lists), not the shell's file links.
  const hrefs = await page.locator('main > section > p a, main .ward-links a, main .data-links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const h of hrefs) expect(h, h).toMatch(/\/en\//);
});

test('the Vietnamese home keeps its Vietnamese numbers and words', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText(vi.home.heading);
  await expect(page.locator('[data-target-id="ty-le-ho-ngheo"] .from')).toHaveText(/^\d+,\d{2}%$/);
  await expect(page.getByRole('link', { name: '16 phường, xã', exact: true })).toHaveAttribute('href', /^\/(?!en\/).*phuong-xa\/$/);
});
