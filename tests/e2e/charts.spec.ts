/**
 * Charts in Chromium: tooltips on hover, focus and arrow keys; the year switch (16 vs 13 units);
 * the measure switch; the table toggle; the CSV download equals the table; JS off still shows
 * SVG and table; nothing overflows or overlaps at 360 px; axe finds no violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { formatPercent } from '../../src/lib/format';

const WARD = 'bieu-do/ty-le-ho-ngheo/';
const CHART_PAGES = ['bieu-do/', WARD, 'bieu-do/xu-huong/', 'bieu-do/ban-do/', 'bieu-do/chi-tieu-ke-hoach/', 'vi-nguoi-ngheo/', 'bieu-do/nha-xay-moi/', 'nhung/ty-le-ho-ngheo/', 'nhung/ban-do/'];

// Expected values come from the data file, not from the page under test.
const rows = Papa.parse<Record<string, string>>(readFileSync('data/ward-poverty.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const rowOf = (year: number, code: string) => rows.find((r) => r.year === String(year) && r.unit_code === code)!;
const unitsIn = (year: number) => rows.filter((r) => r.year === String(year) && r.unit_code !== '582').length;
const latest = Math.max(...rows.map((r) => Number(r.year)));
const top = rows.filter((r) => r.year === String(latest) && r.unit_code !== '582').sort((a, b) => Number(b.poor_rate) - Number(a.poor_rate))[0]!;

const panel = (page: Page) => page.locator('#ty-le-ho-ngheo .chart-panel:not([hidden])');
const bars = (page: Page) => panel(page).locator('svg [data-bar]:not(.c-ref-mark)');
const cityMark = (page: Page) => panel(page).locator('svg .c-ref-mark[data-bar="582"]');
const tooltip = (page: Page) => page.locator('#ty-le-ho-ngheo [data-tooltip]');

test.describe('ward chart with JavaScript', () => {
  test('hover shows the tooltip with the right value', async ({ page }) => {
    await page.goto(WARD);
    await expect(bars(page)).toHaveCount(unitsIn(latest));
    await bars(page).first().hover();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText(`Hộ nghèo: ${formatPercent(Number(top.poor_rate))}`);
    await expect(tooltip(page)).toContainText(`năm ${latest}`);
    await page.mouse.move(1, 1);
    await expect(tooltip(page)).toBeHidden();
  });

  test('focus and arrow keys move between bars, each with its tooltip', async ({ page }) => {
    await page.goto(WARD);
    const first = bars(page).first();
    await first.focus();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText(formatPercent(Number(top.poor_rate)));
    await page.keyboard.press('ArrowDown');
    const second = bars(page).nth(1);
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute('tabindex', '0');
    await expect(first).toHaveAttribute('tabindex', '-1');
    const code = await second.getAttribute('data-bar');
    await expect(tooltip(page)).toContainText(`Hộ nghèo: ${formatPercent(Number(rowOf(latest, code!).poor_rate))}`);
    await page.keyboard.press('End');
    // The city's average line is the last mark of the list.
    await expect(cityMark(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(tooltip(page)).toBeHidden();
  });

  test("the city's average line has its own tooltip, saying which of its values are official", async ({ page }) => {
    await page.goto(WARD);
    await page.locator('#ty-le-ho-ngheo label', { hasText: '2023' }).click();
    const city = rowOf(2023, '582');
    await cityMark(page).focus();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText(`Toàn thành phố, năm 2023`);
    await expect(tooltip(page)).toContainText(`Hộ nghèo: ${formatPercent(Number(city.poor_rate))}`);
    // The data file says which columns are official; the tooltip names exactly those.
    expect(city.provenance).toBe('mixed');
    expect(city.official_fields).toBe('poor_rate;near_poor_rate');
    await expect(tooltip(page)).toContainText('Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo là chính thức; số hộ nghèo, số hộ cận nghèo và tổng số hộ là minh họa');
    // A year whose city row is illustrative says so instead.
    await page.locator('#ty-le-ho-ngheo label', { hasText: '2022' }).click();
    await cityMark(page).focus();
    await expect(tooltip(page)).toContainText('năm 2022');
    await expect(tooltip(page)).not.toContainText('chính thức');
  });

  test('Tab reaches the chart as one stop', async ({ page }) => {
    await page.goto(WARD);
    await page.locator('#ty-le-ho-ngheo input[value="both"]').focus();
    await page.keyboard.press('Tab');
    await expect(bars(page).first()).toBeFocused();
  });

  test('switching the year changes the bars and the count (16 vs 13)', async ({ page }) => {
    await page.goto(WARD);
    await expect(bars(page)).toHaveCount(unitsIn(latest));
    await page.locator('#ty-le-ho-ngheo label', { hasText: '2023' }).click();
    await expect(bars(page)).toHaveCount(unitsIn(2023));
    expect(unitsIn(2023)).toBe(16);
    expect(unitsIn(2024)).toBe(13);
    await expect(panel(page).locator('.chart-panel-title')).toHaveText('Năm 2023: 16 phường/xã');
    await expect(page.locator('#ty-le-ho-ngheo [data-live]')).toHaveText(/Năm 2023: 16 phường\/xã/);
    // Units merged on 1/11/2024 are back in 2023.
    await expect(panel(page).locator('svg [data-bar="22753"]')).toHaveCount(1);
    await page.locator('#ty-le-ho-ngheo label', { hasText: '2024' }).click();
    await expect(bars(page)).toHaveCount(13);
    await expect(panel(page).locator('svg [data-bar="22753"]')).toHaveCount(0);
    await expect(page.locator('#ty-le-ho-ngheo .chart-note')).toContainText('Mỹ Hương và phường Tấn Tài nhập vào phường Kinh Dinh');
  });

  test('the measure switch shows near-poor (hatched) and both stacked', async ({ page }) => {
    await page.goto(WARD);
    await page.locator('#ty-le-ho-ngheo label', { hasText: 'Hộ cận nghèo' }).click();
    const nearTop = rows.filter((r) => r.year === String(latest) && r.unit_code !== '582').sort((a, b) => Number(b.near_poor_rate) - Number(a.near_poor_rate))[0]!;
    await expect(bars(page).first()).toHaveAttribute('data-bar', nearTop.unit_code!);
    await expect(panel(page).locator('svg rect[fill^="url(#"]').first()).toBeVisible();
    await page.locator('#ty-le-ho-ngheo label', { hasText: 'Cả hai' }).click();
    await expect(panel(page).locator('svg')).toContainText(`${formatPercent(Number(top.poor_rate))} + ${formatPercent(Number(top.near_poor_rate))}`);
  });

  test('the table toggle works and the CSV download equals the table', async ({ page }) => {
    await page.goto(WARD);
    const details = panel(page).locator('details.chart-table');
    const table = details.locator('table');
    await expect(table).toBeHidden();
    await details.locator('summary').click();
    await expect(table).toBeVisible();
    const shown = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Object.fromEntries([...tr.querySelectorAll('[data-key]')].map((c) => [c.getAttribute('data-key'), c.textContent?.trim()]))),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), panel(page).getByRole('link', { name: /Tải dữ liệu \(CSV\)/ }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(shown.length);
    csv.data.forEach((r, i) => {
      expect(shown[i]!.unit_name).toBe(r.unit_name);
      expect(shown[i]!.poor_rate).toBe(formatPercent(Number(r.poor_rate)));
      expect(shown[i]!.near_poor_rate).toBe(formatPercent(Number(r.near_poor_rate)));
      expect(['official', 'illustrative', 'mixed']).toContain(r.provenance);
    });
    // The bars are the unit rows, in the same order.
    const codes = await bars(page).evaluateAll((bs) => bs.map((b) => b.getAttribute('data-bar')));
    expect(csv.data.filter((r) => r.row_type === 'phuong-xa').map((r) => r.unit_code)).toEqual(codes);
  });

  test('the embed snippet points to the embed page, on the view shown', async ({ page }) => {
    await page.goto(WARD);
    await page.locator('#ty-le-ho-ngheo .chart-embed summary').click();
    const code = await page.locator('#ty-le-ho-ngheo-embed').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+\/nhung\/ty-le-ho-ngheo\/\?nam=\d{4}&amp;hien-thi=ngheo" title="[^"]+"/);
    const path = new URL(code.match(/src="([^"]+)"/)![1]!).pathname;
    const res = await page.request.get(path);
    expect(res.ok()).toBe(true);
    expect(await res.text()).toContain('data-chart="ward"');
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 780 } });

  test('a tap shows the tooltip and a tap elsewhere hides it', async ({ page }) => {
    await page.goto(WARD);
    const bar = bars(page).nth(2);
    const code = await bar.getAttribute('data-bar');
    await bar.locator('.c-hit').tap();
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText(`Hộ nghèo: ${formatPercent(Number(rowOf(latest, code!).poor_rate))}`);
    await page.locator('h1').tap();
    await expect(tooltip(page)).toBeHidden();
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the ward chart shows its SVG, description and table, and year links work', async ({ page }) => {
    await page.goto(WARD);
    const def = page.locator('#ty-le-ho-ngheo .chart-panel.is-default');
    await expect(def.locator('svg:visible')).toHaveCount(1);
    await expect(def.locator('svg:visible')).toContainText('Số liệu minh họa');
    await expect(def.locator('.chart-desc')).toContainText('cao nhất');
    await def.locator('details.chart-table summary').click();
    await expect(def.locator('table')).toBeVisible();
    await expect(page.locator('#ty-le-ho-ngheo [data-controls]')).toBeHidden();
    await page.locator('#ty-le-ho-ngheo .chart-years a', { hasText: '2023' }).click();
    const p23 = page.locator('#ty-le-ho-ngheo-2023');
    await expect(p23).toBeVisible();
    await expect(def).toBeHidden();
    await expect(p23.locator('svg:visible [data-bar]:not(.c-ref-mark)')).toHaveCount(16);
  });

  test('every chart page shows SVG and table', async ({ page }) => {
    for (const path of ['bieu-do/xu-huong/', 'bieu-do/ban-do/', 'bieu-do/chi-tieu-ke-hoach/', 'vi-nguoi-ngheo/']) {
      await page.goto(path);
      const svgs = page.locator('figure.chart svg.chart-svg:visible');
      expect(await svgs.count(), path).toBeGreaterThan(0);
      expect(await page.locator('figure.chart details.chart-table table').count(), path).toBeGreaterThan(0);
    }
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const path of CHART_PAGES) {
    test(`${path}: no horizontal overflow, no overlapping chart text, bars ≥ 24 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const problems = await page.locator('svg.chart-svg:visible').evaluateAll((svgs) => {
        const out: string[] = [];
        for (const svg of svgs) {
          const texts = [...svg.querySelectorAll('text')].map((t) => ({ t: t.textContent ?? '', r: t.getBoundingClientRect() })).filter((x) => x.r.width > 0);
          const box = svg.getBoundingClientRect();
          for (let i = 0; i < texts.length; i++) {
            const a = texts[i]!;
            if (a.r.left < box.left - 1 || a.r.right > box.right + 1) out.push(`outside: ${a.t}`);
            for (let j = i + 1; j < texts.length; j++) {
              const b = texts[j]!;
              const ox = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
              const oy = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
              if (ox > 1 && oy > 2) out.push(`${a.t} × ${b.t}`);
            }
          }
          for (const hit of svg.querySelectorAll('.c-hit')) if (hit.getBoundingClientRect().height < 24) out.push('hit area < 24px');
        }
        return out;
      });
      expect(problems).toEqual([]);
    });
  }
});

test.describe('accessibility', () => {
  for (const path of CHART_PAGES) {
    test(`axe: ${path}`, async ({ page }) => {
      await page.goto(path);
      // Open every table and embed snippet so axe checks them too.
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const r = await new AxeBuilder({ page }).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }

  test('axe: the ward chart as a reader without JavaScript gets it', async ({ page }) => {
    // axe needs page scripts, so block the site's scripts instead of turning JavaScript off.
    await page.route('**/*.js', (r) => r.abort());
    await page.goto(WARD);
    await expect(page.locator('#ty-le-ho-ngheo')).not.toHaveAttribute('data-enhanced');
    await page.locator('#ty-le-ho-ngheo .chart-years a', { hasText: '2023' }).click();
    const r = await new AxeBuilder({ page }).analyze();
    expect(r.violations.map((v) => v.id)).toEqual([]);
  });

  test('tile links lead to unit pages by slug', async ({ page }) => {
    await page.goto('bieu-do/ban-do/');
    const href = await page.locator('#ban-do svg:visible a[data-unit="22738"]').getAttribute('href');
    expect(href).toMatch(/\/phuong-xa\/do-vinh\/$/);
  });
});

test.describe('provenance computed from the values shown', () => {
  test('the trend chart and its embed name the official values of the mixed 2023 city row', async ({ page }) => {
    for (const path of ['bieu-do/xu-huong/', 'nhung/xu-huong/']) {
      await page.goto(path);
      const line = page.locator('#xu-huong .chart-provenance');
      await expect(line).toContainText('Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo toàn thành phố năm 2023');
      await expect(line).toContainText('là chính thức; các số liệu còn lại là minh họa');
    }
  });

  test('the ward table marks the 2023 city row as official in its rates only', async ({ page }) => {
    await page.goto('bieu-do/ty-le-ho-ngheo/');
    const cell = page.locator('#ty-le-ho-ngheo-2023 table tbody tr').filter({ hasText: 'Toàn thành phố' }).locator('td[data-key="provenance"]');
    await expect(cell).toHaveText('Chính thức: tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo; còn lại minh họa');
  });
});
