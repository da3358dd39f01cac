/**
 * Checking a Pagefind bundle on a file tree: the entry file, each language's metadata, and every
 * index chunk, filter and page fragment the metadata names. The metadata (`*.pf_meta`) is gzip
 * of "pagefind_dcd" followed by CBOR; a minimal CBOR reader is enough for it.
 */
import { gunzipSync } from 'node:zlib';
import type { FileTree } from './tree';

/** A decoded CBOR value (the subset Pagefind writes). */
export type Cbor = number | bigint | string | Uint8Array | boolean | null | undefined | Cbor[] | Map<Cbor, Cbor>;

/** Decodes one CBOR item at the start of `bytes`. Throws on malformed input. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 0;
  const dec = new TextDecoder('utf-8', { fatal: true });
  const need = (n: number) => {
    if (pos + n > bytes.length) throw new Error('CBOR bị cắt cụt');
  };
  const arg = (info: number): number | null => {
    if (info < 24) return info;
    if (info === 24) { need(1); return view.getUint8(pos++); }
    if (info === 25) { need(2); const v = view.getUint16(pos); pos += 2; return v; }
    if (info === 26) { need(4); const v = view.getUint32(pos); pos += 4; return v; }
    if (info === 27) { need(8); const v = Number(view.getBigUint64(pos)); pos += 8; return v; }
    if (info === 31) return null; // indefinite length
    throw new Error(`CBOR: độ dài không hợp lệ ${info}`);
  };
  const item = (): Cbor => {
    need(1);
    const b = view.getUint8(pos++);
    const major = b >> 5;
    const info = b & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      if (info === 23) return undefined;
      if (info === 25) { need(2); pos += 2; return NaN; } // half floats: not used by Pagefind
      if (info === 26) { need(4); const v = view.getFloat32(pos); pos += 4; return v; }
      if (info === 27) { need(8); const v = view.getFloat64(pos); pos += 8; return v; }
      throw new Error(`CBOR: giá trị đơn không hỗ trợ ${info}`);
    }
    const n = arg(info);
    switch (major) {
      case 0: return n!;
      case 1: return -1 - n!;
      case 2:
      case 3: {
        if (n === null) {
          const parts: (string | Uint8Array)[] = [];
          while (view.getUint8(pos) !== 0xff) parts.push(item() as string | Uint8Array);
          pos++;
          return major === 3 ? (parts as string[]).join('') : concat(parts as Uint8Array[]);
        }
        need(n);
        const slice = bytes.subarray(pos, pos + n);
        pos += n;
        return major === 3 ? dec.decode(slice) : slice;
      }
      case 4: {
        const out: Cbor[] = [];
        if (n === null) { while (view.getUint8(pos) !== 0xff) out.push(item()); pos++; }
        else for (let i = 0; i < n; i++) out.push(item());
        return out;
      }
      case 5: {
        const out = new Map<Cbor, Cbor>();
        if (n === null) { while (view.getUint8(pos) !== 0xff) out.set(item(), item()); pos++; }
        else for (let i = 0; i < n; i++) out.set(item(), item());
        return out;
      }
      case 6: return item(); // a tag: keep the tagged value
      default: throw new Error('CBOR: kiểu không hỗ trợ');
    }
  };
  return item();
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}

/** What a language's metadata names: page fragments, index chunks and filter chunks, by hash. */
export interface PagefindMeta {
  version: string;
  pages: string[];
  indexChunks: string[];
  filters: string[];
}

const SIGNATURE = 'pagefind_dcd';

/** Reads a `.pf_meta` file (gzip + signature + CBOR) into the hashes it names. */
export function readPagefindMeta(gz: Uint8Array): PagefindMeta {
  const raw = gunzipSync(gz);
  const sig = new TextDecoder().decode(raw.subarray(0, SIGNATURE.length));
  if (sig !== SIGNATURE) throw new Error(`thiếu chữ ký "${SIGNATURE}"`);
  const root = decodeCbor(raw.subarray(SIGNATURE.length));
  if (!Array.isArray(root) || typeof root[0] !== 'string') throw new Error('cấu trúc metadata không như mong đợi');
  // [version, pages [[hash, words, …]], index chunks [[from, to, hash]], filters [[name, hash]], sorts]
  const list = (v: Cbor): Cbor[][] => (Array.isArray(v) ? v.filter(Array.isArray) : []);
  return {
    version: root[0],
    pages: list(root[1]).map((p) => String(p[0])),
    indexChunks: list(root[2]).map((c) => String(c[2])),
    filters: list(root[3]).map((f) => String(f[1])),
  };
}

/** A problem with the Pagefind bundle. */
export interface PagefindProblem {
  file: string;
  message: string;
}

/** Figures and problems of a Pagefind bundle check. */
export interface PagefindCheck {
  /** True when the tree has a bundle at `pagefind/`. */
  present: boolean;
  languages: string[];
  /** Pages in the index, over all languages. */
  pages: number;
  /** Files of the bundle that were checked to exist. */
  files: number;
  problems: PagefindProblem[];
}

/** Checks that every file the Pagefind bundle at `dir` (default `pagefind/`) needs is there. */
export function checkPagefind(tree: FileTree, dir = 'pagefind/'): PagefindCheck {
  const out: PagefindCheck = { present: false, languages: [], pages: 0, files: 0, problems: [] };
  const entryPath = `${dir}pagefind-entry.json`;
  if (!tree.has(entryPath)) return out;
  out.present = true;
  const must = (file: string, why: string) => {
    out.files++;
    if (!tree.has(file)) out.problems.push({ file, message: `thiếu tệp Pagefind (${why}). Sửa: chạy lại "npm run build" để Pagefind tạo lại chỉ mục.` });
    return tree.has(file);
  };
  must(`${dir}pagefind.js`, 'thư viện tìm kiếm');
  must(`${dir}pagefind-worker.js`, 'worker tìm kiếm');
  let entry: { languages?: Record<string, { hash?: string; wasm?: string | null; page_count?: number }> };
  try {
    entry = JSON.parse(tree.text(entryPath));
  } catch (e) {
    out.problems.push({ file: entryPath, message: `không đọc được JSON: ${(e as Error).message}` });
    return out;
  }
  for (const [lang, info] of Object.entries(entry.languages ?? {})) {
    out.languages.push(lang);
    must(`${dir}wasm.${info.wasm ?? 'unknown'}.pagefind`, `WebAssembly cho ngôn ngữ ${lang}`);
    const metaPath = `${dir}pagefind.${info.hash}.pf_meta`;
    if (!must(metaPath, `metadata ngôn ngữ ${lang}`)) continue;
    let meta: PagefindMeta;
    try {
      meta = readPagefindMeta(tree.bytes(metaPath));
    } catch (e) {
      out.problems.push({ file: metaPath, message: `không đọc được metadata: ${(e as Error).message}` });
      continue;
    }
    out.pages += meta.pages.length;
    if (info.page_count !== undefined && info.page_count !== meta.pages.length) {
      out.problems.push({ file: entryPath, message: `page_count ${info.page_count} khác số trang trong metadata (${meta.pages.length}).` });
    }
    for (const h of meta.pages) must(`${dir}fragment/${h}.pf_fragment`, 'nội dung một trang');
    for (const h of meta.indexChunks) must(`${dir}index/${h}.pf_index`, 'một phần chỉ mục');
    for (const h of meta.filters) must(`${dir}filter/${h}.pf_filter`, 'bộ lọc');
  }
  if (out.languages.length === 0) out.problems.push({ file: entryPath, message: 'chỉ mục không có ngôn ngữ nào (không trang nào được đánh chỉ mục).' });
  return out;
}
