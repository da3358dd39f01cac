/**
 * Is dist/ what the sources say now? `npm start` (src/cli/start.ts) rebuilds when dist/ is missing
 * or any source is newer than it. `isDistFresh` is the pure decision; `sourceStamps` reads the disk.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads: folders are walked, files taken as they are. Missing entries are skipped. */
export const SOURCE_ENTRIES = ['src', 'data', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

/** A file or folder with its modification time (ms since the epoch). */
export interface Stamp {
  /** Path relative to the project root, with `/`. */
  path: string;
  mtimeMs: number;
}

/** The decision, with the reason in Vietnamese for the console. */
export interface Freshness {
  fresh: boolean;
  reason: string;
}

/**
 * `dist` is the stamp of the built site (its index.html), or null when there is none. Fresh only
 * when every source is at most as new as it. Folders count too: deleting or renaming a story
 * changes only its folder's time. The newest source is named in the reason.
 */
export function isDistFresh(dist: Stamp | null, sources: readonly Stamp[]): Freshness {
  if (dist === null) return { fresh: false, reason: 'chưa có bản dựng (dist/index.html)' };
  let newest: Stamp | null = null;
  for (const s of sources) if (s.mtimeMs > dist.mtimeMs && (newest === null || s.mtimeMs > newest.mtimeMs)) newest = s;
  if (newest === null) return { fresh: true, reason: 'bản dựng dist/ mới hơn mọi tệp nguồn' };
  const n = sources.filter((s) => s.mtimeMs > dist.mtimeMs).length;
  return { fresh: false, reason: `${newest.path} ${n > 1 ? `và ${n - 1} tệp/thư mục khác ` : ''}đã thay đổi sau lần dựng trước` };
}

/** Stamps of every source under `root` (SOURCE_ENTRIES, walked recursively; folders included). */
export function sourceStamps(root: string, entries: readonly string[] = SOURCE_ENTRIES): Stamp[] {
  const out: Stamp[] = [];
  const visit = (rel: string) => {
    const abs = join(root, rel);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return; // vanished while walking, or a broken link
    }
    out.push({ path: rel, mtimeMs: st.mtimeMs });
    if (st.isDirectory()) for (const name of readdirSync(abs).sort()) visit(`${rel}/${name}`);
  };
  for (const e of entries) if (existsSync(join(root, e))) visit(e);
  return out;
}

/** The stamp of the built site: `<dist>/index.html`, or null when it is missing. */
export function distStamp(dist: string): Stamp | null {
  try {
    return { path: 'dist/index.html', mtimeMs: statSync(join(dist, 'index.html')).mtimeMs };
  } catch {
    return null;
  }
}
