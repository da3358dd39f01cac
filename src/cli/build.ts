/**
 * `npm run build`: validate → astro build → pagefind, into a fresh folder that replaces
 * dist/ only when every step passed. A failed build leaves the previous dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pruneUnreferencedAssets } from '../lib/build/prune';
import { validateProject } from '../lib/validate/index';
import { formatReport } from '../lib/validate/problem';
import { originNotice } from '../lib/origin';

const root = process.cwd();
// ASTRO_OUT_DIR lets several builds (tests, sub-path checks) live side by side.
const dist = resolve(root, process.env.ASTRO_OUT_DIR ?? 'dist');
const tag = dist.replace(/[^a-zA-Z0-9]+/g, '_').slice(-40);
const next = join(root, '.tmp', `${tag}-next`);
const old = join(root, '.tmp', `${tag}-old`);
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const timings: string[] = [];

function step<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const r = fn();
  timings.push(`${label} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return r;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  // NODE_ENV decides what Vite calls a production build: a shell's NODE_ENV=development must not
  // turn the published site into a preview (drafts included).
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env } });
  if (r.status !== 0) {
    console.error(`\nBản dựng thất bại ở bước "${[cmd.split('/').pop(), ...args].join(' ')}"; dist/ cũ được giữ nguyên.`);
    process.exit(r.status ?? 1);
  }
}

const { report } = step('validate', () => validateProject(root));
if (report.problems.length > 0) {
  console.error(formatReport(report));
  console.error('\nBản dựng dừng lại vì dữ liệu chưa hợp lệ; dist/ cũ được giữ nguyên.');
  process.exit(1);
}
console.log(formatReport(report));
const notice = originNotice();
if (notice) console.log(notice);
rmSync(next, { recursive: true, force: true });
step('astro build', () => run(bin('astro'), ['build'], { ASTRO_OUT_DIR: next }));
const pruned = step('prune', () => pruneUnreferencedAssets(next));
if (pruned.length) console.log(`Đã bỏ ${pruned.length} tệp không trang nào dùng: ${pruned.join(', ')}`);
step('pagefind', () => run(bin('pagefind'), ['--site', next, '--silent']));
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
console.log(`Đã dựng ${relative(root, dist) || '.'}/: ${timings.join(', ')}.`);
