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

const CHART_PAGES = ['ty-le-ho-ngheo', 'xu-huong', 'ban-do', 'chi-tieu-ke-hoach', 'ho-duoc-ho-tro', 'nha-xay-moi', 'quy-theo-nam', 'quy-theo-phuong-xa'].map((s) => `bieu-do/${s}/`);

test.describe('the chart in the first screen at 360×800', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const path of CHART_PAGES) {
    test(`${path}: title, controls and ≥ 150 px of the chart above the fold`, async ({ page }) => {
      await page.goto(path);
      const figure = page.locator('figure.chart').first();
      const title = (await figure.locator('h1').boundingBox())!;
      expect(title.y + title.height).toBeLessThanOrEqual(800);
      for (const c of await figure.locator('[data-controls], .chart-years').filter({ visible: true }).all()) {
        const b = (await c.boundingBox())!;
        expect(b.y + b.height, 'controls').toBeLessThanOrEqual(800);
      }
      const svg = (await figure.locator('svg.chart-svg').filter({ visible: true }).first().boundingBox())!;
      expect(svg.y, 'top of the chart').toBeLessThanOrEqual(800 - 150);
    });
  }
});

/** Sum of layout-shift values (without recent input) from page load until `ms` after load. */
async function cls(page: import('@playwright/test').Page, ms = 1500): Promise<number> {
  await page.waitForLoadState('load');
  return page.evaluate(
    (wait) =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), wait);
      }),
    ms,
  );
}

test.describe('no layout shift (CLS 0)', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const path of ['./', 'ke-hoach/', 'phuong-xa/do-vinh/', 'du-lieu/', 'tim-kiem/?q=dong+hai', ...CHART_PAGES]) {
    test(`${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await cls(page)).toBeLessThan(0.001);
    });
  }
});

test.describe('labels never collide, by bounding boxes', () => {
  for (const width of [360, 768, 1280]) {
    for (const path of ['./', ...CHART_PAGES]) {
      test(`${path} at ${width} px: no line crosses a label, no label overlaps another`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const bad = await page.evaluate(() => {
          const out: string[] = [];
          const hit = (a: DOMRect, b: DOMRect, eps = 0.5) => a.right - eps > b.left && b.right - eps > a.left && a.bottom - eps > b.top && b.bottom - eps > a.top;
          for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
            if (!svg.getBoundingClientRect().height) continue;
            // Text boxes as drawn (getBBox of the glyphs, so diacritics count), in page coordinates.
            const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => ({ t: t.textContent!, r: t.getBoundingClientRect() }));
            for (const l of svg.querySelectorAll('line.c-ref')) {
              const r = l.getBoundingClientRect();
              for (const x of texts) if (hit(r, x.r, 0)) out.push(`line × ${x.t}`);
            }
            for (let i = 0; i < texts.length; i++)
              for (let j = i + 1; j < texts.length; j++) if (hit(texts[i]!.r, texts[j]!.r, 1)) out.push(`${texts[i]!.t} × ${texts[j]!.t}`);
          }
          return out;
        });
        expect(bad).toEqual([]);
      });
    }
  }
});

test('the trend small multiples share one y scale; source and downloads once for the set', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('bieu-do/xu-huong/');
  const multiples = page.locator('.chart-multiples figure.chart');
  const n = await multiples.count();
  expect(n).toBeGreaterThanOrEqual(13);
  // The y-axis ticks (texts ending in "%" left of the plot): the same labels, the same px per % in every multiple.
  const scales = await multiples.evaluateAll((figs) =>
    figs.map((f) => [...f.querySelectorAll('svg.chart-svg text')].filter((t) => /%$/.test(t.textContent ?? '') && t.getAttribute('text-anchor') === 'end' && Number(t.getAttribute('x')) < 60).map((t) => ({ t: t.textContent, y: Number(t.getAttribute('y')) }))).map((ts) => `${ts.map((x) => x.t).join(' ')}; ${(ts[0]!.y - ts[ts.length - 1]!.y).toFixed(1)} px`),
  );
  expect(new Set(scales).size, scales.join('\n')).toBe(1);
  expect(scales[0]!.length).toBeGreaterThan(0);
  await expect(multiples.locator('.chart-source')).toHaveCount(0);
  await expect(multiples.locator('.chart-actions')).toHaveCount(0);
  await expect(page.locator('#tung-don-vi ~ .chart-source, section:has(#tung-don-vi) > .chart-source')).toHaveCount(1);
  await expect(page.locator('.chart-multiples-csv a')).toHaveCount(n);
});

test.describe('tables on a phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const [path, open] of [['bieu-do/ty-le-ho-ngheo/', true], ['phuong-xa/do-vinh/', false], ['du-lieu/ward-poverty/', false]] as const) {
    test(`${path}: wide tables scroll in their own labelled, focusable box; the page does not`, async ({ page }) => {
      await page.goto(path);
      if (open) await page.locator('figure.chart details.chart-table:visible summary').first().click();
      const wraps = page.locator('.table-wrap:visible');
      expect(await wraps.count()).toBeGreaterThan(0);
      let wide = 0;
      for (const w of await wraps.all()) {
        await expect(w).toHaveAttribute('tabindex', '0');
        await expect(w).toHaveAttribute('role', 'region');
        expect(await w.getAttribute('aria-label')).toBeTruthy();
        const m = await w.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
        if (m.sw <= m.cw + 1) continue;
        wide++;
        // The last column (provenance, hashes) comes into view by scrolling the box.
        await w.evaluate((el) => (el.scrollLeft = el.scrollWidth));
        const last = (await w.locator('tr').first().locator('th, td').last().boundingBox())!;
        const box = (await w.boundingBox())!;
        expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width + 1);
        expect(last.x).toBeGreaterThanOrEqual(box.x - 1);
      }
      expect(wide).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
  test('hashes stay in a two-line monospace box', async ({ page }) => {
    await page.goto('du-lieu/ward-poverty/');
    const hash = page.locator('code.hash').first();
    const b = (await hash.boundingBox())!;
    const lh = await hash.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(b.height).toBeLessThanOrEqual(lh * 2 + 8);
    expect(await hash.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono/i);
  });
});
