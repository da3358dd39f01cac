/**
 * Story images on disk. A reference must name a file directly in the stories' `images/` folder;
 * the file must really be there (symlinks resolved, never leaving the folder) and be an image
 * the build can read, so anything `validate` accepts the image pipeline accepts too.
 */
import { closeSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import type { ErrorCode } from '../../schemas/cells';
import type { Problem } from '../validate/problem';
import { excerpt } from '../validate/problem';
import { normaliseUrl, urlScheme } from './url-check';

/** Image file types the pipeline accepts. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** A problem with one image reference, before it gets its file and line. */
export interface ImageProblem {
  code: ErrorCode;
  message: string;
}

/** Lists the names of files in a folder, or an empty set when it does not exist. */
export function listDir(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

/** The first bytes of each accepted format (AVIF: an ISO box `ftyp` with an avif brand). */
function sniff(head: Uint8Array): 'jpeg' | 'png' | 'webp' | 'avif' | null {
  const ascii = (a: number, b: number) => String.fromCharCode(...head.subarray(a, b));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif';
  return null;
}

function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks one file of the images folder as the build will read it: a regular file (a symlink is
 * followed, and must stay inside the folder) holding a JPEG, PNG, WebP or AVIF image.
 */
export function checkImageFile(imagesDir: string, name: string, folderRel: string): ImageProblem | null {
  const path = join(imagesDir, name);
  try {
    const link = lstatSync(path).isSymbolicLink();
    const real = realpathSync(path);
    const root = realpathSync(imagesDir);
    if (link && !real.startsWith(root + sep)) {
      return { code: 'file-error', message: `tệp ảnh ${folderRel}/${name} là một liên kết (symlink) trỏ ra ngoài thư mục ảnh. Sửa: xóa liên kết và chép chính tệp ảnh vào ${folderRel}/.` };
    }
    if (!statSync(real).isFile()) {
      return { code: 'file-error', message: `${folderRel}/${name} không phải một tệp ảnh. Sửa: xóa nó khỏi ${folderRel}/ hoặc thay bằng tệp ảnh.` };
    }
    if (!sniff(readHead(real))) {
      return { code: 'file-error', message: `tệp ${folderRel}/${name} không phải ảnh JPEG, PNG, WebP hay AVIF (có thể bị hỏng hoặc chỉ đổi đuôi tệp). Sửa: mở ảnh bằng trình xem ảnh và lưu lại dạng JPEG.` };
    }
  } catch {
    return { code: 'file-error', message: `không đọc được tệp ảnh ${folderRel}/${name} (liên kết hỏng hoặc không có quyền đọc). Sửa: chép lại tệp ảnh vào ${folderRel}/.` };
  }
  return null;
}

/** Every image-like file of the folder is read by the build (it imports the whole folder): check them all. */
export function checkImagesFolder(imagesDir: string, folderRel: string, skip: ReadonlySet<string> = new Set()): Problem[] {
  const out: Problem[] = [];
  for (const name of [...listDir(imagesDir)].sort()) {
    if (skip.has(name)) continue;
    const ext = name.split('.').pop()!.toLowerCase();
    if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) continue;
    const bad = checkImageFile(imagesDir, name, folderRel);
    if (bad) out.push({ ...bad, file: `${folderRel}/${name}`, line: null, field: null });
  }
  return out;
}

/**
 * Checks a local image reference (`./images/x.jpg`, percent-escapes decoded): inside the images
 * folder, a known type, present on disk with the exact case. `images` lists the folder's files.
 */
export function checkImageRef(src: string, images: ReadonlySet<string>, fileRel: string, imagesDir: string | null = null): ImageProblem | null {
  const folder = posix.join(posix.dirname(fileRel), 'images');
  const shown = excerpt(src, 120);
  const normal = normaliseUrl(src);
  if (urlScheme(normal) !== null || normal.startsWith('//') || normal.startsWith('\\\\')) {
    return { code: 'constraint-error', message: `ảnh "${shown}" lấy từ trang khác. Sửa: tải ảnh về, chép vào ${folder}/ và ghi src: "./images/ten-anh.jpg" (trang không tải gì từ trang khác).` };
  }
  const name = imageName(src);
  if (name === null) {
    return { code: 'constraint-error', message: `ảnh "${shown}" phải nằm trong thư mục ${folder}/. Sửa: chép ảnh vào đó và ghi đường dẫn dạng "./images/ten-anh.jpg".` };
  }
  const ext = name.split('.').pop()!.toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
    return { code: 'constraint-error', message: `tệp "${excerpt(name, 120)}" không phải loại ảnh dùng được. Sửa: dùng ảnh ${IMAGE_EXTENSIONS.join(', ')}.` };
  }
  if (!images.has(name)) {
    const near = [...images].find((f) => f.toLowerCase() === name.toLowerCase());
    const hint = near ? `có tệp "${near}" gần giống: tên phải khớp cả chữ hoa, chữ thường và đuôi tệp` : `chép ảnh vào ${folder}/ với đúng tên "${excerpt(name, 120)}", hoặc sửa đường dẫn cho khớp tên tệp ảnh`;
    return { code: 'file-error', message: `không tìm thấy tệp ảnh ${folder}/${excerpt(name, 120)}. Sửa: ${hint}.` };
  }
  return imagesDir === null ? null : checkImageFile(imagesDir, name, folder);
}

/** The file name a valid local reference points at (`./images/a%20b.jpg` → `a b.jpg`), or null. */
export function imageName(src: string): string | null {
  let decoded = src;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    /* keep as written */
  }
  return /^images\/([^/]+)$/.exec(posix.normalize(decoded.trim().replace(/\\/g, '/')))?.[1] ?? null;
}
