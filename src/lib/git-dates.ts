/** The day a file last changed, from git: what "dateModified" of a dataset means. */
import { spawnSync } from 'node:child_process';

const cache = new Map<string, string | null>();

/**
 * The committer day (YYYY-MM-DD) of the last commit that changed `file` (relative to `cwd`), or
 * `fallback` outside a git checkout or for a file never committed (a copied snapshot, a new file).
 */
export function lastCommitDay(file: string, fallback: string, cwd = process.cwd()): string {
  const key = `${cwd}\n${file}`;
  if (!cache.has(key)) {
    const r = spawnSync('git', ['log', '-1', '--format=%cs', '--', file], { cwd, encoding: 'utf8', timeout: 10_000 });
    const day = r.status === 0 ? r.stdout.trim() : '';
    cache.set(key, /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null);
  }
  return cache.get(key) ?? fallback;
}
