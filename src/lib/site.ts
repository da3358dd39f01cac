/** Site-wide constants: name, navigation, page types. */

/** The site's name. */
export const SITE_NAME = 'Giảm nghèo Phan Rang-Tháp Chàm';

/** The source document every page credits. */
export const PLAN_REF = 'Kế hoạch 122/KH-UBND (tháng 3/2024) của UBND thành phố Phan Rang-Tháp Chàm';

/** Main navigation: label and site path (without base). */
export const NAV = [
  { label: 'Trang chủ', path: '' },
  { label: 'Kế hoạch 2024', path: 'ke-hoach/' },
  { label: 'Phường/xã', path: 'phuong-xa/' },
  { label: 'Câu chuyện', path: 'cau-chuyen/' },
  { label: 'Dữ liệu', path: 'du-lieu/' },
  { label: 'Tìm kiếm', path: 'tim-kiem/' },
] as const;

/** Page types, used for search filters and social cards. */
export const PAGE_TYPES = {
  'trang-chu': 'Trang chủ',
  'ke-hoach': 'Kế hoạch',
  'phuong-xa': 'Phường/xã',
  'cau-chuyen': 'Câu chuyện',
  'du-lieu': 'Dữ liệu',
  'bieu-do': 'Biểu đồ',
  'gioi-thieu': 'Giới thiệu',
} as const;

/** A page type key. */
export type PageType = keyof typeof PAGE_TYPES;
