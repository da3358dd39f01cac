/** `npm start` rebuilds when the sources are newer than dist/ (src/lib/build/freshness.ts). */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distStamp, isDistFresh, sourceStamps, SOURCE_ENTRIES } from '../../../src/lib/build/freshness';

const at = (path: string, mtimeMs: number) => ({ path, mtimeMs });

describe('isDistFresh', () => {
  it('no dist: rebuild', () => {
    expect(isDistFresh(null, [])).toMatchObject({ fresh: false });
    expect(isDistFresh(null, [at('src', 1)]).reason).toContain('chưa có bản dựng');
  });
  it('every source older or as old as dist: serve it', () => {
    expect(isDistFresh(at('dist/index.html', 100), [at('src/a.ts', 50), at('content/stories', 100)])).toMatchObject({ fresh: true });
    expect(isDistFresh(at('dist/index.html', 100), []).fresh).toBe(true);
  });
  it('one newer source: rebuild, naming the newest', () => {
    const d = isDistFresh(at('dist/index.html', 100), [at('src/a.ts', 50), at('content/stories/x.mdx', 101), at('data/units.csv', 150), at('public/y', 120)]);
    expect(d.fresh).toBe(false);
    expect(d.reason).toBe('data/units.csv và 2 tệp/thư mục khác đã thay đổi sau lần dựng trước');
    expect(isDistFresh(at('dist/index.html', 100), [at('package.json', 100.5)]).reason).toBe('package.json đã thay đổi sau lần dựng trước');
  });
});

describe('sourceStamps and distStamp on disk', () => {
  const root = mkdtempSync(join(tmpdir(), 'freshness-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const touch = (rel: string, s: number) => utimesSync(join(root, rel), s, s);

  it('walks every source entry, folders included, and decides as start.ts does', () => {
    mkdirSync(join(root, 'content/stories'), { recursive: true });
    mkdirSync(join(root, 'src'), { recursive: true });
    mkdirSync(join(root, 'dist'), { recursive: true });
    mkdirSync(join(root, 'node_modules/x'), { recursive: true });
    writeFileSync(join(root, 'content/stories/a.mdx'), 'x');
    writeFileSync(join(root, 'src/b.ts'), 'x');
    writeFileSync(join(root, 'astro.config.mjs'), 'x');
    writeFileSync(join(root, 'node_modules/x/c.js'), 'x');
    expect(distStamp(join(root, 'dist'))).toBeNull();
    writeFileSync(join(root, 'dist/index.html'), 'x');
    for (const p of ['content/stories/a.mdx', 'content/stories', 'content', 'src/b.ts', 'src', 'astro.config.mjs', 'node_modules/x/c.js']) touch(p, 1000);
    touch('dist/index.html', 2000);
    const stamps = sourceStamps(root);
    expect(stamps.map((s) => s.path).sort()).toEqual(['astro.config.mjs', 'content', 'content/stories', 'content/stories/a.mdx', 'src', 'src/b.ts']);
    expect(isDistFresh(distStamp(join(root, 'dist')), stamps).fresh).toBe(true);
    // An edited story.
    touch('content/stories/a.mdx', 3000);
    expect(isDistFresh(distStamp(join(root, 'dist')), sourceStamps(root))).toEqual({ fresh: false, reason: 'content/stories/a.mdx đã thay đổi sau lần dựng trước' });
    // A deleted story: only its folder's time changes.
    touch('content/stories/a.mdx', 1000);
    rmSync(join(root, 'content/stories/a.mdx'));
    touch('content/stories', 3000);
    expect(isDistFresh(distStamp(join(root, 'dist')), sourceStamps(root)).reason).toBe('content/stories đã thay đổi sau lần dựng trước');
  });
  it('covers what the brief names', () => {
    for (const e of ['src', 'data', 'content', 'public', 'astro.config.mjs', 'package.json']) expect(SOURCE_ENTRIES).toContain(e);
  });
});
