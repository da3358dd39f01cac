/** Stories: story page with facts box, filters without JavaScript, RSS, drafts nowhere, axe. */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { isPublished } from '../../src/lib/stories/publish';
import { validateStories, type CheckedStory } from '../../src/lib/stories/validate';
import { validateData } from '../../src/lib/validate/data';
import { SUPPORTS } from '../../src/schemas/story';
import { slugify } from '../../src/lib/url';
import { collectErrors, expectNoAxeViolations } from './helpers';

const root = process.cwd();
const units = validateData(join(root, 'data')).tables['administrative-units'].rows;
const all = validateStories(join(root, 'content/stories'), units).stories;
const published = all.filter((s) => isPublished(s.data));
const hidden = all.filter((s) => !isPublished(s.data));
const unitOf = (s: CheckedStory) => units.find((u) => u.gso_code === s.data.unit)!;

/** Slugs of the story cards listed on the current page. */
const cardSlugs = (page: Page) => page.locator('.story-grid [data-story]').evaluateAll((els) => els.map((e) => e.getAttribute('data-story')));

test('the shipped content has published stories and at least one hidden draft to check against', () => {
  expect(published.length).toBeGreaterThanOrEqual(8);
  expect(hidden.length).toBeGreaterThanOrEqual(1);
});

