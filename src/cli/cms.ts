/**
 * `npm run cms`: the CMS for editors, on this computer. Starts decap-server (writes straight into
 * content/stories/) and `astro dev` together on 127.0.0.1, prints where the CMS is, and prints the
 * validator's report (the same as `npm run validate`) at start and whenever a story file changes.
 * Ctrl-C stops both. Ports: CMS_PORT (default 4321) and DECAP_PORT or PORT (default 8081).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { cmsBanner } from '../lib/cms/banner';
import { validateProject } from '../lib/validate/index';
import { formatReport } from '../lib/validate/problem';

const root = process.cwd();
const cmsPort = process.env.CMS_PORT ?? '4321';
const decapPort = process.env.DECAP_PORT ?? process.env.PORT ?? '8081';
const host = '127.0.0.1';
const stories = join(root, 'content', 'stories');
const children: ChildProcess[] = [];
let stopping = false;

/** Stops both servers, then exits. */
function stop(code = 0): void {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  console.log('\nĐã dừng trang biên tập (CMS) và máy chủ lưu bài.');
  setTimeout(() => process.exit(code), 300).unref();
}

function run(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`\n${name} đã dừng (mã ${code ?? '?'}). Dừng luôn phần còn lại; chạy lại npm run cms.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

/** Prints the validator's report, as `npm run validate` does. */
function report(why: string): void {
  const { report: r } = validateProject(root);
  const stamp = new Date().toLocaleTimeString('vi-VN', { hour12: false });
  console.log(`\n[${stamp}] Kiểm tra (${why}):`);
  console.log(formatReport(r));
}

if (!existsSync(stories)) {
  console.error(`Không thấy thư mục ${stories}. Sửa: chạy lệnh này trong thư mục gốc của dự án.`);
  process.exit(1);
}

run('Máy chủ lưu bài (decap-server)', process.execPath, [join(root, 'node_modules', 'decap-server', 'dist', 'index.js')], {
  PORT: decapPort,
  BIND_HOST: host,
  MODE: 'fs',
  GIT_REPO_DIRECTORY: root,
  LOG_LEVEL: 'warn',
});
run('Trang web (astro dev)', join(root, 'node_modules', '.bin', 'astro'), ['dev', '--host', host, '--port', cmsPort], {
  DECAP_PORT: decapPort,
  ASTRO_TELEMETRY_DISABLED: '1',
});

console.log(`\n${cmsBanner(host, cmsPort)}\n`);
report('lúc khởi động');

// Saving writes the story and its images in a burst of events: report once it settles.
let timer: NodeJS.Timeout | null = null;
const changed = new Set<string>();
watch(stories, { recursive: true }, (_event, name) => {
  if (!name || !/\.(mdx?|jpe?g|png|webp|avif)$/i.test(String(name))) return;
  changed.add(String(name));
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    const names = [...changed].sort().join(', ');
    changed.clear();
    report(`đã thay đổi: ${names}`);
  }, 400);
});

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
