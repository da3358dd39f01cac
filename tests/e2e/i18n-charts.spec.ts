/**
 * The English chart pages: /en/bieu-do/ and /en/bieu-do/<chart>/ speak English (lang, titles,
 * controls, badges, tooltips, numbers as 0.72%), keep the same provenance logic as the Vietnamese
 * twin ("Illustrative data" where it says "Số liệu minh họa"), honour ?nam= state links, and pass axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatsFor } from '../../src/lib/format';
import { strings } from '../../src/lib/i18n/index';
import { CHARTS } from '../../src/lib/charts/registry';
import { collectErrors, dataRows, expectNoAxeViolations } from './helpers';

const WARD = 'bieu-do/ty-le-ho-ngheo/';
const EN_WARD = `en/${WARD}`;
const en = formatsFor('en');
const rows = dataRows('ward-poverty.csv');
const latest = Math.max(...rows.map((r) => Number(r.year)));
const top = rows.filter((r) => r.year === String(latest) && r.unit_code !== '582').sort((a, b) => Number(b.poor_rate) - Number(a.poor_rate))[0]!;

const panel = (page: Page) => page.locator('#ty-le-ho-ngheo .chart-panel:not([hidden])');
const bars = (page: Page) => panel(page).locator('svg [data-bar]:not(.c-ref-mark)');
const tooltip = (page: Page) => page.locator('#ty-le-ho-ngheo [data-tooltip]');

/** Every Vietnamese string of the charts and provenance dictionaries (templates filled with a marker), long enough to mean something. */
function viStrings(): string[] {
  const out: string[] = [];
  const walk = (o: unknown) => {
    if (typeof o === 'string') out.push(o);
    else if (typeof o === 'function') out.push(...String((o as (...a: string[]) => string)(...Array((o as () => string).length).fill('\u0000'))).split('\u0000'));
    else if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') Object.values(o).forEach(walk);
  };
  const vi = strings('vi');
  walk(vi.charts.frame);
  walk(vi.charts.controls);
  walk(vi.charts.wardBars);
  walk(vi.provenance.badge);
  walk(vi.provenance.legend);
  return [...new Set(out.map((s) => s.replace(/\{\w+\}/g, '').trim()))].filter((s) => s.length >= 4 && /[^\x00-\x7f]/.test(s));
}

test.describe('English ward chart', () => {
  test('speaks English with English numbers, and says "Illustrative data" where Vietnamese says "Số liệu minh họa"', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(WARD);
    const viStamp = await panel(page).locator('svg .c-stamp').count();
    const viBadge = await page.locator('#ty-le-ho-ngheo .chart-provenance .badge-illustrative').count();
    await expect(page.locator('#ty-le-ho-ngheo .chart-provenance')).toContainText('Số liệu minh họa');

    await page.goto(EN_WARD);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(strings('en').charts.meta['ty-le-ho-ngheo']!.title);
    // The same provenance marks as the Vietnamese page, in English.
    await expect(panel(page).locator('svg .c-stamp')).toHaveCount(viStamp);
    await expect(page.locator('#ty-le-ho-ngheo .chart-provenance .badge-illustrative')).toHaveCount(viBadge);
    if (viBadge) await expect(page.locator('#ty-le-ho-ngheo .chart-provenance .badge-illustrative')).toHaveText('Illustrative data');
    if (viStamp) await expect(panel(page).locator('svg .c-stamp')).toHaveText('Illustrative data');
    await expect(page.locator('#ty-le-ho-ngheo')).not.toContainText('Số liệu minh họa');

    // Tooltip lines from the data-words: English words, 0.72%-style numbers.
    await expect(bars(page)).toHaveCount(rows.filter((r) => r.year === String(latest) && r.unit_code !== '582').length);
    await bars(page).first().hover();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText(`Poor households: ${en.percent(Number(top.poor_rate))}`);
    await expect(tooltip(page)).toContainText(`, ${latest}`);
    expect(en.percent(Number(top.poor_rate))).toMatch(/^\d+\.\d\d%$/);
    await expect(panel(page).locator('.chart-desc')).toContainText(`(${en.percent(Number(top.poor_rate))})`);
    expect(errors()).toEqual([]);
  });

  test('the switches relabel in English and state links (?nam=) work', async ({ page }) => {
    const first = Math.min(...rows.map((r) => Number(r.year)));
    await page.goto(`${EN_WARD}?nam=${first}&hien-thi=can-ngheo`);
    await expect(page.locator('#ty-le-ho-ngheo')).toHaveAttribute('data-enhanced', '');
    await expect(panel(page)).toHaveAttribute('data-year', String(first));
    await expect(page.locator('#ty-le-ho-ngheo [data-controls] legend').first()).toHaveText('Year');
    await expect(page.locator(`#ty-le-ho-ngheo input[value="near"]`)).toBeChecked();
    await expect(panel(page).locator('svg')).toContainText('Near-poor households');
    await page.locator('#ty-le-ho-ngheo label', { hasText: 'Both (stacked)' }).click();
    await expect(page.locator('#ty-le-ho-ngheo [data-live]')).toHaveText(/^\d{4}: \d+ wards and communes, showing both \(stacked\)\.$/);
  });

  test('no Vietnamese interface string of the chart dictionaries in controls and badges', async ({ page }) => {
    await page.goto(EN_WARD);
    // Dataset titles come from the datasets' metadata (their English titles are the data area's), not from these dictionaries.
    const texts = await page.locator('[data-i18n-check]').evaluateAll((els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('a[href*="/du-lieu/"]').forEach((a) => a.remove());
        return copy.textContent ?? '';
      }),
    );
    expect(texts.length).toBeGreaterThan(3);
    const joined = texts.join('\n');
    for (const s of viStrings()) expect(joined, s).not.toContain(s);
  });

  test('axe: English ward chart page', async ({ page }) => {
    await page.goto(EN_WARD);
    await expectNoAxeViolations(page);
  });
});

test.describe('English chart pages', () => {
  test('the index lists every chart in English, linking to English chart pages', async ({ page }) => {
    await page.goto('en/bieu-do/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Charts');
    const links = page.locator('.chart-index h2 a');
    await expect(links).toHaveCount(CHARTS.length);
    expect(await links.first().getAttribute('href')).toMatch(/\/en\/bieu-do\/ty-le-ho-ngheo\/$/);
    await expectNoAxeViolations(page);
  });

  for (const c of CHARTS) {
    test(`en/bieu-do/${c.slug}/: English title, English badges, shared downloads`, async ({ page }) => {
      await page.goto(`en/bieu-do/${c.slug}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('main svg.chart-svg:visible').first()).toBeVisible();
      const badges = await page.locator('.chart-provenance .badge').allInnerTexts();
      for (const b of badges) expect(['Official', 'Illustrative data', 'Partly official']).toContain(b.trim());
      const csv = page.locator('a.chart-csv').first();
      if (await csv.count()) expect(await csv.getAttribute('href')).not.toContain('/en/');
    });
  }

  test('axe: English tile map page', async ({ page }) => {
    await page.goto('en/bieu-do/ban-do/');
    await expectNoAxeViolations(page);
  });
});
