/**
 * `npm run bench:build [-- --sizes 500,1000 --rows 100000 --keep --csv-only --patch FILE]`: build-time benchmark on a large
 * synthetic content set. Prints figures; asserts nothing (budgets are read by people, not tests).
 *
 * In a temp folder (os.tmpdir()) it copies the project's sources (src/, astro.config.mjs,
 * tsconfig.json, package.json, public/, content/ without stories), links node_modules, writes
 * synthetic data/ (10 years × 16 units of ward data, 2021–2030, sums and rates consistent; every
 * administrative unit valid throughout) and N stories made from the real ones (reusing their cover
 * images), then for each N times the real pipeline: `npm run validate` and `npm run build`
 * (validate → astro build → pagefind), each from a cold cache.
 * It also times validateTable on a 100,000-row CSV against papaparse's bare parse of the same text.
 *
 * Goals (issue 7): 1,000 stories build in ≤ 60 s on 2 cores; doubling the content costs ≤ 2.1×;
 * validation ≤ 5 % of the build; validating 100,000 rows ≤ 3× the bare parse.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { stringify } from 'yaml';
import { toCsv } from '../lib/csv/write';
import { columnsOf } from '../lib/datasets';
import { argValue, copyProject, hasFlag, seconds, table } from './release/process';
import { parseCsvText, validateTable } from '../lib/validate/table';
import { parseStory } from '../lib/stories/frontmatter';
import { CITY_CODE } from '../schemas/common';
import { wardPovertySchema } from '../schemas/ward-poverty';

const repo = process.cwd();
const argv = process.argv.slice(2);
const sizes = (argValue(argv, 'sizes') ?? '500,1000').split(',').map(Number).filter((n) => n > 0);
const bigRows = Number(argValue(argv, 'rows') ?? 100_000);
const keep = hasFlag(argv, 'keep');

/** A small seeded PRNG (mulberry32), so the synthetic set is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = Record<string, string>;
const readCsv = (file: string): { columns: string[]; rows: Row[] } => {
  const parsed = Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
};

/** Ward poverty rows for `years` × `units` plus the city row of each year, consistent with the validator's rules. */
function wardRows(years: number[], units: string[], random: () => number): Row[] {
  const rows: Row[] = [];
  const rate = (n: number, total: number) => ((100 * n) / total).toFixed(2);
  const base = units.map(() => 2500 + Math.floor(random() * 4000));
  for (const [yi, year] of years.entries()) {
    const parts = units.map((code, i) => {
      const total = base[i]! + yi * 40;
      const poor = Math.max(1, Math.round(total * (0.02 - yi * 0.0015) * (0.5 + random())));
      const near = Math.round(total * (0.035 - yi * 0.0015) * (0.5 + random()));
      return { code, total, poor, near, escaped: Math.round(poor * 0.4), fresh: Math.round(poor * 0.15) };
    });
    const sum = (k: 'total' | 'poor' | 'near' | 'escaped' | 'fresh') => parts.reduce((a, p) => a + p[k], 0);
    const all = [{ code: CITY_CODE, total: sum('total'), poor: sum('poor'), near: sum('near'), escaped: sum('escaped'), fresh: sum('fresh') }, ...parts];
    for (const p of all) {
      rows.push({
        year: String(year),
        unit_code: p.code,
        total_households: String(p.total),
        poor_households: String(p.poor),
        near_poor_households: String(p.near),
        poor_rate: rate(p.poor, p.total),
        near_poor_rate: rate(p.near, p.total),
        escaped_households: String(p.escaped),
        new_poor_households: String(p.fresh),
        provenance: 'illustrative',
        source: 'Số liệu tổng hợp cho đo hiệu năng bản dựng',
        note: '',
      });
    }
  }
  return rows;
}

