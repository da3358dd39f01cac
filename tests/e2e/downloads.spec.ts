/**
 * Issue 6: the /du-lieu/ pages and files. Build checks read the built output (ASTRO_OUT_DIR or dist/)
 * with node fs; browser checks download each CSV from its page and compare it with data/.
 */
import { expect, test } from '@playwright/test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectErrors, expectNoAxeViolations } from './helpers';

const OUT = process.env.ASTRO_OUT_DIR ?? 'dist';
const DIR = join(process.cwd(), OUT, 'du-lieu');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const read = (rel: string) => new Uint8Array(readFileSync(join(DIR, rel)));

interface Field { name: string; type: string }
interface Resource {
  name: string; path: string; bytes: number; hash: string; stats: { rows: number };
  provenance: { official: number; illustrative: number; mixed: number };
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}
const pkg = JSON.parse(readFileSync(join(DIR, 'datapackage.json'), 'utf8')) as { profile: string; resources: Resource[] };
const NAMES = pkg.resources.map((r) => r.name);

/** Rows of a CSV text, as strings, keyed by header (papaparse drops the BOM). */
function parseCsv(text: string): Record<string, string>[] {
  const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim().normalize('NFC') });
  expect(res.errors).toEqual([]);
  return res.data;
}

/** A cell's value for comparison: numbers as numbers, text trimmed and NFC, blank as null. */
function value(type: string, s: string | undefined): number | string | null {
  const t = (s ?? '').trim().normalize('NFC');
  if (t === '') return null;
  return type === 'integer' || type === 'number' || type === 'year' ? Number(t) : t;
}

