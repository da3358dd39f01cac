/** Story slugs from Vietnamese titles. */
import { describe, expect, it } from 'vitest';
import { isStorySlug, storySlug } from '../../../src/lib/stories/slug';

describe('storySlug', () => {
  it.each([
    ['Gia đình chị Đặng Thị Hoa', 'gia-dinh-chi-dang-thi-hoa'],
    ['Lò gốm nhỏ của chị H. ở Đô Vinh', 'lo-gom-nho-cua-chi-h-o-do-vinh'],
    ['Đàn dê của gia đình anh Phúc', 'dan-de-cua-gia-dinh-anh-phuc'],
    ['Mái nhà mới — Quỹ “Vì người nghèo”', 'mai-nha-moi-quy-vi-nguoi-nghe'.replace('nghe', 'ngheo')],
    ['ĐỒNG HẢI: Ước mơ 2024!', 'dong-hai-uoc-mo-2024'],
    ['  Chị   Lan   học nghề  ', 'chi-lan-hoc-nghe'],
    ['Quầy sửa điện thoại của anh Khoa', 'quay-sua-dien-thoai-cua-anh-khoa'],
    ['Ước Ưng Ơn Ờ Ỡ Ợ Ý Ỳ', 'uoc-ung-on-o-o-o-y-y'],
  ])('%s → %s', (title, slug) => {
    expect(storySlug(title)).toBe(slug);
    expect(isStorySlug(slug)).toBe(true);
  });

  it('gives the same slug for decomposed (NFD) input, as pasted from some editors', () => {
    expect(storySlug('Gia đình chị Đặng Thị Hoa'.normalize('NFD'))).toBe('gia-dinh-chi-dang-thi-hoa');
  });

  it('cuts a very long title at a hyphen, at most 80 characters', () => {
    const s = storySlug('Câu chuyện rất dài về một gia đình ở phường Đô Vinh đã vượt qua khó khăn nhờ vốn vay ưu đãi và học nghề may');
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(/^cau-chuyen-rat-dai/);
    expect(s).not.toMatch(/-$/);
  });

  it('rejects file names that are not slugs', () => {
    for (const bad of ['Gia-dinh', 'gia dinh', 'gia--dinh', '-gia', 'gia_dinh', 'gia-đinh', '']) expect(isStorySlug(bad), bad).toBe(false);
  });
});
