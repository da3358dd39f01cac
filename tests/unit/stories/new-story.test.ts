/** `npm run new-story`: creates a draft that validates, never overwrites, and becomes publishable as the guide says. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPublished } from '../../../src/lib/stories/publish';
import { validateStories } from '../../../src/lib/stories/validate';
import { repo, units } from './helpers';

const tsx = join(repo, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'gn-new-story-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function project(): string {
  const root = mkdtempSync(join(tmp, 'p-'));
  cpSync(join(repo, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
const run = (root: string, args: string[], input?: string) =>
  spawnSync(tsx, [join(repo, 'src/cli/new-story.ts'), '--dir', root, ...args], { cwd: repo, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
const problemsOf = (root: string, slug: string) => validateStories(join(root, 'content/stories'), units).problems.filter((p) => p.file === `content/stories/${slug}.mdx`);

describe('new-story', () => {
  it('creates content/stories/<slug>.mdx from flags, as a draft that validates', () => {
    const root = project();
    const r = run(root, ['--title', 'Gia đình chị Đặng Thị Hoa', '--unit', '22738', '--year', '2024']);
    expect(r.status, r.stderr).toBe(0);
    const file = join(root, 'content/stories/gia-dinh-chi-dang-thi-hoa.mdx');
    expect(existsSync(file)).toBe(true);
    expect(r.stdout).toContain('Các bước tiếp theo');
    const text = readFileSync(file, 'utf8');
    for (const field of ['title', 'summary', 'unit', 'year', 'household', 'supports', 'cover', 'src', 'alt', 'credit', 'license', 'published', 'author', 'consent', 'given', 'date', 'form_ref', 'provenance', 'draft', 'tags']) {
      expect(text).toMatch(new RegExp(`^\\s*${field}:`, 'm'));
    }
    expect(text).toContain('<Quote');
    expect(problemsOf(root, 'gia-dinh-chi-dang-thi-hoa')).toEqual([]);
    const story = validateStories(join(root, 'content/stories'), units).stories.find((s) => s.slug === 'gia-dinh-chi-dang-thi-hoa')!;
    expect(story.data).toMatchObject({ title: 'Gia đình chị Đặng Thị Hoa', unit: '22738', year: 2024, draft: true });
    expect(isPublished(story.data)).toBe(false);
  });

  it('never overwrites an existing story', () => {
    const root = project();
    const file = join(root, 'content/stories/chiec-may-may-cua-chi-lan.mdx');
    const before = readFileSync(file, 'utf8');
    const r = run(root, ['--title', 'Chiếc máy may của chị Lan', '--unit', '22747', '--year', '2023']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('không bao giờ ghi đè');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('asks for what is missing, accepts a unit name and re-asks a unit not valid that year', () => {
    const root = project();
    const r = run(root, [], 'Chị Lan học nghề may\n2024\nThanh Sơn\nphu ha\n');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('không còn tồn tại vào 31/12/2024');
    const text = readFileSync(join(root, 'content/stories/chi-lan-hoc-nghe-may.mdx'), 'utf8');
    expect(text).toContain('unit: "22747" # Phường Phủ Hà');
  });

  it('rejects a bad flag with a Vietnamese message and creates nothing', () => {
    const root = project();
    const r = run(root, ['--title', 'Câu chuyện mới', '--unit', '99999', '--year', '2024']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('không có phường/xã "99999"');
    expect(existsSync(join(root, 'content/stories/cau-chuyen-moi.mdx'))).toBe(false);
  });

  it('filled in as the guide says, the story validates and is published', () => {
    const root = project();
    const made = run(root, ['--title', 'Gia đình chị Đặng Thị Hoa', '--unit', 'phuong do vinh', '--year', '2024']);
    expect(made.status).toBe(0);
    // A unit given by its name: the command says its code.
    expect(made.stdout).toContain('"phuong do vinh" là Phường Đô Vinh, mã GSO 22738: tệp ghi unit: "22738".');
    const file = join(root, 'content/stories/gia-dinh-chi-dang-thi-hoa.mdx');
    cpSync(join(repo, 'content/stories/images/lo-gom-nho-cua-chi-h-o-do-vinh.jpg'), join(root, 'content/stories/images/gia-dinh-chi-dang-thi-hoa.jpg'));
    let text = readFileSync(file, 'utf8');
    // Publishing before filling in is refused, with one problem per blank.
    text = text.replace(/^draft: true/m, 'draft: false');
    writeFileSync(file, text);
    const early = problemsOf(root, 'gia-dinh-chi-dang-thi-hoa');
    expect(early.map((p) => p.field)).toEqual(expect.arrayContaining(['consent.given', 'cover.src', 'summary', 'household', 'body']));
    // Fill in: blanks, cover, consent.
    const body = '\nChị Hoa nuôi hai con, làm thuê theo mùa.\n\n<Quote by="Chị Hoa">Có vốn, tôi mới dám nghĩ xa.</Quote>\n';
    text = text
      .replace(/\[\[Một hai câu[^\]]*\]\]/, 'Nhờ vốn vay ưu đãi, chị Hoa mở sạp rau và thoát nghèo năm 2024.')
      .replace('[[Gia đình chị H.]]', 'Gia đình chị Hoa')
      .replace('./images/anh-tam-thoi.jpg', './images/gia-dinh-chi-dang-thi-hoa.jpg')
      .replace(/\[\[Mô tả điều ảnh[^\]]*\]\]/, 'Sạp rau nhỏ ở chợ')
      .replace(/\[\[Ảnh: tên[^\]]*\]\]/, 'Ảnh: Phòng Văn hóa và Thông tin')
      .replace(/\[\[Giấy phép[^\]]*\]\]/, 'CC BY 4.0')
      .replace(/given: false/, 'given: true')
      .replace(/date: ""/, 'date: 2024-01-05')
      .replace(/form_ref: ""/, 'form_ref: "DY-2024-01"')
      .replace(/published: \d{4}-\d{2}-\d{2}/, 'published: 2025-02-01')
      .replace(/\n---\n[\s\S]*$/, `\n---\n${body}`);
    writeFileSync(file, text);
    expect(problemsOf(root, 'gia-dinh-chi-dang-thi-hoa')).toEqual([]);
    const story = validateStories(join(root, 'content/stories'), units).stories.find((s) => s.slug === 'gia-dinh-chi-dang-thi-hoa')!;
    expect(isPublished(story.data)).toBe(true);
  });
});