test.describe('build output', () => {
  test('the package lists the seven datasets and every file exists', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect([...NAMES].sort()).toEqual(['administrative-units', 'campaign', 'plan-agencies', 'plan-projects', 'plan-targets', 'unit-changes', 'ward-poverty']);
    for (const r of pkg.resources) expect(existsSync(join(DIR, r.path)), r.path).toBe(true);
  });

  test('every resource hash, byte count and row count match the files in the build', () => {
    for (const r of pkg.resources) {
      const bytes = read(r.path);
      expect(r.bytes, r.name).toBe(bytes.byteLength);
      expect(r.hash, r.name).toBe(`sha256:${sha256(bytes)}`);
      const rows = parseCsv(new TextDecoder().decode(bytes));
      expect(rows.length, r.name).toBe(r.stats.rows);
      expect(rows.filter((x) => x.provenance === 'illustrative').length, r.name).toBe(r.provenance.illustrative);
      // The JSON twin holds the same rows.
      const json = JSON.parse(readFileSync(join(DIR, `${r.name}.json`), 'utf8')) as Record<string, unknown>[];
      expect(json.length).toBe(rows.length);
      rows.forEach((row, i) => {
        for (const f of r.schema.fields) expect(json[i]![f.name] ?? null, `${r.name}[${i}].${f.name}`).toEqual(value(f.type, row[f.name]));
      });
    }
  });

  test('the built datapackage.json is valid against the vendored Frictionless schemas', () => {
    const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('textarea', true);
    const fx = join(process.cwd(), 'tests/fixtures/frictionless');
    const vPkg = ajv.compile(JSON.parse(readFileSync(join(fx, 'data-package.json'), 'utf8')));
    const vSchema = ajv.compile(JSON.parse(readFileSync(join(fx, 'table-schema.json'), 'utf8')));
    expect(vPkg(pkg), JSON.stringify(vPkg.errors)).toBe(true);
    for (const r of pkg.resources) expect(vSchema(r.schema), `${r.name}: ${JSON.stringify(vSchema.errors)}`).toBe(true);
  });

  test('every primary key is unique and every foreign key resolves in the built CSVs', () => {
    const data = new Map(pkg.resources.map((r) => [r.name, parseCsv(new TextDecoder().decode(read(r.path)))]));
    let checked = 0;
    for (const r of pkg.resources) {
      const rows = data.get(r.name)!;
      const keys = rows.map((row) => r.schema.primaryKey.map((f) => row[f]).join('|'));
      expect(new Set(keys).size, `${r.name} primary key`).toBe(rows.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = fk.reference.resource === '' ? r.name : fk.reference.resource;
        expect(NAMES, `${r.name} → ${target}`).toContain(target);
        const have = new Set(data.get(target)!.map((row) => fk.reference.fields.map((f) => row[f]).join('|')));
        for (const row of rows) {
          const vals = fk.fields.map((f) => row[f] ?? '');
          if (vals.some((v) => v === '')) continue; // null never references anything
          expect(have.has(vals.join('|')), `${r.name}.${fk.fields.join(',')} = ${vals.join(',')} → ${target}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('all.zip holds every CSV and workbook, datapackage.json and README.txt, identical to the served files', () => {
    const files = unzipSync(read('all.zip'));
    const workbooks = pkg.resources.map((r) => r.path.replace(/\.csv$/, '.xlsx'));
    expect(Object.keys(files).sort()).toEqual([...pkg.resources.map((r) => r.path), ...workbooks, 'README.txt', 'datapackage.json'].sort());
    for (const r of pkg.resources) expect(sha256(files[r.path]!), r.path).toBe(sha256(read(r.path)));
    for (const w of workbooks) expect(sha256(files[w]!), w).toBe(sha256(read(w)));
    expect(sha256(files['datapackage.json']!)).toBe(sha256(read('datapackage.json')));
    const readme = new TextDecoder().decode(files['README.txt']!);
    expect(readme).toContain('SỐ LIỆU MINH HỌA');
    expect(readme).toContain('Giấy phép');
  });
});

test.describe('pages', () => {
  test('the index lists every dataset with provenance, source, licence, update, rows and downloads', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('du-lieu/');
    await expect(page.locator('h1')).toHaveText('Dữ liệu mở');
    for (const r of pkg.resources) {
      const card = page.locator(`[data-dataset="${r.name}"]`);
      await expect(card.locator('h3 a')).toHaveAttribute('href', new RegExp(`du-lieu/${r.name}/$`));
      await expect(card.locator('[data-rows]')).toHaveAttribute('data-rows', String(r.stats.rows));
      await expect(card.locator('.prov-summary')).toContainText(r.provenance.illustrative === 0 ? 'Chính thức' : 'Số liệu minh họa');
      if (r.provenance.official > 0 && r.provenance.illustrative > 0) await expect(card).toContainText(`${r.provenance.official} dòng chính thức`);
      if (r.provenance.mixed > 0) await expect(card).toContainText(`${r.provenance.mixed} dòng hỗn hợp`);
      await expect(card.getByRole('link', { name: /Tải CSV/ })).toHaveAttribute('href', new RegExp(`du-lieu/${r.name}\\.csv$`));
      await expect(card.getByRole('link', { name: /Tải JSON/ })).toHaveAttribute('href', new RegExp(`du-lieu/${r.name}\\.json$`));
      await expect(card).toContainText('Creative Commons');
      await expect(card).toContainText('Cập nhật');
    }
    await expect(page.locator('a[data-file="all.zip"]')).toBeVisible();
    await expect(page.locator('a[data-file="datapackage.json"]')).toBeVisible();
    expect(errors()).toEqual([]);
  });

  for (const name of NAMES) {
    test(`${name}: download the CSV from its page and compare it with data/`, async ({ page }) => {
      const r = pkg.resources.find((x) => x.name === name)!;
      await page.goto(`du-lieu/${name}/`);
      const row = page.locator(`tr[data-file="${name}.csv"]`);
      const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link').click()]);
      const bytes = new Uint8Array(readFileSync((await download.path())!));
      expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.endsWith('\r\n')).toBe(true);
      // The size and hash the page shows are those of the bytes downloaded.
      await expect(row.locator('[data-bytes]')).toHaveAttribute('data-bytes', String(bytes.byteLength));
      await expect(row.locator('[data-sha256]')).toHaveText(sha256(bytes));
      const got = parseCsv(text);
      const want = parseCsv(readFileSync(join(process.cwd(), 'data', `${name}.csv`), 'utf8'));
      expect(got.length).toBe(want.length);
      expect(Object.keys(got[0]!)).toEqual(r.schema.fields.map((f) => f.name));
      want.forEach((w, i) => {
        for (const f of r.schema.fields) expect(value(f.type, got[i]![f.name]), `row ${i + 2}, ${f.name}`).toEqual(value(f.type, w[f.name]));
      });
    });
  }

  test('the dictionary lists exactly the columns of the CSV, with labels and types', async ({ page }) => {
    for (const r of pkg.resources) {
      await page.goto(`du-lieu/${r.name}/`);
      const cols = await page.locator('table.dictionary tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-column')));
      expect(cols).toEqual(r.schema.fields.map((f) => f.name));
      const types = await page.locator('table.dictionary tbody td[data-type]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-type')));
      expect(types).toEqual(r.schema.fields.map((f) => f.type));
    }
  });

  test('the preview flags illustrative rows with text, and the page says the file is rewritten', async ({ page }) => {
    await page.goto('du-lieu/ward-poverty/');
    const rows = page.locator('table.preview tbody tr');
    await expect(rows).toHaveCount(10);
    const illustrative = page.locator('table.preview tbody tr[data-provenance="illustrative"]');
    expect(await illustrative.count()).toBeGreaterThan(0);
    for (const tr of await illustrative.all()) await expect(tr.locator('th')).toContainText('Số liệu minh họa');
    await expect(page.locator('[data-canonical-note]')).toContainText('ghi lại ở dạng chuẩn');
    await expect(page.locator('[data-provenance-policy]')).toContainText('Số liệu minh họa');
  });

  test('the citation copies to the clipboard and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('du-lieu/ward-poverty/');
    const apa = await page.locator('#cite-apa').inputValue();
    expect(apa).toContain('UBND thành phố Phan Rang-Tháp Chàm (2024). Kế hoạch 122/KH-UBND (tháng 3/2024)');
    expect(apa).toContain('Số liệu minh họa');
    await page.getByRole('button', { name: 'Sao chép trích dẫn APA' }).click();
    await expect(page.getByRole('status')).toHaveText(/Đã sao chép: Trích dẫn kiểu APA/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
    await page.getByRole('button', { name: 'Sao chép trích dẫn tiếng Việt' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#cite-vi').inputValue());
  });

  test('without JavaScript the citation is selectable text and no dead button shows', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await ctx.newPage();
    await page.goto('du-lieu/plan-targets/');
    await expect(page.locator('#cite-apa')).toHaveJSProperty('readOnly', true);
    expect(await page.locator('#cite-apa').inputValue()).toContain('Kế hoạch 122/KH-UBND');
    expect(await page.locator('#cite-apa').inputValue()).not.toContain('minh họa');
    await expect(page.getByRole('button', { name: /Sao chép/ })).toHaveCount(0);
    await ctx.close();
  });

  test('axe finds no violations on the index and every dataset page', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ['du-lieu/', ...NAMES.map((n) => `du-lieu/${n}/`)]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
});