/** Copies the project into `root` with synthetic data (stories are written per size). */
function makeProject(root: string): void {
  copyProject(repo, root);
  // --patch FILE: measure a proposed change (a `diff -ru a b` or git patch) without touching the project.
  const patchFile = argValue(argv, 'patch');
  if (patchFile) {
    const r = spawnSync('patch', ['-p1', '-d', root, '-i', join(repo, patchFile)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`không áp được ${patchFile}:\n${r.stdout}${r.stderr}`);
    console.log(`Đã áp ${patchFile} vào bản sao.`);
  }
  const data = join(root, 'data');
  // Every unit valid in every year, so 2021–2030 rows pass the validity check.
  const units = readCsv(join(repo, 'data/administrative-units.csv'));
  for (const u of units.rows) { u.valid_from = ''; u.valid_to = ''; }
  writeFileSync(join(data, 'administrative-units.csv'), toCsv(units.columns, units.rows));
  const wards = units.rows.filter((u) => u.gso_code !== CITY_CODE).map((u) => u.gso_code!);
  const years = Array.from({ length: 10 }, (_, i) => 2021 + i);
  writeFileSync(join(data, 'ward-poverty.csv'), toCsv(columnsOf('ward-poverty'), wardRows(years, wards, rng(7))));
}

/** Writes `n` stories built from the real ones (same bodies and cover images, new titles and dates). */
function writeStories(root: string, n: number): void {
  const dir = join(root, 'content/stories');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(repo, 'content/stories/images'), join(dir, 'images'), { recursive: true });
  const real = readdirSync(join(repo, 'content/stories'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), parts: parseStory(readFileSync(join(repo, 'content/stories', f), 'utf8')) }))
    .filter((s) => s.parts.data && (s.parts.data as { draft?: boolean }).draft !== true);
  if (real.length === 0) throw new Error('content/stories không có câu chuyện nào đã xuất bản để nhân bản.');
  for (let i = 0; i < n; i++) {
    const src = real[i % real.length]!;
    const fm = structuredClone(src.parts.data) as Record<string, unknown> & { consent: Record<string, unknown>; title: string };
    const num = String(i + 1).padStart(4, '0');
    fm.title = `${fm.title} (bản đo ${num})`.slice(0, 120);
    // Later than the original (so after consent and the story's year), spread over a year.
    const day0 = Date.parse(`${String(fm.published).slice(0, 10)}T00:00:00Z`);
    fm.published = new Date(day0 + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    fm.consent = { ...fm.consent, form_ref: `DO-${num}` };
    const yaml = stringify(fm, { lineWidth: 0 });
    writeFileSync(join(dir, `do-${num}-${src.slug}.mdx`), `---\n${yaml}---\n${src.parts.body}`);
  }
}

interface StageTimes { n: number; validateMs: number; validateWall: number; steps: Record<string, number>; wall: number; pages: number; ok: boolean; tail: string }

/** Runs `npm run validate -- --json` and `npm run build` in `root` from a cold cache. */
function timeBuild(root: string, n: number): StageTimes {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ASTRO_OUT_DIR: join(root, 'dist'), ASTRO_CACHE_DIR: join(root, '.cache'), BASE: '/', SITE: 'http://127.0.0.1:4321' };
  rmSync(join(root, '.cache'), { recursive: true, force: true });
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  let t0 = performance.now();
  const v = spawnSync(tsx, ['src/cli/validate.ts', '--json'], { cwd: root, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  const validateWall = performance.now() - t0;
  let validateMs = NaN;
  try {
    const report = JSON.parse(v.stdout) as { ms: number; problems: unknown[] };
    validateMs = report.ms;
    if (report.problems.length > 0) return { n, validateMs, validateWall, steps: {}, wall: 0, pages: 0, ok: false, tail: v.stdout.slice(0, 3000) };
  } catch {
    return { n, validateMs, validateWall, steps: {}, wall: 0, pages: 0, ok: false, tail: v.stdout + v.stderr };
  }
  t0 = performance.now();
  const b = spawnSync(tsx, ['src/cli/build.ts'], { cwd: root, env, encoding: 'utf8', maxBuffer: 256 << 20 });
  const wall = performance.now() - t0;
  const out = `${b.stdout}${b.stderr}`;
  writeFileSync(join(root, `build-${n}.log`), out);
  const steps: Record<string, number> = {};
  const m = /Đã dựng [^:]*: (.*)\.$/m.exec(out);
  for (const part of m?.[1]?.split(', ') ?? []) {
    const sm = /^(.*) ([\d.]+) s$/.exec(part);
    if (sm) steps[sm[1]!] = Number(sm[2]) * 1000;
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(out)?.[1] ?? 0);
  return { n, validateMs, validateWall, steps, wall, pages, ok: b.status === 0, tail: out.trim().split('\n').slice(-30).join('\n') };
}

/** Times validateTable against Papa.parse on the same 100,000-row text, interleaved, `runs` times each. */
function csvBench(rows: number, runs = 7): { validate: number[]; parse: number[]; step: number[]; problems: number; bytes: number } {
  const random = rng(11);
  const wards = Array.from({ length: 16 }, (_, i) => String(22738 + i * 3));
  const out: Row[] = [];
  let year = 2021;
  while (out.length < rows) {
    out.push(...wardRows([year], wards, random));
    year = year >= 2030 ? 2021 : year + 1;
  }
  out.length = rows;
  const text = toCsv(columnsOf('ward-poverty'), out);
  const bytes = new TextEncoder().encode(text);
  const cols = columnsOf('ward-poverty');
  const res = { validate: [] as number[], parse: [] as number[], step: [] as number[], problems: 0, bytes: bytes.length };
  // One warm-up of each, then interleaved timed runs.
  validateTable(bytes, 'bench.csv', wardPovertySchema, cols);
  Papa.parse(text);
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    Papa.parse(text);
    res.parse.push(performance.now() - t0);
    t0 = performance.now();
    parseCsvText(text);
    res.step.push(performance.now() - t0);
    t0 = performance.now();
    const t = validateTable(bytes, 'bench.csv', wardPovertySchema, cols);
    res.validate.push(performance.now() - t0);
    res.problems = t.problems.length;
  }
  return res;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, d = 1) => x.toFixed(d).replace('.', ',');

