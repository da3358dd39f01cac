/**
 * `npm run check:determinism [-- --a DIR --b DIR | --compare DIR DIR]`: builds the site twice from
 * the same sources and compares the SHA-256 of every file. The sources are first copied into two
 * temp folders at different paths (a frozen snapshot, and a leaked absolute path shows up as a
 * difference); each build starts from an empty Astro cache. Lists files that differ (with the first
 * differing line of text files) and files found in one build only; exits 1 on any difference.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { diffHashes, firstDifference, hashTree, identical } from './release/hash';
import { argValue, copyProject, runBuild, seconds } from './release/process';
import { dirTree } from './release/tree';

const root = process.cwd();
const argv = process.argv.slice(2);
const ci = argv.indexOf('--compare');
let dirA: string;
let dirB: string;
if (ci >= 0) {
  dirA = resolve(argv[ci + 1] ?? '');
  dirB = resolve(argv[ci + 2] ?? '');
} else {
  dirA = resolve(argValue(argv, 'a') ?? '.tmp/dist-release-a');
  dirB = resolve(argValue(argv, 'b') ?? '.tmp/dist-release-b');
  // Both snapshots are taken before either build, so edits made meanwhile cannot differ between them.
  const snaps = ['a', 'b'].map((tag) => {
    const snap = mkdtempSync(join(tmpdir(), `gn-det-${tag}-`));
    copyProject(root, snap);
    return snap;
  });
  let failed = false;
  try {
    for (const [i, dir] of [dirA, dirB].entries()) {
      const tag = i === 0 ? 'a' : 'b';
      const run = runBuild(snaps[i]!, dir, { cacheDir: join(snaps[i]!, '.cache'), log: resolve(root, `.tmp/release-logs/determinism-${tag}.log`), freshCache: true });
      if (!run.ok) {
        console.error(`Bản dựng ${tag.toUpperCase()} thất bại (nhật ký: ${run.log}):\n${run.tail}`);
        failed = true;
        break;
      }
      console.log(`Bản dựng ${tag.toUpperCase()}: ${dir} từ bản sao ${snaps[i]} (${seconds(run.ms)}).`);
    }
  } finally {
    for (const s of snaps) rmSync(s, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

const ta = dirTree(dirA);
const tb = dirTree(dirB);
const d = diffHashes(hashTree(ta), hashTree(tb));
console.log(`So sánh SHA-256: ${d.same} tệp giống nhau, ${d.changed.length} khác, ${d.onlyA.length} chỉ có ở A, ${d.onlyB.length} chỉ có ở B.`);
if (identical(d)) {
  console.log('Hai bản dựng giống hệt nhau.');
} else {
  const text = /\.(html|css|js|mjs|json|xml|txt|svg|csv|webmanifest)$/;
  for (const f of d.changed) {
    console.error(`khác: ${f}`);
    if (text.test(f)) {
      const diff = firstDifference(ta.text(f), tb.text(f));
      if (diff) console.error(`    dòng ${diff.line}\n    A: ${diff.a}\n    B: ${diff.b}`);
    }
  }
  for (const f of d.onlyA) console.error(`chỉ có ở A: ${f}`);
  for (const f of d.onlyB) console.error(`chỉ có ở B: ${f}`);
  console.error('\nBản dựng không tất định. Sửa: tìm nguồn của khác biệt (thời điểm, số ngẫu nhiên, thứ tự duyệt tệp) ở các tệp trên.');
  process.exitCode = 1;
}
