/**
 * The English plan and prose pages: same anchors as the Vietnamese plan, lang="en", the unofficial
 * translation label linking to the original, the data's figures in English format, no Vietnamese
 * plan interface strings, and axe clean.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataRows, expectNoAxeViolations } from './helpers';
import { strings } from '../../src/lib/i18n/index';
import { formatsFor } from '../../src/lib/format';

const VI = strings('vi').plan;
const EN = strings('en').plan;
const en = formatsFor('en');
const dist = (p: string) => readFileSync(join(process.cwd(), 'dist', p), 'utf8');
/** Every id attribute of a built page, in document order. */
const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

test('/en/ke-hoach/ has exactly the anchor ids of /ke-hoach/, in the same order', () => {
  const vi = ids(dist('ke-hoach/index.html'));
  const enIds = ids(dist('en/ke-hoach/index.html'));
  expect(vi.length).toBeGreaterThan(60);
  expect(enIds).toEqual(vi);
});

test.describe('the English plan page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('en/ke-hoach/');
  });

  test('is English, labelled as an unofficial translation that links to the Vietnamese original', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(EN.page.title);
    const note = page.locator('[data-unofficial-translation]');
    await expect(note).toContainText(EN.page.unofficial);
    const link = note.getByRole('link', { name: EN.page.original });
    await expect(link).toHaveAttribute('href', /\/ke-hoach\/$/);
    expect(await link.getAttribute('href')).not.toContain('/en/');
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /\/ke-hoach\/$/);
  });

  test('shows the targets with the data’s figures in English format', async ({ page }) => {
    for (const t of dataRows('plan-targets.csv')) {
      // The row's own anchor: the bullet for its first row, the part for a row continuing a bullet.
      const el = page.locator(`[id="${t.id}"]`);
      await expect(el, t.id).toHaveCount(1);
      const unit = t.unit === '%' ? '%' : '';
      for (const v of [t.baseline, t.target].filter((x) => x !== '')) {
        const n = Number(v);
        const text = `${en.number(n, Number.isInteger(n) ? 0 : 2)}${unit}`;
        await expect(el.locator('.target-figures').first(), `${t.id} ${v}`).toContainText(text);
      }
    }
    const first = page.locator('[data-target-id="ty-le-ho-ngheo"] .target-text').first();
    await expect(first).toContainText('0.25% (down from 0.97% to 0.72%)');
    await expect(page.locator('[data-target-id="xay-moi-nha-2024"]')).toContainText('10 houses');
  });

  test('names every project and agency from data, agencies in Vietnamese with an English gloss', async ({ page }) => {
    for (const p of dataRows('plan-projects.csv')) await expect(page.locator(`[id="${p.id}"]`), p.id).toHaveCount(1);
    for (const a of dataRows('plan-agencies.csv')) {
      await expect(page.locator(`[id="${a.id}-h"]`), a.id).toContainText(a.name!);
      await expect(page.locator(`[id="${a.id}-h"]`), a.id).toContainText(/\(.+\)/);
    }
    await expect(page.locator('[id="phong-ldtbxh-h"]')).toContainText('Phòng Lao động - Thương binh và Xã hội thành phố (City Office of Labour, Invalids and Social Affairs)');
    // Roles: the same data attributes as the Vietnamese page.
    const roles = (await page.locator('.roles [data-role]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-role')}:${e.getAttribute('data-agency')}@${e.getAttribute('data-project')}`))).sort();
    expect(roles.length).toBeGreaterThan(10);
    await page.goto('ke-hoach/');
    const viRoles = (await page.locator('.roles [data-role]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-role')}:${e.getAttribute('data-agency')}@${e.getAttribute('data-project')}`))).sort();
    expect(roles).toEqual(viRoles);
  });

  test('keeps no Vietnamese plan interface string and no untranslated passage', async ({ page }) => {
    const text = await page.locator('main').innerText();
    for (const s of [VI.page.toc, VI.item.objective, VI.item.beneficiaries, VI.item.assignment, VI.target.baseline, VI.target.target, VI.roles.labels['chu-tri'], VI.roles.labels['phoi-hop'], VI.page.siteHeading, 'theo mục']) {
      expect(text, s).not.toContain(s);
    }
    // A chart's source line quotes the data's own (Vietnamese) source and says so; no passage of the plan may.
    await expect(page.locator('.plan-body [lang="vi"]:not(.chart-source > [lang])')).toHaveCount(0);
    await expect(page.locator('.plan-body .chart-source > [lang="vi"]')).not.toHaveCount(0);
    await expect(page.getByRole('navigation', { name: EN.page.toc })).toBeVisible();
  });

  test('is axe clean', async ({ page }) => {
    await expectNoAxeViolations(page);
  });
});

for (const { path, h1 } of [
  { path: 'gioi-thieu/', h1: 'About' },
  { path: 'phuong-phap/', h1: 'Methodology and sources' },
  { path: 'vi-nguoi-ngheo/', h1: strings('en').pages.fund.title },
]) {
  test(`/en/${path} is in English, keeps the Vietnamese page's anchors, and is axe clean`, async ({ page }) => {
    await page.goto(`en/${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(h1);
    const viIds = ids(dist(`${path}index.html`)).filter((id) => !id.startsWith('chart-') && !/^[a-z]+-\d/.test(id));
    const enIds = new Set(ids(dist(`en/${path}index.html`)));
    for (const id of viIds) expect(enIds.has(id), id).toBe(true);
    await expectNoAxeViolations(page);
  });
}

test('/en/phuong-phap/ gives the official figures from data in English format', async ({ page }) => {
  await page.goto('en/phuong-phap/');
  const t = new Map(dataRows('plan-targets.csv').map((r) => [r.id, r]));
  const section = page.locator('section[aria-labelledby="so-lieu-chinh-thuc"]');
  for (const v of [t.get('ty-le-ho-ngheo')!.baseline, t.get('ty-le-ho-ngheo')!.target, t.get('ty-le-ho-can-ngheo')!.baseline, t.get('ty-le-ho-can-ngheo')!.target]) {
    await expect(section).toContainText(en.percent(Number(v)));
  }
  await expect(section).toContainText('1,009 poor households');
  await expect(page.locator('a[href$="/en/ke-hoach/#phong-ldtbxh"]')).toHaveCount(1);
});
