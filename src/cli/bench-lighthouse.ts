/**
 * `npm run bench:lighthouse [-- --dir DIR --port 4337 --build --pages a/,b/]` (rebuilds the sources
 * first unless --dir names an existing build): Lighthouse 12 (mobile
 * preset: emulated phone, simulated slow 4G and CPU throttling) with Debian's Chromium against
 * `astro preview` on 127.0.0.1. Prints the four scores for one page of each type and, for any score
 * below 100, the audits that cost points. Asserts nothing; the goal is 100 everywhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { argValue, hasFlag, runBuild, seconds, startPreview, table } from './release/process';

const root = process.cwd();
const argv = process.argv.slice(2);
const port = Number(argValue(argv, 'port') ?? 4337);
const dir = resolve(argValue(argv, 'dir') ?? '.tmp/dist-release-lighthouse');
const SITE = `http://127.0.0.1:${port}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LABELS: Record<string, string> = { performance: 'Hiệu năng', accessibility: 'Tiếp cận', 'best-practices': 'Thực hành tốt', seo: 'SEO' };

/** The first sub-page (alphabetically) of a section, e.g. `phuong-xa/bao-an/`. */
function firstChild(section: string, prefer?: string): string | null {
  const d = resolve(dir, section);
  if (!existsSync(d)) return null;
  if (prefer && existsSync(resolve(d, prefer, 'index.html'))) return `${section}/${prefer}/`;
  const kids = readdirSync(d, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(resolve(d, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  return kids.length ? `${section}/${kids[0]}/` : null;
}

/** One page of each type that exists in the build. */
function pagesToTest(): string[] {
  const given = argValue(argv, 'pages');
  if (given) return given.split(',');
  const candidates: (string | null)[] = [
    '',
    'ke-hoach/',
    'phuong-xa/',
    firstChild('phuong-xa'),
    'cau-chuyen/',
    firstChild('cau-chuyen'),
    'du-lieu/',
    firstChild('du-lieu'),
    firstChild('bieu-do', 'ty-le-ho-ngheo'),
    'gioi-thieu/',
    'tim-kiem/',
    firstChild('nhung'),
  ];
  return [...new Set(candidates.filter((p): p is string => p !== null && existsSync(resolve(dir, p, 'index.html'))))];
}

interface Audit { id: string; title: string; score: number | null; displayValue?: string; scoreDisplayMode?: string }

interface Item { url?: string; wastedMs?: number; score?: number; node?: { snippet?: string; selector?: string }; subItems?: { items?: { extra?: { value?: string }; cause?: string }[] } }

/** The causes Lighthouse names for lost performance points: render-blocking files, layout shifts, the LCP element. */
function perfCauses(audits: Record<string, Audit & { details?: { items?: Item[] } }>): string[] {
  const out: string[] = [];
  const broken = ['render-blocking-resources', 'layout-shifts', 'largest-contentful-paint-element'].filter((id) => audits[id]?.scoreDisplayMode === 'error');
  if (broken.length) out.push(`không có chẩn đoán ${broken.join(', ')}: ${(audits[broken[0]!] as { errorMessage?: string }).errorMessage ?? 'lỗi'} (Lighthouse 12.2.3 chưa đọc được trace của Chromium này)`);
  const short = (u?: string) => (u ? u.replace(/^https?:\/\/[^/]+/, '') : '?');
  const blocking = audits['render-blocking-resources']?.details?.items ?? [];
  if (blocking.length) out.push(`chặn hiển thị: ${blocking.map((i) => `${short(i.url)} (${Math.round(i.wastedMs ?? 0)} ms)`).join(', ')}`);
  const shifts = audits['layout-shifts']?.details?.items ?? [];
  if (shifts.length) {
    out.push(`xê dịch bố cục: ${shifts.slice(0, 4).map((i) => {
      const causes = (i.subItems?.items ?? []).map((s) => s.cause ?? s.extra?.value ?? '').filter(Boolean);
      return `${i.node?.selector ?? i.node?.snippet ?? '?'} ${(i.score ?? 0).toFixed(3)}${causes.length ? ` do ${causes.join(', ')}` : ''}`;
    }).join('; ')}`);
  }
  const lcp = audits['largest-contentful-paint-element']?.details as { items?: { items?: Item[] }[] } | undefined;
  const lcpNode = lcp?.items?.[0]?.items?.[0]?.node;
  if (lcpNode) out.push(`phần tử LCP: ${lcpNode.selector ?? lcpNode.snippet}`);
  return out;
}

async function main(): Promise<void> {
  // Measure the current sources: rebuild unless a folder was named with --dir (and --build not given).
  if (hasFlag(argv, 'build') || !argValue(argv, 'dir') || !existsSync(resolve(dir, 'index.html'))) {
    const run = runBuild(root, dir, { cacheDir: '.tmp/cache-release-lighthouse', log: '.tmp/release-logs/lighthouse-build.log', env: { BASE: '/', SITE } });
    if (!run.ok) {
      console.error(`Bản dựng thất bại (nhật ký: ${run.log}):\n${run.tail}`);
      process.exit(1);
    }
    console.log(`Đã dựng ${dir} (${seconds(run.ms)}).`);
  }
  const pages = pagesToTest();
  const server = await startPreview(root, dir, port, { BASE: '/', SITE });
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const chromium = spawnSync(chromePath, ['--version'], { encoding: 'utf8' }).stdout.split('\n').find((l) => /chromium/i.test(l))?.trim() ?? chromePath;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  const rows: string[][] = [['trang', ...CATEGORIES.map((c) => LABELS[c]!), 'LCP', 'TBT', 'CLS', 'tải về']];
  const notes: string[] = [];
  try {
    for (const p of pages) {
      const url = `${server.url}/${p}`;
      const t0 = performance.now();
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!r) throw new Error(`Lighthouse không trả kết quả cho ${url}`);
      const lhr = r.lhr;
      if (lhr.runtimeError) notes.push(`/${p}: lỗi khi chạy: ${lhr.runtimeError.message}`);
      const audits = lhr.audits as Record<string, Audit & { numericValue?: number }>;
      const score = (c: string) => {
        const s = lhr.categories[c]?.score;
        return s === null || s === undefined ? '—' : String(Math.round(s * 100));
      };
      const bytes = audits['total-byte-weight']?.numericValue ?? NaN;
      rows.push([`/${p}`, ...CATEGORIES.map(score), audits['largest-contentful-paint']?.displayValue ?? '', audits['total-blocking-time']?.displayValue ?? '', audits['cumulative-layout-shift']?.displayValue ?? '', `${Math.round(bytes / 1024)} KiB`]);
      for (const c of CATEGORIES) {
        const cat = lhr.categories[c];
        if (!cat || cat.score === 1) continue;
        const losing = cat.auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => audits[ref.id]!)
          .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
        const what = losing.map((a) => `${a.id} (${a.title}${a.displayValue ? `: ${a.displayValue}` : ''}, điểm ${Math.round((a.score ?? 0) * 100)})`);
        notes.push(`/${p} ${LABELS[c]} ${Math.round((cat.score ?? 0) * 100)}: ${what.join('; ') || 'không có mục chấm điểm nào dưới 100'}`);
        if (c === 'performance') notes.push(...perfCauses(audits).map((x) => `    ${x}`));
      }
      process.stdout.write(`  /${p} xong (${seconds(performance.now() - t0)})\n`);
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  const version = (JSON.parse(readFileSync(resolve(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
  console.log(`\nLighthouse ${version}, cấu hình mobile mặc định (giả lập điện thoại, 4G chậm, CPU chậm 4×), ${chromium}, astro preview ${server.url}:`);
  console.log(table(rows));
  if (notes.length) {
    console.log('\nĐiều làm mất điểm:');
    for (const n of notes) console.log(`  ${n}`);
  } else console.log('\nMọi trang đạt 100 ở cả bốn mục.');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
