/** Running the project's build and tools from the release scripts (child processes, logs, timing). */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Value of `--name value` or `--name=value` in argv. */
export function argValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === `--${name}`) return argv[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

/** True when `--name` is in argv. */
export function hasFlag(argv: string[], name: string): boolean {
  return argv.includes(`--${name}`);
}

/** What a build run gave. */
export interface BuildRun {
  ok: boolean;
  ms: number;
  /** Where its output was written (the combined stdout and stderr). */
  log: string;
  /** The last lines of the output, for error messages. */
  tail: string;
}

/**
 * Runs `npm run build` (src/cli/build.ts: validate → astro build → pagefind) into `outDir`,
 * with its own Astro cache dir, writing the output to `log`.
 */
export function runBuild(root: string, outDir: string, opts: { cacheDir: string; log: string; env?: NodeJS.ProcessEnv; freshCache?: boolean }): BuildRun {
  if (opts.freshCache) rmSync(opts.cacheDir, { recursive: true, force: true });
  mkdirSync(dirname(opts.log), { recursive: true });
  const t0 = performance.now();
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/cli/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...opts.env, ASTRO_OUT_DIR: resolve(root, outDir), ASTRO_CACHE_DIR: resolve(root, opts.cacheDir) },
  });
  const ms = performance.now() - t0;
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  writeFileSync(opts.log, output);
  return { ok: r.status === 0, ms, log: opts.log, tail: output.trim().split('\n').slice(-25).join('\n') };
}

/** A running child process started with startServer. */
export interface Server {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `astro preview` for a built folder on 127.0.0.1:`port` (BASE/SITE from `env`) and waits
 * until `path` answers. The child runs in its own process group so stop() ends it and its children.
 */
export async function startPreview(root: string, outDir: string, port: number, env: NodeJS.ProcessEnv = {}, path = '/'): Promise<Server> {
  const child = spawn(join(root, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env, ASTRO_OUT_DIR: resolve(root, outDir) },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}${path}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const done = new Promise<void>((res) => child.once('exit', () => res()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await Promise.race([done, new Promise((res) => setTimeout(res, 3000))]);
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview dừng ngay (mã ${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return { url: `http://127.0.0.1:${port}`, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((res) => setTimeout(res, 250));
  }
  await stop();
  throw new Error(`astro preview không trả lời ở ${url} sau 60 s:\n${output}`);
}

/** Seconds with one decimal, Vietnamese decimal comma: 12,3 s. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
}

/** A plain text table with aligned columns. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** Top-level entries of the project a build reads (node_modules is linked, not copied). */
export const PROJECT_SOURCES = ['src', 'public', 'content', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json'] as const;

/**
 * Copies the project's sources from `repo` into `dest` and links node_modules, so a build can run
 * there from a frozen snapshot. `skip` leaves out entries the caller writes itself (e.g. `data`).
 */
export function copyProject(repo: string, dest: string, skip: readonly string[] = []): void {
  mkdirSync(dest, { recursive: true });
  for (const f of PROJECT_SOURCES) {
    if (skip.includes(f) || !existsSync(join(repo, f))) continue;
    cpSync(join(repo, f), join(dest, f), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dest, 'node_modules'), 'dir');
}
