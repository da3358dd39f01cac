/**
 * The plan targets chart as Chromium draws it (issue 13): at 360, 768 and 1280 px no marker
 * overlaps another, no label overlaps a label or a marker, no line crosses a label, every text
 * stays inside the SVG; the legend swatches are the marks' own markup and paint; no script.
 * English twins (issue 15) are checked when their pages exist.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGES = ['ke-hoach/', 'bieu-do/chi-tieu-ke-hoach/'];
const EN_PAGES = PAGES.map((p) => `en/${p}`);
const FIGURE = 'figure#chi-tieu-ke-hoach';

/** Collisions in the visible targets SVG, by bounding boxes in page coordinates. */
async function collisions(page: Page): Promise<{ bad: string[]; counts: { marks: number; texts: number; lines: number } }> {
  const svg = page.locator(`${FIGURE} svg.chart-svg`).filter({ visible: true });
  await expect(svg).toHaveCount(1);
  return svg.evaluate((el) => {
    const bad: string[] = [];
    const box = el.getBoundingClientRect();
    const hit = (a: DOMRect, b: DOMRect, eps: number) => a.right - eps > b.left && b.right - eps > a.left && a.bottom - eps > b.top && b.bottom - eps > a.top;
    const texts = [...el.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => ({ n: t.textContent!, r: t.getBoundingClientRect() }));
    const marks = [...el.querySelectorAll('.c-target .c-mark, .c-legend .c-mark')].map((m) => ({ n: `${m.getAttribute('data-mark')} mark`, r: m.getBoundingClientRect() }));
    const lines = [...el.querySelectorAll('line')].map((l) => ({ n: `line ${l.getAttribute('class')}`, r: l.getBoundingClientRect() }));
    for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++) if (hit(marks[i]!.r, marks[j]!.r, 0.5)) bad.push(`${marks[i]!.n} × ${marks[j]!.n}`);
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) if (hit(texts[i]!.r, texts[j]!.r, 1)) bad.push(`${texts[i]!.n} × ${texts[j]!.n}`);
    for (const t of texts) {
      for (const m of marks) if (hit(t.r, m.r, 0.5)) bad.push(`${t.n} × ${m.n}`);
      for (const l of lines) if (hit(t.r, l.r, 0)) bad.push(`${l.n} × ${t.n}`);
      if (t.r.left < box.left - 1 || t.r.right > box.right + 1 || t.r.top < box.top - 1 || t.r.bottom > box.bottom + 1) bad.push(`outside: ${t.n}`);
    }
    return { bad, counts: { marks: marks.length, texts: texts.length, lines: lines.length } };
  });
}

/** Per mark kind, the legend swatch's markup and paint, and every plot mark's. */
async function swatches(page: Page) {
  return page
    .locator(`${FIGURE} svg.chart-svg`)
    .filter({ visible: true })
    .evaluate((el) => {
      const paint = (g: Element) => {
        const s = g.firstElementChild!;
        const cs = getComputedStyle(s);
        return `${s.outerHTML}|${cs.fill}|${cs.stroke}|${cs.strokeWidth}`;
      };
      const legend = [...el.querySelectorAll('.c-legend .c-mark')].map((g) => ({ kind: g.getAttribute('data-mark')!, paint: paint(g) }));
      const plot = [...el.querySelectorAll('.c-target .c-mark')].map((g) => ({ kind: g.getAttribute('data-mark')!, paint: paint(g) }));
      return { legend, plot };
    });
}

for (const width of [360, 768, 1280]) {
  test.describe(`targets chart at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of PAGES) {
      test(`${path}: no overlapping marks or labels, no line through a label`, async ({ page }) => {
        await page.goto(path);
        const { bad, counts } = await collisions(page);
        expect(bad).toEqual([]);
        expect(counts.marks).toBeGreaterThanOrEqual(6); // the check ran on a drawn chart
        expect(counts.lines).toBeGreaterThan(0);
      });

      test(`${path}: each legend swatch is drawn exactly as its marks`, async ({ page }) => {
        await page.goto(path);
        const { legend, plot } = await swatches(page);
        expect(plot.length).toBeGreaterThan(0);
        for (const m of plot) {
          const sw = legend.find((l) => l.kind === m.kind);
          expect(sw, `legend entry for ${m.kind}`).toBeDefined();
          expect(m.paint).toBe(sw!.paint);
        }
        // No swatch for a kind the chart does not draw.
        for (const l of legend) if (l.kind.startsWith('actual')) expect(plot.some((m) => m.kind === l.kind), l.kind).toBe(true);
      });
    }
  });
}

test('the chart page loads no script: the chart is static SVG', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('bieu-do/chi-tieu-ke-hoach/');
  await page.waitForLoadState('load');
  expect(scripts).toEqual([]);
  await expect(page.locator(`${FIGURE} script, ${FIGURE} [data-chart]`)).toHaveCount(0);
});

test.describe('English twins', () => {
  for (const path of EN_PAGES) {
    test(`${path}: the chart in English, nothing colliding`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status(), `${path} is built`).toBe(200);
      await page.setViewportSize({ width: 360, height: 900 });
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const fig = page.locator(FIGURE);
      await expect(fig.locator('.chart-title')).toHaveText('Plan targets: baseline, target and actual');
      const svg = fig.locator('svg.chart-svg').filter({ visible: true });
      await expect(svg).toContainText('Baseline (end of 2023)');
      await expect(svg).toContainText('0.97%');
      await expect(svg).not.toContainText('Xuất phát');
      await expect(fig.locator('.chart-desc')).toContainText('Poverty rate: from 0.97% at the end of 2023 to a target of 0.72%');
      expect((await collisions(page)).bad).toEqual([]);
    });
  }
});
