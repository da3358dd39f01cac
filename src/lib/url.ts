/** Building internal links that respect the deployment base path. */

/** Joins the site base (e.g. "/" or "/giam-ngheo/") and a site path (e.g. "ke-hoach/"). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/** Folds Vietnamese to ASCII: strips diacritics and maps đ→d, Đ→D (Pagefind does not fold đ). */
export function foldVi(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** A URL slug from Vietnamese text: "Gia đình chị Đặng Thị Hoa" → "gia-dinh-chi-dang-thi-hoa". */
export function slugify(s: string): string {
  return foldVi(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
