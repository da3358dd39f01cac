/**
 * The files of a Pagefind bundle that its public entry file names: the library, its worker, and each
 * language's WebAssembly and metadata. What the index holds (pages, fragments, chunks) is not read
 * from Pagefind's private binary files: search.ts asks Pagefind's own API in Chromium.
 */
import type { FileTree } from './tree';

/** A problem with the Pagefind bundle. */
export interface PagefindProblem {
  file: string;
  message: string;
}

/** One language of the bundle, as `pagefind-entry.json` gives it. */
export interface PagefindLanguage {
  lang: string;
  /** Pages Pagefind says it indexed in that language. */
  pageCount: number;
}

/** Figures and problems of the bundle's files. */
export interface PagefindFiles {
  /** True when the tree has a bundle at `pagefind/`. */
  present: boolean;
  languages: PagefindLanguage[];
  /** Pages in the index over all languages, by the entry file. */
  pages: number;
  /** Files of the bundle that were checked to exist. */
  files: number;
  problems: PagefindProblem[];
}

interface Entry {
  languages?: Record<string, { hash?: string; wasm?: string | null; page_count?: number }>;
}

/** Checks that the files the entry of the bundle at `dir` (default `pagefind/`) names are there. */
export function checkPagefindFiles(tree: FileTree, dir = 'pagefind/'): PagefindFiles {
  const out: PagefindFiles = { present: false, languages: [], pages: 0, files: 0, problems: [] };
  const entryPath = `${dir}pagefind-entry.json`;
  if (!tree.has(entryPath)) return out;
  out.present = true;
  const must = (file: string, why: string) => {
    out.files++;
    if (!tree.has(file)) out.problems.push({ file, message: `thiếu tệp Pagefind (${why}). Sửa: chạy lại "npm run build" để Pagefind tạo lại chỉ mục.` });
  };
  must(`${dir}pagefind.js`, 'thư viện tìm kiếm');
  must(`${dir}pagefind-worker.js`, 'worker tìm kiếm');
  let entry: Entry;
  try {
    entry = JSON.parse(tree.text(entryPath)) as Entry;
  } catch (e) {
    out.problems.push({ file: entryPath, message: `không đọc được JSON: ${(e as Error).message}. Sửa: chạy lại "npm run build".` });
    return out;
  }
  for (const [lang, info] of Object.entries(entry.languages ?? {})) {
    const pageCount = info.page_count ?? 0;
    out.languages.push({ lang, pageCount });
    out.pages += pageCount;
    must(`${dir}wasm.${info.wasm ?? 'unknown'}.pagefind`, `WebAssembly cho ngôn ngữ ${lang}`);
    must(`${dir}pagefind.${info.hash ?? '?'}.pf_meta`, `metadata ngôn ngữ ${lang}`);
  }
  if (out.languages.length === 0) out.problems.push({ file: entryPath, message: 'chỉ mục không có ngôn ngữ nào (không trang nào được đánh chỉ mục). Sửa: kiểm tra data-pagefind-body trong BaseLayout rồi dựng lại.' });
  return out;
}
