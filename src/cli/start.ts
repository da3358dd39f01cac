/** `npm start`: builds the site if dist/ is missing, then serves dist/ on http://127.0.0.1:4321. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if (!existsSync(join(root, 'dist', 'index.html'))) {
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['preview', '--host', '127.0.0.1', '--port', '4321'], { stdio: 'inherit', env });
process.exit(r.status ?? 0);
