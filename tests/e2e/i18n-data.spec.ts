/**
 * Issue 15, part 3: the data pages in English (/en/du-lieu/ and /en/du-lieu/<dataset>/). Same files,
 * English words: titles and column labels from the English metadata, interface strings from the
 * English dictionary, English number formats, hreflang both ways, axe clean.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strings } from '../../src/lib/i18n/index';
import { collectErrors, expectNoAxeViolations } from './helpers';

interface Meta { name: string; title: string; en: { title: string }; fields: { name: string; label: string; en: { label: string } }[] }
const NAMES = ['administrative-units', 'unit-changes', 'ward-poverty', 'campaign', 'plan-targets', 'plan-agencies', 'plan-projects'];
const meta = (name: string) => JSON.parse(readFileSync(join(process.cwd(), 'data', `${name}.meta.json`), 'utf8')) as Meta;

/** Every Vietnamese interface string of the data namespace that differs from its English twin (templates left out). */
function viOnly(): string[] {
  const out: string[] = [];
  const walk = (v: unknown, e: unknown) => {
    if (typeof v === 'string') {
      if (v !== e && v.trim().length >= 4) out.push(v.trim());
    } else if (v && typeof v === 'object' && !Array.isArray(v)) for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], (e as Record<string, unknown>)[k]);
  };
  walk(strings('vi').data, strings('en').data);
  return out;
}
const VI_STRINGS = viOnly();

/** The interface text of a data page: headings, facts labels, table headers and captions, buttons, labels. */
async function interfaceText(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('main h1, main h2, main dt, main th[scope="col"], main caption, main label, main button, main .links a, main .muted').allInnerTexts();
}

test.describe('English data pages', () => {
  test('/en/du-lieu/: English index, twin of /du-lieu/, no Vietnamese interface strings', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('en/du-lieu/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Open data');
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /\/du-lieu\/$/);
    for (const name of NAMES) {
      const card = page.locator(`[data-dataset="${name}"]`);
      await expect(card.locator('h3 a')).toHaveText(meta(name).en.title);
      await expect(card.locator('h3 a')).toHaveAttribute('href', new RegExp(`/en/du-lieu/${name}/$`));
      // Downloads exist once: English pages link to the same files.
      await expect(card.locator('a[download$=".csv"]')).toHaveAttribute('href', new RegExp(`^/du-lieu/${name}\\.csv$`));
    }
    const text = (await interfaceText(page)).join('\n');
    for (const s of VI_STRINGS) expect(text, s).not.toContain(s);
    // English byte sizes: "kB" with a decimal point.
    await expect(page.locator('.package li').first()).toContainText(/\(\d+\.\d kB\)/);
    await expectNoAxeViolations(page);
    expect(errors()).toEqual([]);
  });

  for (const name of NAMES) {
    test(`/en/du-lieu/${name}/: English title, dictionary labels and rules`, async ({ page }) => {
      const m = meta(name);
      await page.goto(`en/du-lieu/${name}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('h1')).toHaveText(m.en.title);
      await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', new RegExp(`/du-lieu/${name}/$`));
      for (const f of m.fields) await expect(page.locator(`.dictionary tr[data-column="${f.name}"] td`).first()).toHaveText(f.en.label);
      await expect(page.locator('.dictionary thead')).toContainText('Constraints');
      const text = (await interfaceText(page)).join('\n');
      for (const s of VI_STRINGS) expect(text, s).not.toContain(s);
      await expect(page.locator('#cite-apa')).toHaveValue(new RegExp(`${m.en.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[CSV dataset\\]`));
    });
  }

  test('the Vietnamese page links to its English twin, and that twin is axe clean', async ({ page }) => {
    await page.goto('du-lieu/ward-poverty/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/du-lieu\/ward-poverty\/$/);
    // The check of the English pages can fail: the same selectors find Vietnamese strings here.
    const vi = (await interfaceText(page)).join('\n');
    expect(VI_STRINGS.filter((s) => vi.includes(s)).length).toBeGreaterThan(10);
    await page.goto('en/du-lieu/ward-poverty/');
    // English numbers in the preview: "2,345"-style counts, never "2.345".
    const counts = await page.locator('.preview td.num').allInnerTexts();
    expect(counts.some((c) => /^\d{1,3}(,\d{3})+/.test(c.trim()))).toBe(true);
    expect(counts.some((c) => /^\d{1,3}(\.\d{3})+$/.test(c.trim()))).toBe(false);
    await expect(page.locator('section[aria-labelledby="xem-truoc"] p.muted')).toContainText('English way');
    await expectNoAxeViolations(page);
  });
});
