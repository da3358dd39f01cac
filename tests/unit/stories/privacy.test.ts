/** The privacy guard: phone numbers, ID numbers and house addresses, without flagging ordinary text. */
import { describe, expect, it } from 'vitest';
import { findPrivacyIssues, maskDigits } from '../../../src/lib/stories/privacy';

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
