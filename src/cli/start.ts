/**
 * `npm start`: serves what the sources say now. Rebuilds (`npm run build`) when dist/ is missing or
 * any source (src/, data/, content/, public/, astro.config.mjs, package.json, …) is newer than it,
 * then serves dist/ on http://127.0.0.1:4321. A failed build stops here: no stale site is served.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { distStamp, isDistFresh, sourceStamps } from '../lib/build/freshness';

const root = process.cwd();
// dist/ is what is checked, built and served: an ASTRO_OUT_DIR from the shell must not split them.
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
delete env.ASTRO_OUT_DIR;
const decision = isDistFresh(distStamp(join(root, 'dist')), sourceStamps(root));
if (decision.fresh) {
  console.log(`Dùng bản dựng có sẵn: ${decision.reason}.`);
} else {
  console.log(`Dựng lại trang: ${decision.reason}.`);
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (b.status !== 0) {
    console.error('Không dựng được trang nên không mở bản cũ. Sửa: đọc lỗi ở trên, sửa rồi chạy lại npm start.');
    process.exit(b.status ?? 1);
  }
}
const r = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['preview', '--host', '127.0.0.1', '--port', '4321'], { stdio: 'inherit', env });
process.exit(r.status ?? 0);
