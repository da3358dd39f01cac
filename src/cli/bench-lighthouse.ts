/**
 * `npm run bench:lighthouse [-- --dir DIR --build --pages a/,b/ --runs 3 --port 0]`: Lighthouse (mobile preset:
 * emulated phone, simulated slow 4G, CPU 4× slower) with Debian's Chromium on one page of each
 * indexable type, and on its /en/ twin when the build has one. The build (rebuilt from the sources
 * unless --dir names an existing one) is served by src/cli/release/serve.ts as a real host serves
 * it: Brotli/gzip and the `_headers` rules. Prints the four scores per page and, for every point
 * lost, the audit that costs it; with --runs N, of the median of N runs per page. Asserts nothing:
 * the goal is 100 everywhere.
 *
 * Lighthouse 12.2.3 and Chromium 156: this Chromium writes the args of its `PipelineReporter` trace
 * events as `frame_reporter`, where Lighthouse's bundled trace engine reads `chrome_frame_reporter`
 * and throws "Cannot read properties of undefined (reading 'frame_sequence')": the RootCauses and
 * TraceElements gatherers fail, and with them six audits (largest-contentful-paint-element,
 * lcp-lazy-loaded, layout-shifts, non-composited-animations, prioritize-lcp-image,
 * render-blocking-resources). The trace format itself changed, so the throttling method does not
 * matter (--throttling devtools and provided: the same six errors), and the run plugs in the default Trace gatherer with those args copied back
 * under the old name (src/cli/release/lighthouse-trace.ts): every audit runs, nothing is skipped.
 * `--no-fix` runs the stock gatherer to show the errors; `--skip-broken` skips the six audits
 * instead (all weight 0 in their categories, so the scores are the same, the diagnostics lost).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumPath, QUIET_FLAGS } from './release/browser';
import { argValue, hasFlag, runBuild, seconds, table } from './release/process';
import { serveDir } from './release/serve';
import { lighthouseCauses, lostPoints, type LhrLike } from './release/lighthouse';
import { fixedEvents, fixedTraceConfig } from './release/lighthouse-trace';

const root = process.cwd();
const argv = process.argv.slice(2);
const dir = resolve(argValue(argv, 'dir') ?? '.tmp/dist-release-lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LABELS: Record<string, string> = { performance: 'Hiệu năng', accessibility: 'Tiếp cận', 'best-practices': 'Thực hành tốt', seo: 'SEO' };

/** The audits the stock Trace gatherer breaks on Chromium 156 (see above); skipped only with --skip-broken. */
const BROKEN_AUDITS = ['largest-contentful-paint-element', 'lcp-lazy-loaded', 'layout-shifts', 'non-composited-animations', 'prioritize-lcp-image', 'render-blocking-resources'];

/** Extra Lighthouse flags for trying workarounds: --throttling devtools|provided|simulate. */
function flagsFromArgs(): { throttlingMethod?: 'devtools' | 'provided' | 'simulate' } {
  const t = argValue(argv, 'throttling');
  return t === 'devtools' || t === 'provided' || t === 'simulate' ? { throttlingMethod: t } : {};
}

