/**
 * The CMS end to end (tests/playwright.cms.config.ts, `npm run cms` as the web server): sign in to
 * the local backend, write a story through the form, save it into content/stories/, check the file
 * with the validator; with the alt text empty the form refuses to save; a phone number in the body
 * is flagged in the preview. Every file the test writes is removed afterwards. Screenshots go to
 * test-results/cms-screenshots/ and, with UPDATE_GUIDE_SCREENSHOTS=1, to content/huong-dan/ (the guide's).
 */
import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
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
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Câu chuyện').first()).toBeVisible();
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
  await page.getByText('Công bố', { exact: true }).first().click();
  await page.getByText('Công bố ngay').click();
  if (process.env.CMS_DEBUG) await page.screenshot({ path: join(shots, 'debug-publish.png') });
}

const preview = (page: Page) => page.frameLocator('iframe').first();

test('a story written in the form is saved into content/stories and passes validation', async ({ page }) => {
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
});

test('without alt text the form refuses to save; a phone number in the body is flagged in the preview', async ({ page }) => {
  const origins = new Set<string>();
  await openNewStory(page, origins);
  await fillBasics(page, 'Câu chuyện thiếu mô tả ảnh');
  const editor = page.locator('[data-slate-editor="true"]').first();
  await editor.click();
  await page.keyboard.type('Muốn mua rau, gọi chị H. số 0905 123 456.');
  const privacy = preview(page).locator('[data-code="privacy-error"]');
  await expect(privacy.first()).toBeVisible();
  await shot(page, 'cms-5-loi-xem-truoc.png');

  await publish(page);
  await expect(page.getByText(/bắt buộc nhập/).first()).toBeVisible();
  await shot(page, 'cms-6-thieu-mo-ta-anh.png');
  expect([...list(stories)].filter((f) => !before.stories.has(f))).toEqual([]);
});
