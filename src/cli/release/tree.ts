/** A read-only tree of files (a built site), on disk or in memory, so the checks are testable. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files addressed by POSIX paths relative to the tree's root, e.g. `ke-hoach/index.html`. */
export interface FileTree {
  /** Every file, sorted. */
  files(): string[];
  has(path: string): boolean;
  bytes(path: string): Uint8Array;
  text(path: string): string;
}

/** A tree held in memory: `{ 'index.html': '<!doctype html>…' }`. */
export function memoryTree(files: Record<string, string | Uint8Array>): FileTree {
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const get = (p: string) => {
    const v = files[p];
    if (v === undefined) throw new Error(`no file ${p}`);
    return v;
  };
  return {
    files: () => Object.keys(files).sort(),
    has: (p) => Object.hasOwn(files, p),
    bytes: (p) => {
      const v = get(p);
      return typeof v === 'string' ? enc.encode(v) : v;
    },
    text: (p) => {
      const v = get(p);
      return typeof v === 'string' ? v : dec.decode(v);
    },
  };
}

/** Lists every file under `root`, as sorted POSIX relative paths. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(join(dir, e.name), r);
      else if (e.isFile() || (e.isSymbolicLink() && statSync(join(dir, e.name)).isFile())) out.push(r);
    }
  };
  walk(root, '');
  // Code-unit order, not locale order, so lists are the same on every machine.
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A tree backed by a folder on disk. Texts are cached: the crawler reads pages more than once. */
export function dirTree(root: string): FileTree {
  const all = listFiles(root);
  const set = new Set(all);
  const cache = new Map<string, string>();
  return {
    files: () => all,
    has: (p) => set.has(p),
    bytes: (p) => readFileSync(join(root, p)),
    text: (p) => {
      let t = cache.get(p);
      if (t === undefined) {
        t = readFileSync(join(root, p), 'utf8');
        cache.set(p, t);
      }
      return t;
    },
  };
}
