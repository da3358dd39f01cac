/** Story slugs: the file name of a story is its URL, derived from the Vietnamese title. */
import { slugify } from '../url';

export { slugify };

/** Slugs taken by the filter pages under /cau-chuyen/. */
export const RESERVED_SLUGS = ['phuong-xa', 'nam', 'ho-tro'] as const;

/** True when `s` is usable as a story file name and URL: lower-case ASCII letters, digits and single hyphens. */
export function isStorySlug(s: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s);
}

/** The slug of a story title: "Gia đình chị Đặng Thị Hoa" → "gia-dinh-chi-dang-thi-hoa". At most 80 characters, cut at a hyphen. */
export function storySlug(title: string): string {
  const s = slugify(title.normalize('NFC'));
  if (s.length <= 80) return s;
  const cut = s.slice(0, 81);
  const i = cut.lastIndexOf('-');
  return (i > 20 ? cut.slice(0, i) : s.slice(0, 80)).replace(/-+$/, '');
}
