/** The placeholder-alt rule (src/lib/stories/alt-text.ts), alone and where it is applied: cover.alt and the body. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALT_MIN_WORDS, placeholderAltProblem } from '../../../src/lib/stories/alt-text';
import { validateStoryText } from '../../../src/lib/stories/validate';
import { storyTemplate } from '../../../src/lib/stories/template';
import { fixtures, units } from './helpers';

const valid = readFileSync(join(fixtures, 'valid-story.mdx'), 'utf8');
const check = (text: string) => validateStoryText(text, 'content/stories/x.mdx', { units, dir: fixtures }).problems;

const PLACEHOLDERS = [
  'ảnh 1', 'Ảnh', 'ảnh', 'hình 2', 'Hình ảnh', 'HÌNH MINH HỌA', 'Tranh minh họa 3', 'Ảnh bìa', 'anh bia', 'image', 'Image 2', 'photo',
  'Picture', 'img_123', 'IMG_2024.jpg', 'IMG_2024', 'DSC0001', 'dsc_0001.JPG', 'abc', 'xxx', 'TODO', 'mô tả ảnh', 'Chưa có ảnh', 'ảnh tạm',
  'lo-gom-nho-cua-chi-h.jpg', 'lo-gom-nho', './images/bia.jpg', 'images/bia.png', '12345', '...', '—', 'ảnh số 1', 'Ảnh chụp 2',
  'Chị Hoa', 'Lò gốm', 'Đàn dê',
];
const DESCRIPTIONS = [
  'Tranh minh họa một lò gốm nhỏ.', 'Chị H. cười', 'Đàn dê nâu', 'Ảnh chụp màn hình điện thoại', 'Gia đình chị H. trước ngôi nhà mới',
  'Tranh minh họa phẳng: bốn con dê màu nâu đứng trước hàng rào gỗ.', 'A woman beside a kiln', 'Hoa sen nở trong ao',
];

describe('placeholderAltProblem', () => {
  it.each(PLACEHOLDERS)('refuses %j with a Vietnamese fix', (alt) => {
    const why = placeholderAltProblem(alt);
    expect(why).not.toBeNull();
    expect(why).toContain('Sửa: viết một hai câu tả điều ảnh');
  });
  it.each(DESCRIPTIONS)('accepts %j', (alt) => expect(placeholderAltProblem(alt)).toBeNull());

  it('says which kind of placeholder it is', () => {
    expect(placeholderAltProblem('IMG_2024.jpg')).toMatch(/^là tên tệp ảnh/);
    expect(placeholderAltProblem('ảnh 1')).toMatch(/^chỉ là chữ giữ chỗ/);
    expect(placeholderAltProblem('12345')).toMatch(/^chỉ có số/);
    expect(placeholderAltProblem('Chị Hoa')).toMatch(/^quá ngắn \(2 từ\)/);
    expect(ALT_MIN_WORDS).toBe(3);
  });

  it('an alt equal to the image file name is refused even without its extension', () => {
    expect(placeholderAltProblem('vuon rau', './images/vuon rau.jpg')).toMatch(/^là tên tệp ảnh/);
    expect(placeholderAltProblem('Vườn rau xanh sau nhà', './images/vuon-rau.jpg')).toBeNull();
  });

  it('leaves blanks and template blanks to their own rules', () => {
    expect(placeholderAltProblem('')).toBeNull();
    expect(placeholderAltProblem('   ')).toBeNull();
    expect(placeholderAltProblem('[[Mô tả ảnh]]')).toBeNull();
  });
});

describe('the rule where alt texts are written', () => {
  const coverAlt = (alt: string) => valid.replace('alt: "Tranh minh họa một lò gốm nhỏ."', `alt: "${alt}"`);
  it('cover.alt: constraint-error on the alt line, the same reason as the function', () => {
    const ps = check(coverAlt('hình 2'));
    expect(ps.map((p) => `${p.code} ${p.field} ${p.line}`)).toEqual(['constraint-error cover.alt 12']);
    expect(ps[0]!.message).toContain(placeholderAltProblem('hình 2')!);
  });
  it('<Figure alt> and ![alt]: constraint-error in the body, on the image line', () => {
    const fig = check(`${valid}\n<Figure src="./images/bia.jpg" alt="ảnh 1" caption="Lò gốm" />\n`);
    expect(fig.map((p) => `${p.code} ${p.field}`)).toEqual(['constraint-error body']);
    expect(fig[0]!.message).toContain('"ảnh 1"');
    const md = check(`${valid}\n![photo](./images/bia.jpg)\n`);
    expect(md.map((p) => `${p.code} ${p.field}`)).toEqual(['constraint-error body']);
    expect(check(`${valid}\n![Chị H. bên lò gốm](./images/bia.jpg)\n`)).toEqual([]);
  });
  it('a fresh new-story draft still validates (its alt is a template blank)', () => {
    const text = storyTemplate({ title: 'Gia đình chị Hoa', unit: '22738', unitLabel: 'Phường Đô Vinh', year: 2023, today: '2024-06-15' });
    expect(check(text).filter((p) => p.field === 'cover.alt' || (p.field === 'body' && p.message.includes('mô tả ảnh')))).toEqual([]);
  });
});
