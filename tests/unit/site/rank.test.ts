import { describe, expect, it } from 'vitest';
import { fold, rerank, tier } from '../../../src/scripts/search/rank';
import { foldVi } from '../../../src/lib/url';

const r = (title: string, text = '') => ({ title, text });

describe('search re-ranking', () => {
  it('folds like foldVi, lower-cased', () => {
    for (const s of ['Phường Đô Vinh', 'Xã Thành Hải', 'GIẢM NGHÈO', 'Đông Hải']) expect(fold(s)).toBe(foldVi(s).toLowerCase());
  });

  it('tiers exact title matches above folded ones, and exact text above the rest', () => {
    expect(tier(r('Phường Đông Hải'), 'Đông Hải')).toBe(0);
    expect(tier(r('Phường Đông Hải'), 'dong hai')).toBe(1);
    expect(tier(r('Phường Mỹ Hải', 'thuộc Phường Đông Hải mới'), 'Đông Hải')).toBe(2);
    // Without diacritics in the query, body text does not promote a page.
    expect(tier(r('Phường Mỹ Hải', 'thuộc Phường Đông Hải mới'), 'dong hai')).toBe(3);
    expect(tier(r('Phường Mỹ Hải'), '')).toBe(3);
  });

  it('puts the page about a place before pages that mention it', () => {
    const results = [
      r('Phường Mỹ Hải', 'Đông Hải mới'),
      r('Anh Tâm sửa thuyền, vươn khơi ở Đông Hải'),
      r('Phường Đông Hải'),
      r('Dữ liệu mở'),
    ];
    expect(rerank(results, 'dong hai').map((x) => x.title)).toEqual([
      'Phường Đông Hải',
      'Anh Tâm sửa thuyền, vươn khơi ở Đông Hải',
      'Phường Mỹ Hải',
      'Dữ liệu mở',
    ]);
  });

  it('prefers the exact spelling when the reader types diacritics', () => {
    const results = [r('Phường Đô Vinh'), r('Đỗ Vinh và bạn')];
    expect(rerank(results, 'Đỗ Vinh')[0]!.title).toBe('Đỗ Vinh và bạn');
    expect(rerank(results, 'Đô Vinh')[0]!.title).toBe('Phường Đô Vinh');
  });

  it('keeps Pagefind order among equals', () => {
    const results = [r('A'), r('B'), r('C')];
    expect(rerank(results, 'x').map((x) => x.title)).toEqual(['A', 'B', 'C']);
  });
});
