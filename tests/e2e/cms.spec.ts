/**
 * The CMS end to end (tests/playwright.cms.config.ts, `npm run cms` as the web server): sign in to
 * the local backend, write a story through the form, save it into content/stories/, check the file
 * with the validator; with the alt text empty the form refuses to save; a phone number in the body
 * is flagged in the preview. After saving, a build of a copy of the project (in a temporary folder)
 * has the story's page on /cau-chuyen/ and a production /admin/ (GitHub backend, no local server).
 * Every file the test writes is removed afterwards. Screenshots go to
 * test-results/cms-screenshots/ and, with UPDATE_GUIDE_SCREENSHOTS=1, to content/huong-dan/ (the guide's).
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CMS_LABELS } from '../../src/lib/cms/banner';
import { validateStories } from '../../src/lib/stories/validate';
import { validateData } from '../../src/lib/validate/data';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const stories = join(root, 'content/stories');
const images = join(stories, 'images');
const shots = join(root, 'test-results/cms-screenshots');
const guideShots = join(root, 'content/huong-dan');
const list = (d: string) => new Set(readdirSync(d));
const before = { stories: list(stories), images: list(images) };
const COVER = 'e2e-cms-bia.jpg';
const upload = join(root, 'test-results', COVER);

test.beforeAll(() => {
  mkdirSync(shots, { recursive: true });
  copyFileSync(join(root, 'tests/fixtures/stories/images/bia.jpg'), upload);
});

test.afterEach(() => {
  for (const f of readdirSync(stories)) if (!before.stories.has(f) && f.endsWith('.mdx')) rmSync(join(stories, f));
  for (const f of readdirSync(images)) if (!before.images.has(f)) rmSync(join(images, f));
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, name) });
  if (process.env.UPDATE_GUIDE_SCREENSHOTS) copyFileSync(join(shots, name), join(guideShots, name));
}

const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`).first();

async function choose(page: Page, name: string, text: string): Promise<void> {
  await field(page, name).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function openNewStory(page: Page, origins: Set<string>): Promise<void> {
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  page.on('dialog', (d) => d.accept());
  if (process.env.CMS_DEBUG) page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
  await page.goto('admin/');
  await page.getByRole('button', { name: CMS_LABELS.login }).click();
  await expect(page.getByText(CMS_LABELS.collection).first()).toBeVisible();
  // The new-story button is labelled as `npm run cms` and the guide say.
  await expect(page.getByText(CMS_LABELS.newEntry, { exact: true }).first()).toBeVisible();
  await shot(page, 'cms-1-danh-sach.png');
  await page.goto('admin/#/collections/stories/new');
  await expect(field(page, 'title')).toBeVisible();
}

/** Every field but the cover image, consent and body. */
async function fillBasics(page: Page, title: string): Promise<void> {
  await field(page, 'title').fill(title);
  await field(page, 'summary').fill('Được vay vốn ưu đãi và học nghề, gia đình chị H. trồng rau sạch và thoát nghèo cuối năm 2023.');
  await choose(page, 'unit', 'Mỹ Hải');
  await field(page, 'year').fill('2023');
  await field(page, 'household').fill('Gia đình chị H.');
  await choose(page, 'supports', 'Tín dụng');
  await choose(page, 'supports', 'Đào tạo nghề');
  await field(page, 'published').fill('2024-11-01');
  await choose(page, 'provenance', 'minh họa');
}

async function publish(page: Page): Promise<void> {
  await page.getByText(CMS_LABELS.publish, { exact: true }).first().click();
  await page.getByText(CMS_LABELS.publishNow).click();
  if (process.env.CMS_DEBUG) await page.screenshot({ path: join(shots, 'debug-publish.png') });
}

const preview = (page: Page) => page.frameLocator('iframe').first();

/**
 * Builds a copy of the project (sources, data, content, configs; node_modules linked) in a temporary
 * folder, as `npm run build` does, and returns the HTML of the story's page and of /admin/.
 * The copy is removed whatever happens.
 */
