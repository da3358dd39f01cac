import { describe, expect, it } from 'vitest';
import { builtPages, compareIndex, type IndexedPage } from '../../../src/cli/release/search';
import { memoryTree } from '../../../src/cli/release/tree';

const page = (lang: string, extra = '') => `<!doctype html><html lang="${lang}"><head><title>t</title>${extra}</head><body></body></html>`;

describe('pages the search index should hold', () => {
  it('reads <html lang> and robots noindex (in any spelling) with the HTML parser, and skips 404.html', () => {
    const tree = memoryTree({
      'index.html': page('vi'),
      '404.html': page('vi', '<meta name="robots" content="noindex">'),
      'en/index.html': page('en-GB'),
      'tim-kiem/index.html': page('vi', '<META NAME="Robots" CONTENT="noindex, follow">'),
      'nhung/a/index.html': page('vi', '<meta name="robots" content="none">'),
      'b/index.html': page('vi', '<meta name="description" content="noindex is just a word here">'),
    });
    expect(builtPages(tree)).toEqual([
      { path: 'b/', lang: 'vi', indexable: true },
      { path: 'en/', lang: 'en-gb', indexable: true },
      { path: '', lang: 'vi', indexable: true },
      { path: 'nhung/a/', lang: 'vi', indexable: false },
      { path: 'tim-kiem/', lang: 'vi', indexable: false },
    ]);
  });
});

describe('comparing the index with the build', () => {
  const built = [
    { path: '', lang: 'vi', indexable: true },
    { path: 'en/', lang: 'en', indexable: true },
    { path: 'tim-kiem/', lang: 'vi', indexable: false },
  ];
  const ok: IndexedPage[] = [{ path: '', title: 'Trang chủ', lang: 'vi' }, { path: 'en/', title: 'Home', lang: 'en' }];
  const langs = [{ lang: 'vi', pageCount: 1 }, { lang: 'en', pageCount: 1 }];

  it('accepts an index with every indexable page once, in its language', () => {
    expect(compareIndex(built, ok, langs)).toEqual([]);
  });

  it('names a missing page, a noindex page, a page not built (a draft), a wrong language and a wrong count', () => {
    const indexed: IndexedPage[] = [
      { path: '', title: 'Trang chủ', lang: 'en' },
      { path: 'tim-kiem/', title: 'Tìm', lang: 'vi' },
      { path: 'cau-chuyen/ban-nhap/', title: 'Nháp', lang: 'vi' },
    ];
    const ps = compareIndex(built, indexed, langs);
    // vi holds 2 pages where the entry says 1; en holds 1 (the home page, in the wrong index) as it says.
    expect(ps).toHaveLength(5);
    expect(ps.filter((p) => p.includes('/ có lang="vi"'))).toHaveLength(1);
    expect(ps.filter((p) => p.includes('/tim-kiem/ có <meta name="robots"'))).toHaveLength(1);
    expect(ps.filter((p) => p.includes('/cau-chuyen/ban-nhap/ nhưng bản dựng không có'))).toHaveLength(1);
    expect(ps.filter((p) => p.includes('/en/ không có trong chỉ mục'))).toHaveLength(1);
    expect(ps.filter((p) => p.includes('ghi 1 trang "vi" mà API trả về 2'))).toHaveLength(1);
    expect(ps.every((p) => p.includes('Sửa:'))).toBe(true);
  });

  it('reports a page indexed twice', () => {
    expect(compareIndex(built, [...ok, ok[0]!], [{ lang: 'vi', pageCount: 2 }, { lang: 'en', pageCount: 1 }])).toEqual([expect.stringContaining('có hai lần')]);
  });
});