async function main(): Promise<void> {
  console.log(`bench:build trên ${cpus().length} nhân, Node ${process.version}, tải máy (loadavg 1 phút) lúc bắt đầu: ${loadavg()[0]!.toFixed(1)}.`);

  const c = csvBench(bigRows);
  const ratio = median(c.validate) / median(c.parse);
  const ratioMin = Math.min(...c.validate) / Math.min(...c.parse);
  console.log(`\nCSV ${bigRows.toLocaleString('vi-VN')} dòng (${fmt(c.bytes / 1e6)} MB), ${c.parse.length} lần xen kẽ sau một lần khởi động:`);
  const row = (label: string, xs: number[]) => [label, fmt(median(xs), 0), fmt(Math.min(...xs), 0), xs.map((x) => fmt(x, 0)).join(' / ')];
  console.log(table([
    ['bước', 'trung vị (ms)', 'nhỏ nhất (ms)', 'các lần (ms)'],
    row('Papa.parse (trần)', c.parse),
    row('parseCsvText (papaparse step + dòng)', c.step),
    row('validateTable (toàn bộ)', c.validate),
  ]));
  console.log(`validateTable / Papa.parse = ${fmt(ratio, 2)}× theo trung vị, ${fmt(ratioMin, 2)}× theo lần nhanh nhất (mục tiêu ≤ 3×) ${ratio <= 3 ? 'ĐẠT' : 'CHƯA ĐẠT'}; lỗi phát hiện: ${c.problems}.`);

  if (hasFlag(argv, 'csv-only')) return;
  const root = mkdtempSync(join(tmpdir(), 'gn-bench-'));
  console.log(`\nDự án tổng hợp: ${root}`);
  const results: StageTimes[] = [];
  try {
    makeProject(root);
    for (const n of sizes) {
      writeStories(root, n);
      process.stdout.write(`Dựng với ${n} câu chuyện… `);
      const r = timeBuild(root, n);
      results.push(r);
      if (!r.ok) {
        console.log('THẤT BẠI');
        console.error(r.tail);
        process.exitCode = 1;
        return;
      }
      console.log(`${seconds(r.wall)} (tải máy ${loadavg()[0]!.toFixed(1)}).`);
    }
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
    else console.log(`Giữ lại ${root} (--keep).`);
  }

  const rows = [['câu chuyện', 'trang', 'validate (ms)', 'validate CLI (s)', 'astro build (s)', 'pagefind (s)', 'npm run build (s)', 'validate/build']];
  for (const r of results) {
    rows.push([
      String(r.n), String(r.pages), fmt(r.validateMs, 0), fmt(r.validateWall / 1000), fmt((r.steps['astro build'] ?? NaN) / 1000),
      fmt((r.steps.pagefind ?? NaN) / 1000), fmt(r.wall / 1000), `${fmt((100 * r.validateMs) / r.wall, 2)} %`,
    ]);
  }
  console.log(`\n${table(rows)}`);
  const big = results.find((r) => r.n === 1000) ?? results[results.length - 1]!;
  console.log(`Bản dựng ${big.n} câu chuyện: ${seconds(big.wall)} (mục tiêu ≤ 60 s) ${big.wall <= 60_000 ? 'ĐẠT' : 'CHƯA ĐẠT'}.`);
  if (results.length >= 2) {
    const [a, b] = [results[0]!, results[results.length - 1]!];
    const g = b.wall / a.wall;
    console.log(`Tăng nội dung ${fmt(b.n / a.n, 1)}× → thời gian ${fmt(g, 2)}× (mục tiêu ≤ 2,1×) ${g <= 2.1 ? 'ĐẠT' : 'CHƯA ĐẠT'}.`);
  }
  const share = Math.max(...results.map((r) => r.validateMs / r.wall));
  console.log(`Kiểm tra dữ liệu chiếm tối đa ${fmt(100 * share, 2)} % thời gian dựng (mục tiêu ≤ 5 %) ${share <= 0.05 ? 'ĐẠT' : 'CHƯA ĐẠT'}.`);
}

if (!existsSync(join(repo, 'src/cli/build.ts'))) {
  console.error('Chạy lệnh này ở thư mục gốc của dự án (npm run bench:build).');
  process.exit(1);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
