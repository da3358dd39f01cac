/**
 * `npm run check:release [-- --only determinism,html,links,subpath]`: the release checks in one go.
 *  - determinism: two builds from the same sources (cold caches) give identical files; build A is
 *    then the folder the next two checks read,
 *  - html: W3C Nu validator, 0 errors on every page,
 *  - links: crawl (links, assets, anchors, Pagefind, third-party requests, CSP, _headers coverage),
 *  - subpath: a build with BASE=/giam-ngheo/ crawled, served and opened in Chromium.
 * Runs each script as its own process, prints their output and a summary; exits 1 if any failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { argValue, runBuild, seconds, table } from './release/process';

const root = process.cwd();
const argv = process.argv.slice(2);
const ALL = ['determinism', 'html', 'links', 'subpath'] as const;
const only = (argValue(argv, 'only')?.split(',') ?? [...ALL]) as string[];
const dirA = resolve('.tmp/dist-release-a');
const dirB = resolve('.tmp/dist-release-b');

interface Step { name: string; ok: boolean; ms: number; summary: string }
const steps: Step[] = [];

function script(name: string, file: string, args: string[]): void {
  console.log(`\n=== ${name}: ${['tsx', `src/cli/${file}`, ...args].join(' ')}`);
  const t0 = performance.now();
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli', file), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 << 20 });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const lines = `${r.stdout}`.trim().split('\n');
  steps.push({ name, ok: r.status === 0, ms: performance.now() - t0, summary: r.status === 0 ? lines[lines.length - 1] ?? '' : (r.stderr.trim().split('\n').pop() ?? `mã ${r.status}`) });
}

if (only.includes('determinism')) {
  script('determinism', 'check-determinism.ts', ['--a', dirA, '--b', dirB]);
} else if ((only.includes('html') || only.includes('links')) && !existsSync(join(dirA, 'index.html'))) {
  const run = runBuild(root, dirA, { cacheDir: '.tmp/cache-release-a', log: '.tmp/release-logs/release-a.log' });
  if (!run.ok) {
    console.error(`Bản dựng thất bại (nhật ký: ${run.log}):\n${run.tail}`);
    process.exit(1);
  }
}
if (existsSync(join(dirA, 'index.html'))) {
  if (only.includes('html')) script('html', 'check-html.ts', ['--dir', dirA]);
  if (only.includes('links')) script('links', 'check-links.ts', ['--dir', dirA, '--base', '/']);
} else if (only.includes('html') || only.includes('links')) {
  steps.push({ name: 'html/links', ok: false, ms: 0, summary: `không có bản dựng ${dirA}` });
}
if (only.includes('subpath')) script('subpath', 'check-subpath.ts', []);

console.log(`\n=== Tóm tắt\n${table([['kiểm tra', 'kết quả', 'thời gian', 'dòng cuối'], ...steps.map((s) => [s.name, s.ok ? 'ĐẠT' : 'HỎNG', seconds(s.ms), s.summary.slice(0, 110)])])}`);
const failed = steps.filter((s) => !s.ok);
// A plain closing line that test-result readers understand.
console.log(`\n${steps.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
