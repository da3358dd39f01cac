/**
 * The one rule for image descriptions (alt text), used by the frontmatter schema (`cover.alt`,
 * src/schemas/story.ts) and by the body check (`![alt](…)`, `<Figure alt="…">`, validate.ts).
 * A description must tell someone who cannot see the image what it shows: a file name, a camera
 * code, generic words ("ảnh 1", "hình minh họa", "photo") or fewer than three words do not. Pure.
 */
import { foldVi } from '../url';

/** Fewest words (Vietnamese syllables count as words) a description may have. */
export const ALT_MIN_WORDS = 3;

/**
 * Words that say "this is an image" or "fill me in" and nothing about the image, diacritics
 * folded: ảnh, hình, tranh, minh họa, bìa, chụp, số, mô tả, tạm, mẫu, chưa có, cập nhật, …
 */
const GENERIC = new Set([
  'anh', 'hinh', 'tranh', 'minh', 'hoa', 'bia', 'chup', 'so', 'mo', 'ta', 'tam', 'mau', 'thu', 'chua', 'co', 'cap', 'nhat',
  'dai', 'dien', 'vi', 'du', 'khong', 'ten', 'tep', 'file', 'image', 'images', 'img', 'photo', 'photos', 'picture', 'pic', 'pics',
  'foto', 'fig', 'figure', 'cover', 'alt', 'text', 'untitled', 'placeholder', 'todo', 'tbd', 'test', 'xxx', 'abc', 'asdf', 'none',
  'null', 'undefined', 'dsc', 'dscn', 'dcim', 'pxl', 'screenshot', 'jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'heic',
]);

const FILE_NAME = /^\S+\.(jpe?g|png|gif|webp|avif|svg|heic|heif|tiff?|bmp)$/i;

/** Template blanks `[[…]]` are reported by their own rule (they must be filled before publishing). */
const TEMPLATE_BLANK = /\[\[[^\]]*\]\]/;

const FIX = `Sửa: viết một hai câu tả điều ảnh cho thấy (ai, đang làm gì, ở đâu), ít nhất ${ALT_MIN_WORDS} từ, ví dụ "Chị H. đứng bên lò gốm vừa nung xong".`;

/**
 * Why `alt` is a placeholder rather than a description, with the fix (Vietnamese, no field name:
 * callers prefix it), or null when it describes the image. Blank text and template blanks return
 * null: the required-field and template rules report those. `src`, when given, is the image path:
 * an alt equal to its file name is caught even without an extension.
 */
export function placeholderAltProblem(alt: string, src?: string): string | null {
  const s = alt.normalize('NFC').trim();
  if (s === '' || TEMPLATE_BLANK.test(s)) return null;
  const fileOf = (p: string) => p.split(/[\\/]/).pop()!.replace(/\.[a-z0-9]+$/i, '').toLowerCase();
  // A file name, a path, or a slug (`lo-gom-nho`, `IMG_2024`): one run of text without spaces.
  if (FILE_NAME.test(s) || (/[\\/_-]/.test(s) && !/\s/.test(s)) || (src && fileOf(src) !== '' && fileOf(s) === fileOf(src))) {
    return `là tên tệp ảnh, không phải mô tả. ${FIX}`;
  }
  const tokens = foldVi(s).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const words = tokens.filter((t) => /[a-z]/.test(t));
  if (words.length === 0) return `chỉ có số hoặc ký hiệu, không tả gì về ảnh. ${FIX}`;
  // A camera or file code such as IMG_2024, DSC0001, img-123 (letters and digits run together).
  if (words.every((w) => GENERIC.has(w.replace(/\d+/g, '')) || /^[a-z]{1,5}\d+$/.test(w))) {
    return `chỉ là chữ giữ chỗ, không cho người không nhìn thấy ảnh biết ảnh có gì. ${FIX}`;
  }
  if (words.length < ALT_MIN_WORDS) return `quá ngắn (${words.length} từ) để tả ảnh. ${FIX}`;
  return null;
}
