/** SHA-256 of every file of a tree, and the differences between two trees (determinism check). */
import { createHash } from 'node:crypto';
import type { FileTree } from './tree';

/** Hex SHA-256 of some bytes. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Path → SHA-256 for every file, in sorted path order. */
export function hashTree(tree: FileTree): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of tree.files()) out.set(f, sha256(tree.bytes(f)));
  return out;
}

/** How two trees differ. */
export interface TreeDiff {
  /** Files only in the first tree. */
  onlyA: string[];
  /** Files only in the second tree. */
  onlyB: string[];
  /** Files in both whose contents differ. */
  changed: string[];
  /** Files in both with the same contents. */
  same: number;
}

/** Compares two path → hash maps. */
export function diffHashes(a: Map<string, string>, b: Map<string, string>): TreeDiff {
  const out: TreeDiff = { onlyA: [], onlyB: [], changed: [], same: 0 };
  for (const [p, h] of a) {
    const hb = b.get(p);
    if (hb === undefined) out.onlyA.push(p);
    else if (hb !== h) out.changed.push(p);
    else out.same++;
  }
  for (const p of b.keys()) if (!a.has(p)) out.onlyB.push(p);
  const sort = (xs: string[]) => xs.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  sort(out.onlyA);
  sort(out.onlyB);
  sort(out.changed);
  return out;
}

/** True when the trees hold the same files with the same contents. */
export function identical(d: TreeDiff): boolean {
  return d.onlyA.length === 0 && d.onlyB.length === 0 && d.changed.length === 0;
}

/** Where two texts first differ: 1-based line and both lines (cut to `width` around the change). */
export function firstDifference(a: string, b: string, width = 160): { line: number; a: string; b: string } | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const line = a.slice(0, i).split('\n').length;
  const from = Math.max(0, i - width / 2);
  return { line, a: a.slice(from, from + width), b: b.slice(from, from + width) };
}