function buildCopy(slug: string): { status: number | null; log: string; page: string | null; admin: string | null } {
  const tmp = mkdtempSync(join(tmpdir(), 'e2e-cms-build-'));
  try {
    for (const f of ['src', 'data', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, f), join(tmp, f), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'));
    const dist = join(tmp, 'dist');
    // DECAP_PORT stays as `npm run cms` set it: a build must still give the production /admin/.
    const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/build.ts'], {
      cwd: tmp,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(tmp, '.cache'), ASTRO_OUT_DIR: dist },
    });
    const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : null);
    return { status: r.status, log: `${r.stdout}\n${r.stderr}`.slice(-3000), page: read(join(dist, 'cau-chuyen', slug, 'index.html')), admin: read(join(dist, 'admin', 'index.html')) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const decodeHtml = (s: string) => s.replace(/&quot;|&#34;|&#x22;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');

test('a story written in the form is saved into content/stories, passes validation and is built on /cau-chuyen/', async ({ page }) => {
  test.setTimeout(600_000);
  const origins = new Set<string>();
  await openNewStory(page, origins);
  const title = 'Chị "Hoa" và vườn rau sạch ở Mỹ Hải';
  await fillBasics(page, title);

  // Cover: upload through the media library.
  await page.getByRole('button', { name: 'Chọn một hình' }).first().click();
  await page.locator('input[type="file"]').setInputFiles(upload);
  await expect(page.getByText(COVER).first()).toBeVisible();
  await shot(page, 'cms-3-tai-anh.png');
  await page.getByRole('button', { name: /Chọn|Lấy/ }).last().click();
  await field(page, 'alt').fill('Tranh minh họa: luống rau xanh trước một ngôi nhà nhỏ.');
  await field(page, 'credit').fill('Tranh minh họa do nhóm phát triển trang thực hiện');

  await field(page, 'given').click();
  await field(page, 'date').fill('2024-10-20');
  await field(page, 'form_ref').fill('MH-2024-09');

  // Body: text, then a Quote through the editor component.
  const editor = page.locator('[data-slate-editor="true"]').first();
  await editor.click();
  await page.keyboard.type('Chị H. trồng rau trên mảnh vườn nhỏ sau nhà.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Thêm thành phần|Add Component|\+/ }).first().click();
  await page.getByText('Trích lời (Quote)').click();
  await page.locator('[id^="by-field-"]').last().fill('Chị "H."');
  await page.locator('[id^="text-field-"]').last().fill('Có vườn rau, các con tôi được ăn no và đi học đủ.');
  await expect(preview(page).getByTestId('cms-checks')).toContainText('Không có lỗi');
  await shot(page, 'cms-2-bieu-mau.png');

  await publish(page);
  let file = '';
  await expect.poll(() => (file = [...list(stories)].find((f) => !before.stories.has(f) && f.endsWith('.mdx')) ?? ''), { timeout: 30_000 }).not.toBe('');
  await shot(page, 'cms-4-da-luu.png');

  const text = readFileSync(join(stories, file), 'utf8');
  const front = parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
  expect(front).toMatchObject({
    title,
    unit: '22780',
    year: 2023,
    household: 'Gia đình chị H.',
    supports: ['tin-dung-uu-dai', 'dao-tao-nghe'],
    cover: { src: `./images/${COVER}`, alt: 'Tranh minh họa: luống rau xanh trước một ngôi nhà nhỏ.', license: 'CC BY 4.0' },
    consent: { given: true, form_ref: 'MH-2024-09' },
    provenance: 'illustrative',
  });
  expect(String(front.published)).toContain('2024-11-01');
  expect(text).toContain('<Quote by="Chị &quot;H.&quot;">Có vườn rau, các con tôi được ăn no và đi học đủ.</Quote>');
  expect(existsSync(join(images, COVER))).toBe(true);

  const units = validateData(join(root, 'data')).tables['administrative-units'].rows;
  const result = validateStories(stories, units);
  expect(result.problems.filter((p) => p.file.includes(file) || p.file.includes(COVER))).toEqual([]);
  expect(result.stories.map((s) => s.slug)).toContain(file.replace(/\.mdx$/, ''));
  // Nothing from another site: every request went to 127.0.0.1.
  expect([...origins].filter((o) => !/^http:\/\/127\.0\.0\.1(:\d+)?$/.test(o) && o !== 'null')).toEqual([]);

  // After a build, the story has its page on /cau-chuyen/, with its title.
  const slug = file.replace(/\.mdx$/, '');
  const built = buildCopy(slug);
  expect(built.status, built.log).toBe(0);
  expect(built.page, `dist/cau-chuyen/${slug}/index.html`).not.toBeNull();
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(built.page!)?.[1] ?? '';
  expect(decodeHtml(h1.replace(/<[^>]+>/g, '')).trim()).toBe(title);
  expect(decodeHtml(built.page!)).toContain(`<title>${title}`);
  // The built /admin/ talks to GitHub, never to the local decap-server.
  const cms = JSON.parse(/<script type="application\/json" id="cms-data">([\s\S]*?)<\/script>/.exec(built.admin ?? '')![1]!) as { config: { backend: { name: string }; local_backend?: unknown; publish_mode?: string }; images: unknown };
  expect(cms.config.backend.name).toBe('github');
  expect(cms.config.publish_mode).toBe('editorial_workflow');
  expect(cms.config.local_backend).toBeUndefined();
  expect(cms.images).toBeNull();
  expect(built.admin).not.toContain('/api/v1');
});

test('without alt text the form refuses to save; a phone number and a placeholder alt are flagged in the preview', async ({ page }) => {
  const origins = new Set<string>();
  await openNewStory(page, origins);
  await fillBasics(page, 'Câu chuyện thiếu mô tả ảnh');
  const editor = page.locator('[data-slate-editor="true"]').first();
  await editor.click();
  await page.keyboard.type('Muốn mua rau, gọi chị H. số 0905 123 456.');
  const privacy = preview(page).locator('[data-code="privacy-error"]');
  await expect(privacy.first()).toBeVisible();
  await shot(page, 'cms-5-loi-xem-truoc.png');
  // A placeholder alt text is flagged too, by the same rule as npm run validate.
  await field(page, 'alt').fill('ảnh 1');
  await expect(preview(page).locator('[data-code="constraint-error"]', { hasText: 'chỉ là chữ giữ chỗ' }).first()).toBeVisible();
  await field(page, 'alt').fill('');

  await publish(page);
  await expect(page.getByText(/bắt buộc nhập/).first()).toBeVisible();
  await shot(page, 'cms-6-thieu-mo-ta-anh.png');
  expect([...list(stories)].filter((f) => !before.stories.has(f))).toEqual([]);
});
