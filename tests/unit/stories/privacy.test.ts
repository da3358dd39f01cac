/** The privacy guard: phone numbers, ID numbers and house addresses, without flagging ordinary text. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { findPrivacyInSlug, findPrivacyIssues, maskDigits, normalizeReaderText } from '../../../src/lib/stories/privacy';

const kinds = (s: string) => findPrivacyIssues(s).map((f) => f.kind);

describe('phone numbers', () => {
  it.each([
    '0905123456',
    'gọi 0905 123 456 nhé',
    '0905.123.456',
    '090-512-3456',
    '+84 905 123 456',
    '+84905123456',
    '(+84) 905.123.456',
    '84905123456',
    '0359 123 456',
    '0259 3822 123',
    '(0259) 3822123',
    '02593822123',
  ])('finds %s', (s) => {
    expect(kinds(s)).toEqual(['phone']);
  });
});

describe('ID numbers (CMND 9 digits, CCCD 12 digits)', () => {
  it.each(['CMND 264123456', 'số CCCD: 058190001234', 'căn cước 058 190 001 234', 'mã 058190001234 ở đây', 'số 264123456'])('finds %s', (s) => {
    expect(kinds(s)).toEqual(['id-number']);
  });
});

describe('house-number addresses', () => {
  it.each([
    'sống ở số 12 đường Ngô Gia Tự',
    'số nhà 45, khu phố 3',
    'nhà số 7 gần chợ',
    'ở 12/3 Nguyễn Văn Cừ',
    '12/3 đường Thống Nhất',
    'số 12 Nguyễn Trãi',
    'ở 45 đường Thống Nhất',
    'trong hẻm 12 gần chợ',
    'kiệt 5 Lê Duẩn',
    'số 8, hẻm nhỏ',
  ])('finds %s', (s) => {
    expect(kinds(s)).toContain('address');
  });
});

describe('ordinary text is not flagged', () => {
  it.each([
    'Thu nhập 2,6 triệu đồng mỗi tháng năm 2022, tăng từ 1,7 triệu đồng.',
    'vay 50 triệu đồng, trả góp 150.000.000 đồng',
    'Kế hoạch 122/KH-UBND ngày 11/3/2024 của UBND thành phố.',
    'từ 1/11/2024 Phủ Hà nhận thêm Thanh Sơn',
    'tỷ lệ hộ nghèo 0,72% cuối năm 2024',
    'mã phường 22738, mã thành phố 582',
    'published: 2024-05-15',
    'form_ref: "MH-2024-01"',
    '- **2021**: Chồng bị tai nạn lao động.',
    '2021 2022 2023 2024',
    'mười bốn con dê, năm miệng ăn, hai sào vườn',
    'Dự án số 2 về đa dạng hóa sinh kế',
    'số tiền 150000000 đồng',
    'khoảng 40 mét vuông, giá trị gần 60 triệu đồng',
    'ở khu phố 3, phường Đô Vinh',
  ])('%s', (s) => {
    expect(findPrivacyIssues(s)).toEqual([]);
  });
});

it('reports line and column of each finding, in reading order', () => {
  const f = findPrivacyIssues('dòng một\ngọi 0905123456 hoặc số nhà 45\n');
  expect(f.map((x) => [x.kind, x.line, x.column])).toEqual([
    ['phone', 2, 4],
    ['address', 2, 20],
  ]);
  expect(f[0]!.message).toMatch(/^có số điện thoại .*Sửa: /);
});

it('masks all but the first and last two digits', () => {
  expect(maskDigits('0905 123 456')).toBe('09•• ••• •56');
  expect(maskDigits('058190001234')).toBe('05••••••••34');
});

describe('phones written to slip past a text scan (issue 10)', () => {
  it.each([
    '0084 905 123 456',
    '0905/123/456',
    '0905–123–456',
    '0905 — 123 — 456',
    '０９０５ １２３ ４５６',
    '09\u200b05\u200c123\u2060456',
    '0905\u00ad123\u00ad456',
    '\u202a0905 123 456\u202c',
    '\ufeff0905123456',
    '&#48;905 123 456',
    '&#x30;905&nbsp;123&nbsp;456',
    '0905\n123 456',
    'SĐT 0905 123 456',
    'Zalo: 0905123456',
    'hotline (0259) 3822 123',
    'ĐT: 068 3822 123',
    '+84 (0) 905 123 456',
    '(+84)905-123-456',
    'điện thoại 0 9 0 5 1 2 3 4 5 6',
    'GỌI 0905.123.456',
  ])('finds %j', (s) => {
    expect(kinds(s)).toEqual(['phone']);
  });

  it('finds two phones in one sentence', () => {
    expect(kinds('gọi 0905 123 456 hoặc 0912 345 678')).toEqual(['phone', 'phone']);
  });
});

describe('ID numbers grouped any way (issue 10)', () => {
  it.each([
    '079 123 456 789',
    '079.123.456.789',
    '0791-2345-6789',
    '0 7 9 1 2 3 4 5 6 7 8 9',
    '０７９１２３４５６７８９',
    'CMT 264 123 456',
    'CMT: 264.123.456',
    'chứng minh thư 264123456',
    'chứng minh nhân dân số 264 123 456',
    'số định danh 079 1234 56789',
    'CCCD\n079 123 456 789',
    'hộ chiếu C1234567',
  ])('finds %j', (s) => {
    expect(kinds(s)).toEqual(['id-number']);
  });
});

describe('house addresses in the common forms (issue 10)', () => {
  it.each([
    'ở 12 Trần Phú',
    'nhà ở 12A Trần Hưng Đạo',
    '12/3 Lê Lợi',
    'Đ. Lê Lợi',
    'đ. Lê Lợi, phường Đô Vinh',
    '12 Đ. Lê Lợi',
    '12 TRẦN PHÚ',
    'SỐ NHÀ 45',
    'HẺM 12 NGÔ GIA TỰ',
    '45 ĐƯỜNG THỐNG NHẤT',
    'K12/5 Hùng Vương',
    'số 12, đường Thống Nhất',
    'ngách 4',
    '351 16 Tháng 4',
    'số nhà 4&#53;',
  ])('finds %j', (s) => {
    expect(kinds(s)).toEqual(['address']);
  });
});

describe('numbers a reader does not take for personal data', () => {
  it.each([
    '5,5 triệu đồng',
    '150.000.000 đồng',
    '1.234.567 đ',
    'vay 840.000.000.000 đồng',
    'năm 2024',
    '2024-10-20',
    '1/11/2024',
    '11/3/2024',
    'từ 05/10/2024 - 07/11/2024',
    'tháng 3/2024',
    '0,97%',
    'giảm từ 3,2% xuống 2,1 %',
    '122/KH-UBND',
    'Nghị quyết 1198/NQ-UBTVQH15',
    'Nghị định 07/2021/NĐ-CP',
    'Quyết định số 1722/QĐ-TTg',
    'Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021',
    '532 hộ',
    '12 hộ nghèo',
    'bà 72 tuổi',
    'Dự án 3',
    'tiểu dự án 2',
    'mã 22738',
    '16 phường, xã',
    'khoảng 40 m2, 2 ha và 14 con bò, 300 kg lúa',
    'tổ 5 khu phố 3',
    'các năm 2021, 2022, 2023',
    'năm 2021 2022 2023',
    'Năm 2023 Chị H. thoát nghèo',
    'ngày 20/10 Hội Phụ nữ phường tặng quà',
    'chị Đ. Lan Anh bán bánh căn',
    'kinh phí 481.082.542.755\n27 phường, xã',
    'ở đường Thống Nhất, phường Đô Vinh',
  ])('%j', (s) => {
    expect(findPrivacyIssues(s)).toEqual([]);
  });
});

describe('positions refer to the original text', () => {
  it('counts invisible characters and character references in the column', () => {
    const f = findPrivacyIssues('dòng một\n\u200bgọi ０９０５ 123 456');
    expect(f.map((x) => [x.kind, x.line, x.column, x.match])).toEqual([['phone', 2, 5, '０９０５ 123 456']]);
    expect(findPrivacyIssues('x &#48;905123456')[0]).toMatchObject({ line: 1, column: 2, match: '&#48;905123456' });
  });

  it('starts a number split across lines on its first line', () => {
    expect(findPrivacyIssues('ghi chú\ngọi 0905\n123 456 nhé')[0]).toMatchObject({ kind: 'phone', line: 2, column: 4, match: '0905\n123 456' });
  });

  it('reads CRLF and CR-only line endings as one break each', () => {
    expect(findPrivacyIssues('a\r\nb 0905123456')[0]).toMatchObject({ line: 2, column: 2 });
    expect(findPrivacyIssues('a\rb\r0905123456')[0]).toMatchObject({ line: 3, column: 0 });
  });

  it('never repeats the number in the message', () => {
    const [f] = findPrivacyIssues('CCCD 079 123 456 789');
    expect(f!.message).toContain('07• ••• ••• •89');
    expect(f!.message).not.toContain('123');
    expect(f!.message).toMatch(/Sửa: /);
  });
});

describe('normalizeReaderText', () => {
  it.each([
    ['０９０５', '0905'],
    ['&#48;&#x31;&nbsp;2', '01 2'],
    ['a\u200bb\u00adc\u2060d\ufeffe\u200ef', 'abcdef'],
    ['1–2—3−4‒5', '1-2-3-4-5'],
    ['Tra\u0302\u0300n', 'Trần'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['٠٩٠٥', '0905'],
  ])('%j → %j', (a, b) => {
    expect(normalizeReaderText(a)).toBe(b);
  });
});

describe('slugs and file names', () => {
  it('reads hyphens as separators', () => {
    expect(findPrivacyInSlug('ten-chi-0905-123-456-o-do-vinh').map((f) => [f.kind, f.column])).toEqual([['phone', 8]]);
    expect(findPrivacyIssues('ten-chi-0905-123-456-o-do-vinh').map((f) => f.kind)).toEqual(['phone']);
    expect(findPrivacyInSlug('cccd-079123456789-chi-h').map((f) => f.kind)).toEqual(['id-number']);
  });

  it.each(['so-nha-45-phuong-do-vinh', 'nha-chi-h-o-12-tran-phu', 'hem-12-ngo-gia-tu', '45-duong-thong-nhat'])('finds the address in %s', (s) => {
    expect(findPrivacyInSlug(s).map((f) => f.kind)).toEqual(['address']);
  });

  it('passes the shipped slugs and ordinary ones', () => {
    const slugs = readdirSync('content/stories').filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, ''));
    expect(slugs.length).toBeGreaterThan(0);
    for (const s of [...slugs, 'nam-2023-thoat-ngheo', 'du-an-3-ho-tro-sinh-ke', 'ke-hoach-122-kh-ubnd', 'nam-2024-le-hoi-kate', 'khu-pho-3-tran-phu']) expect(findPrivacyInSlug(s)).toEqual([]);
  });
});

it('the shipped stories have no findings (frontmatter values and body)', () => {
  const files = readdirSync('content/stories').filter((n) => n.endsWith('.mdx'));
  for (const n of files) {
    const raw = readFileSync(`content/stories/${n}`, 'utf8').replace(/^(\s*-?\s*)[A-Za-z_]+:/gm, '$1');
    expect(findPrivacyIssues(raw), n).toEqual([]);
    for (const block of raw.split(/\n\s*\n/)) expect(findPrivacyIssues(block), n).toEqual([]);
  }
});