/** The first sub-folder page of a section (alphabetical), skipping `skip`, or `prefer` when built. */
function child(section: string, prefer?: string, skip: string[] = []): string | null {
  const d = resolve(dir, section);
  if (!existsSync(d)) return null;
  if (prefer && existsSync(resolve(d, prefer, 'index.html'))) return `${section}/${prefer}/`;
  const kids = readdirSync(d, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !skip.includes(e.name) && existsSync(resolve(d, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  return kids.length ? `${section}/${kids[0]}/` : null;
}

/** One page of each indexable type, then the /en/ twins that exist. */
function pagesToTest(): string[] {
  const given = argValue(argv, 'pages');
  if (given) return given.split(',');
  const types: (string | null)[] = [
    '', // home
    'ke-hoach/', // plan
    child('phuong-xa', 'do-vinh'), // ward
    child('bieu-do', 'ty-le-ho-ngheo'), // chart
    child('du-lieu', 'ward-poverty'), // dataset
    'cau-chuyen/', // stories list
    child('cau-chuyen', 'lo-gom-nho-cua-chi-h-o-do-vinh', ['ho-tro', 'nam', 'phuong-xa']), // story
    'gioi-thieu/', // about
    'phuong-phap/', // methodology
    'vi-nguoi-ngheo/', // fund
    'du-lieu/', // data index
  ];
  const vi = types.filter((p): p is string => p !== null && existsSync(resolve(dir, p, 'index.html')));
  const en = vi.map((p) => `en/${p}`).filter((p) => existsSync(resolve(dir, p, 'index.html')));
  return [...vi, ...en];
}

async function main(): Promise<void> {
  // Measure the current sources: rebuild unless a folder was named with --dir (and --build not given).
  if (hasFlag(argv, 'build') || !argValue(argv, 'dir') || !existsSync(resolve(dir, 'index.html'))) {
    const run = runBuild(root, dir, { cacheDir: '.tmp/cache-release-lighthouse', log: '.tmp/release-logs/lighthouse-build.log', env: { BASE: '/' } });
    if (!run.ok) {
      console.error(`Bản dựng thất bại (nhật ký: ${run.log}):\n${run.tail}`);
      process.exit(1);
    }
    console.log(`Đã dựng ${dir} (${seconds(run.ms)}).`);
  }
  const pages = pagesToTest();
  const server = await serveDir(dir, { port: Number(argValue(argv, 'port') ?? 0) });
  const chromium = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.split('\n').find((l) => /chromium/i.test(l))?.trim() ?? chromiumPath;
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', ...QUIET_FLAGS, ...(argValue(argv, 'chrome-flags')?.split(' ') ?? [])] });
  const fix = !hasFlag(argv, 'no-fix');
  const runCount = Math.max(1, Number(argValue(argv, 'runs') ?? 1));
  const skip = hasFlag(argv, 'skip-broken') ? BROKEN_AUDITS : [];
  const config = fix ? fixedTraceConfig : undefined;
  const rows: string[][] = [['trang', ...CATEGORIES.map((c) => LABELS[c]!), 'LCP', 'TBT', 'CLS', 'tải về']];
  const notes: string[] = [];
  try {
    for (const p of pages) {
      const url = `${server.url}/${p}`;
      const t0 = performance.now();
      // Several runs, the median one kept (Lighthouse's own choice by FCP and TTI): on a shared
      // machine Total Blocking Time swings with the load.
      const runs = [];
      for (let i = 0; i < runCount; i++) {
        const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], skipAudits: skip, ...flagsFromArgs() }, config);
        if (!r) throw new Error(`Lighthouse không trả kết quả cho ${url}`);
        runs.push(r.lhr);
      }
      const lhr = computeMedianRun(runs) as unknown as LhrLike;
      if (lhr.runtimeError) notes.push(`/${p}: lỗi khi chạy: ${lhr.runtimeError.message}`);
      const a = lhr.audits;
      const score = (c: string) => {
        const s = lhr.categories[c]?.score;
        return s === null || s === undefined ? '—' : String(Math.round(s * 100));
      };
      rows.push([`/${p}`, ...CATEGORIES.map(score), a['largest-contentful-paint']?.displayValue ?? '', a['total-blocking-time']?.displayValue ?? '', a['cumulative-layout-shift']?.displayValue ?? '', `${Math.round((a['total-byte-weight']?.numericValue ?? NaN) / 1024)} KiB`]);
      for (const c of CATEGORIES) {
        const lost = lostPoints(lhr, c);
        if (lost === null) continue;
        notes.push(`/${p} ${LABELS[c]} ${lost.score}: ${lost.audits.join('; ') || 'không có mục chấm điểm nào dưới 100'}`);
        if (c === 'performance') notes.push(...lighthouseCauses(lhr).map((x) => `    ${x}`));
      }
      const errored = Object.values(a).filter((x) => x.scoreDisplayMode === 'error');
      for (const e of errored) notes.push(`/${p}: mục ${e.id} lỗi: ${e.errorMessage ?? '?'}`);
      process.stdout.write(`  /${p} xong (${seconds(performance.now() - t0)})\n`);
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  const version = (JSON.parse(readFileSync(resolve(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
  const enc = [...server.encodings].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`\nLighthouse ${version}, cấu hình mobile mặc định (giả lập điện thoại, 4G chậm, CPU chậm 4×), ${runCount > 1 ? `trung vị của ${runCount} lần chạy, ` : ''}${chromium}, máy chủ tĩnh nén (${enc}); ${fix ? `trace đã sửa (${fixedEvents.count} sự kiện PipelineReporter: frame_reporter → chrome_frame_reporter)` : 'trace gốc'}${skip.length ? `; bỏ qua ${skip.join(', ')}` : ''}.`);
  console.log(table(rows));
  if (notes.length) {
    console.log('\nĐiều làm mất điểm hoặc lỗi:');
    for (const n of notes) console.log(`  ${n}`);
  } else console.log('\nMọi trang đạt 100 ở cả bốn mục, không mục nào lỗi.');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