test('a story page renders its cover, facts box, illustrative label and related stories', async ({ page }) => {
  const errors = collectErrors(page);
  const story = published.find((s) => s.slug === 'lo-gom-nho-cua-chi-h-o-do-vinh') ?? published[0]!;
  const unit = unitOf(story);
  await page.goto(`cau-chuyen/${story.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.data.title);

  const facts = page.getByRole('complementary', { name: 'Thông tin câu chuyện' });
  await expect(facts).toContainText(story.data.household);
  const unitLink = facts.getByRole('link', { name: `${unit.type} ${unit.name}`, exact: true });
  await expect(unitLink).toHaveAttribute('href', new RegExp(`/phuong-xa/${slugify(unit.name)}/$`));
  await expect(facts.getByRole('link', { name: String(story.data.year), exact: true })).toHaveAttribute('href', new RegExp(`/cau-chuyen/nam/${story.data.year}/$`));
  for (const s of story.data.supports) await expect(facts.getByRole('link', { name: SUPPORTS[s], exact: true })).toBeVisible();

  if (story.data.provenance === 'illustrative') await expect(page.locator('.story-head [data-illustrative]')).toContainText('Câu chuyện minh họa');

  // Responsive cover through the image pipeline: <picture> with a webp srcset and sizes.
  const cover = page.locator('figure.cover picture');
  await expect(cover.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\/_astro\/.+\.webp 480w.+800w.+1200w/);
  await expect(cover.locator('img')).toHaveAttribute('alt', story.data.cover.alt);
  await expect(cover.locator('img')).toHaveAttribute('sizes', /.+/);
  await expect(page.locator('figure.cover figcaption')).toContainText(story.data.cover.license);

  // The allowed components rendered (this story uses all four).
  await expect(page.locator('.story-body .story-quote blockquote').first()).toBeVisible();
  await expect(page.locator('.story-body .story-stat strong').first()).toBeVisible();
  await expect(page.locator('.story-body .story-timeline li').first()).toBeVisible();
  if (story.slug === 'lo-gom-nho-cua-chi-h-o-do-vinh') {
    const figure = page.locator('.story-body figure.story-figure');
    await expect(figure.locator('img')).toHaveAttribute('alt', /năm chiếc bình gốm/);
    await expect(figure.locator('img')).toHaveAttribute('srcset', /\/_astro\/.+\.webp/);
    await expect(figure.locator('figcaption')).toContainText('quầy lưu niệm');
  }
  const related = page.getByRole('region', { name: 'Câu chuyện liên quan' });
  await expect(related.locator('[data-story]').first()).toBeVisible();
  expect(await related.locator('[data-story]').evaluateAll((els) => els.map((e) => e.getAttribute('data-story')))).not.toContain(story.slug);
  expect(errors()).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters are links to pre-built pages that narrow the list', async ({ page }) => {
    await page.goto('cau-chuyen/');
    expect((await cardSlugs(page)).sort()).toEqual(published.map((s) => s.slug).sort());
    const filters = page.getByRole('navigation', { name: 'Lọc câu chuyện' });

    // By unit.
    const story = published[0]!;
    const unit = unitOf(story);
    await filters.getByRole('link', { name: new RegExp(`^${unit.type} ${unit.name} \\(`) }).click();
    await expect(page).toHaveURL(new RegExp(`/cau-chuyen/phuong-xa/${slugify(unit.name)}/$`));
    expect((await cardSlugs(page)).sort()).toEqual(published.filter((s) => s.data.unit === unit.gso_code).map((s) => s.slug).sort());
    await expect(page.getByRole('link', { name: /^Bỏ lọc/ })).toBeVisible();

    // By year.
    const year = 2023;
    await page.getByRole('navigation', { name: 'Lọc câu chuyện' }).getByRole('link', { name: new RegExp(`^${year} \\(`) }).click();
    await expect(page).toHaveURL(new RegExp(`/cau-chuyen/nam/${year}/$`));
    const byYear = published.filter((s) => s.data.year === year).map((s) => s.slug).sort();
    expect(byYear.length).toBeGreaterThan(0);
    expect((await cardSlugs(page)).sort()).toEqual(byYear);

    // By kind of support.
    await page.getByRole('navigation', { name: 'Lọc câu chuyện' }).getByRole('link', { name: new RegExp(`^${SUPPORTS['tin-dung-uu-dai']} \\(`) }).click();
    await expect(page).toHaveURL(/\/cau-chuyen\/ho-tro\/tin-dung-uu-dai\/$/);
    const bySupport = published.filter((s) => s.data.supports.includes('tin-dung-uu-dai')).map((s) => s.slug).sort();
    expect(bySupport.length).toBeLessThan(published.length);
    expect((await cardSlugs(page)).sort()).toEqual(bySupport);
    await expect(page.getByRole('navigation', { name: 'Lọc câu chuyện' }).locator('a[aria-current="page"]')).toHaveCount(1);
  });
});

test('/rss.xml is valid XML listing exactly the published stories', async ({ page, request }) => {
  const res = await request.get('rss.xml');
  expect(res.status()).toBe(200);
  const xml = await res.text();
  await page.goto('cau-chuyen/');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      links: [...doc.querySelectorAll('channel > item > link')].map((l) => l.textContent ?? ''),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('rss');
  const slugs = parsed.links.map((l) => /\/cau-chuyen\/([^/]+)\/$/.exec(l)?.[1]);
  expect(slugs.sort()).toEqual(published.map((s) => s.slug).sort());
});

test('drafts and stories without consent are absent from every listing, RSS, sitemap and search', async ({ page, request, baseURL }) => {
  const hiddenSlugs = hidden.map((s) => s.slug);
  for (const slug of hiddenSlugs) {
    const res = await request.get(`cau-chuyen/${slug}/`);
    expect(res.status(), `cau-chuyen/${slug}/ must not exist`).toBe(404);
  }
  // The list page and every filter page it links to.
  await page.goto('cau-chuyen/');
  const filterUrls = await page.getByRole('navigation', { name: 'Lọc câu chuyện' }).locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(filterUrls.length).toBeGreaterThan(10);
  for (const url of [page.url(), ...filterUrls]) {
    const html = await (await request.get(url)).text();
    for (const slug of hiddenSlugs) expect(html, `${url} lists ${slug}`).not.toContain(slug);
  }
  for (const file of ['rss.xml', 'sitemap-0.xml', './']) {
    const text = await (await request.get(file)).text();
    for (const slug of hiddenSlugs) expect(text, `${file} mentions ${slug}`).not.toContain(slug);
  }
  // Pagefind: a phrase found only in the draft finds nothing; a published story is found.
  const results = await page.evaluate(async (base) => {
    const pf = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    const urls = async (q: string) => Promise.all((await pf.search(q)).results.map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url));
    return { draft: await urls('bánh căn'), published: await urls('gốm Chăm') };
  }, baseURL!.endsWith('/') ? baseURL! : `${baseURL}/`);
  expect(results.published.some((u: string) => u.includes('/cau-chuyen/lo-gom-nho-cua-chi-h-o-do-vinh/'))).toBe(true);
  for (const slug of hiddenSlugs) expect(results.draft.join(' ')).not.toContain(slug);
});

test('the editors\' guide is a site page', async ({ page }) => {
  await page.goto('huong-dan-bien-tap/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hướng dẫn biên tập câu chuyện thoát nghèo');
  await expect(page.getByRole('heading', { name: '5. Đọc thông báo lỗi' })).toBeVisible();
  // The placeholder-alt rule is stated on the page too.
  await expect(page.getByText('Chữ giữ chỗ bị báo lỗi').first()).toBeVisible();
});

for (const path of ['cau-chuyen/', 'cau-chuyen/lo-gom-nho-cua-chi-h-o-do-vinh/', 'cau-chuyen/ho-tro/tin-dung-uu-dai/', 'huong-dan-bien-tap/']) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
