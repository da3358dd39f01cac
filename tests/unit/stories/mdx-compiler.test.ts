/**
 * The checker and the compiler agree. Each would-be bypass in tests/fixtures/mdx-bypass/ really runs
 * code when @mdx-js/mdx (Astro's compiler) evaluates it: it writes a canary file. The checker rejects
 * every one, and `npm run validate` and `npm run build` on a project holding them leave no canary
 * and the previous dist/ byte-identical. Every story the checker accepts compiles.
 */
import { evaluate, compile } from '@mdx-js/mdx';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStory } from '../../../src/lib/stories/frontmatter';
import { scanMdx } from '../../../src/lib/stories/mdx';
import { validateStories } from '../../../src/lib/stories/validate';
import { repo, units } from './helpers';

const BYPASS = join(repo, 'tests/fixtures/mdx-bypass');
const bypasses = readdirSync(BYPASS).filter((f) => f.endsWith('.mdx')).sort();
const body = (path: string) => parseStory(readFileSync(path, 'utf8')).body;
const work = mkdtempSync(join(tmpdir(), 'mdx-canary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A JSX runtime that renders nothing: enough to run a compiled story's code. */
const runtime = {
  Fragment: 'fragment',
  jsx: (type: unknown, props: { children?: unknown }) => (typeof type === 'function' ? type(props) : props.children ?? null),
  jsxs: (type: unknown, props: { children?: unknown }) => (typeof type === 'function' ? type(props) : props.children ?? null),
};
const components = { Quote: () => null, Figure: () => null, Stat: () => null, Timeline: () => null };

/** Compiles and runs a story body the way the build would, with MDX_CANARY pointing at `canary`. */
async function runStory(source: string, canary: string): Promise<void> {
  const before = process.env.MDX_CANARY;
  process.env.MDX_CANARY = canary;
  try {
    const mod = await evaluate(source, { ...runtime, baseUrl: import.meta.url } as never);
    (mod.default as (p: object) => unknown)({ components });
  } catch {
    /* some bypasses throw after the canary is written */
  } finally {
    if (before === undefined) delete process.env.MDX_CANARY;
    else process.env.MDX_CANARY = before;
  }
}

describe('would-be bypasses', () => {
  it('there are bypasses of every kind the issue names', () => {
    expect(bypasses.length).toBeGreaterThanOrEqual(12);
  });

  it.each(bypasses)('%s runs code when compiled: a real bypass', async (name) => {
    const canary = join(work, `direct-${name}`);
    await runStory(body(join(BYPASS, name)), canary);
    expect(existsSync(canary), `${name} did not run: not a real bypass`).toBe(true);
  });

  const checked = validateStories(BYPASS, units, 'tests/fixtures/mdx-bypass');
  it.each(bypasses)('%s is rejected as content-error at file:line [body]', (name) => {
    const lines = readFileSync(join(BYPASS, name), 'utf8').split('\n');
    const closing = lines.indexOf('---', 1);
    // The construct starts on the first body line with a brace or an export.
    const line = lines.findIndex((l, i) => i > closing && /[{]|^export/.test(l)) + 1;
    const ps = checked.problems.filter((p) => p.file === `tests/fixtures/mdx-bypass/${name}`);
    expect(ps.length).toBeGreaterThan(0);
    expect(ps).toContainEqual(expect.objectContaining({ code: 'content-error', line, field: 'body' }));
    expect(ps.every((p) => p.code === 'content-error' && /Sửa: /.test(p.message))).toBe(true);
  });

  it('validate and build on a project holding them write no canary and keep dist/ as it was', () => {
    const proj = join(work, 'project');
    mkdirSync(proj);
    for (const f of ['src', 'data', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(repo, f), join(proj, f), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(proj, 'node_modules'));
    for (const f of bypasses) cpSync(join(BYPASS, f), join(proj, 'content/stories', `bypass-${f}`));
    mkdirSync(join(proj, 'dist'));
    writeFileSync(join(proj, 'dist/index.html'), '<p>bản cũ</p>');
    const canary = join(work, 'project-canary');
    const env = { ...process.env, MDX_CANARY: canary, ASTRO_TELEMETRY_DISABLED: '1' };
    const tsx = join(repo, 'node_modules/.bin/tsx');
    const v = spawnSync(tsx, ['src/cli/validate.ts'], { cwd: proj, env, encoding: 'utf8' });
    const b = spawnSync(tsx, ['src/cli/build.ts'], { cwd: proj, env, encoding: 'utf8' });
    expect(v.status).toBe(1);
    expect(b.status).toBe(1);
    for (const f of bypasses) expect(v.stderr).toContain(`content/stories/bypass-${f}:`);
    expect(`${v.stderr}${b.stderr}`).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(canary)).toBe(false);
    expect(readFileSync(join(proj, 'dist/index.html'), 'utf8')).toBe('<p>bản cũ</p>');
  }, 120_000);
});

describe('accepted stories', () => {
  const accepted = [
    ...readdirSync(join(repo, 'content/stories')).filter((f) => f.endsWith('.mdx')).map((f) => join(repo, 'content/stories', f)),
    join(repo, 'tests/fixtures/stories/valid-story.mdx'),
    join(repo, 'tests/fixtures/stories/valid-draft-without-consent.mdx'),
  ];

  it.each(accepted.map((p) => [p.split('/').slice(-2).join('/'), p]))('%s passes the checker and compiles with @mdx-js/mdx', async (_, path) => {
    expect(scanMdx(body(path)).findings).toEqual([]);
    await expect(compile(body(path))).resolves.toBeTruthy();
  });

  it('the shipped stories validate as a whole', () => {
    expect(validateStories(join(repo, 'content/stories'), units).problems).toEqual([]);
  });
});
