import { describe, expect, it } from 'vitest';
import { fold, matchesAll, queryVariants, queryWords, rerank, tier } from '../../../src/scripts/search/rank';
import { foldVi } from '../../../src/lib/url';

const r = (title: string, text = '') => ({ title, text });

describe('search ranking', () => {
  it('folds like foldVi, lower-cased', () => {
    for (const s of ['Phường Đô Vinh', 'Xã Thành Hải', 'GIẢM NGHÈO', 'Đông Hải']) expect(fold(s)).toBe(foldVi(s).toLowerCase());
    expect(queryWords('  Đông   Hải! ')).toEqual(['dong', 'hai']);
  });

  it('asks Pagefind every spelling of đ, the same for either way of typing', () => {
    expect(queryVariants('dong hai')).toEqual(['dong hai', 'đong hai']);
    expect(queryVariants('Đông Hải')).toEqual(queryVariants('dong hai'));
    expect(queryVariants('do dong')).toEqual(['do dong', 'do đong', 'đo dong', 'đo đong']);
    expect(queryVariants('d d d d d').length).toBe(8);
  });

  it('requires every word, whole (the last may be a prefix as the reader types)', () => {
    expect(matchesAll(r('Phường Đông Hải'), 'dong hai')).toBe(true);
    expect(matchesAll(r('Tổng số hộ', 'dòng dữ liệu'), 'dong hai')).toBe(false);
    // "do" and "ông" are not "dong".
    expect(matchesAll(r('Đô Vinh', 'ông bà, hai người'), 'dong hai')).toBe(false);
    expect(matchesAll(r('Phường Đông Hải'), 'dong ha')).toBe(true);
    expect(matchesAll(r('Phường Đông Hải'), 'don hai')).toBe(false);
    expect(matchesAll(r('Phường Đông Hải'), '')).toBe(false);
  });

  it('tiers the phrase in the title, then in the text, then scattered words, whatever the diacritics', () => {
    for (const q of ['Đông Hải', 'dong hai']) {
      expect(tier(r('Phường Đông Hải'), q)).toBe(0);
      expect(tier(r('Phường Mỹ Hải', 'thuộc Phường Đông Hải mới'), q)).toBe(1);
      expect(tier(r('Dữ liệu', 'mỗi dòng có hai cột'), q)).toBe(2);
    }
  });

  it('puts the page about a place first, and gives the same list with or without diacritics', () => {
    const results = [
      r('Dữ liệu mở', 'mỗi dòng có hai cột'),
      r('Phường Mỹ Hải', 'Đông Hải mới'),
      r('Anh Tâm sửa thuyền, vươn khơi ở Đông Hải'),
      r('Phường Đông Hải'),
      r('Phường Đô Vinh', 'ông bà'),
    ];
    // "Dữ liệu mở" has both words but not the phrase: dropped, since other pages hold the phrase.
    const expected = ['Phường Đông Hải', 'Anh Tâm sửa thuyền, vươn khơi ở Đông Hải', 'Phường Mỹ Hải'];
    expect(rerank(results, 'dong hai').map((x) => x.title)).toEqual(expected);
    expect(rerank(results, 'Đông Hải').map((x) => x.title)).toEqual(expected);
  });

  it('drops pages that name the phrase far less often than the page most about it', () => {
    const results = [
      r('Danh sách phường', 'Đông Hải, Mỹ Hải, Đô Vinh'),
      r('Bản đồ', 'Đông Hải ... Đông Hải ... Đông Hải ... Đông Hải'),
      r('Biểu đồ', 'Đông Hải, Đông Hải, Đông Hải'),
      r('Phường Đông Hải'),
    ];
    expect(rerank(results, 'dong hai').map((x) => x.title)).toEqual(['Phường Đông Hải', 'Bản đồ', 'Biểu đồ']);
    // Without any phrase match, all-words matches stay.
    expect(rerank([r('Dữ liệu', 'mỗi dòng có hai cột')], 'dong hai').length).toBe(1);
  });

  it('breaks ties by the exact spelling when the reader types diacritics', () => {
    const results = [r('Phường Đô Vinh'), r('Đỗ Vinh và bạn')];
    expect(rerank(results, 'Đỗ Vinh')[0]!.title).toBe('Đỗ Vinh và bạn');
    expect(rerank(results, 'Đô Vinh')[0]!.title).toBe('Phường Đô Vinh');
  });

  it('keeps Pagefind order among equals', () => {
    const results = [r('A x'), r('B x'), r('C x')];
    expect(rerank(results, 'x').map((x) => x.title)).toEqual(['A x', 'B x', 'C x']);
  });
});
