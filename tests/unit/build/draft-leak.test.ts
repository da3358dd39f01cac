/**
 * Drafts leak nothing: a real build of a copy of the project with an extra draft, whose cover is a
 * byte copy of a published cover under another name, ships neither the draft's slug nor its image's
 * file name anywhere in dist/ (file names or contents), and the published story still has its cover.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/lib/build/prune';

const repo = join(__dirname, '../../..');
const root = mkdtempSync(join(tmpdir(), 'draft-leak-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DRAFT_SLUG = 'ban-nhap-bi-mat-cua-chi-k';
const DRAFT_IMAGE = 'anh-rieng-cua-ban-nhap-chi-k.jpg';
const PUBLISHED = 'lo-gom-nho-cua-chi-h-o-do-vinh';

describe('drafts in the build', () => {
  it('a draft with a byte-identical cover leaks neither its slug nor its file name', () => {
    for (const f of ['src', 'data', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(repo, f), join(root, f), { recursive: true });
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    const stories = join(root, 'content/stories');
    cpSync(join(stories, 'images', `${PUBLISHED}.jpg`), join(stories, 'images', DRAFT_IMAGE));
    const story = readFileSync(join(stories, `${PUBLISHED}.mdx`), 'utf8')
      .replace(`./images/${PUBLISHED}.jpg`, `./images/${DRAFT_IMAGE}`)
      .replace('draft: false', 'draft: true')
      .replace(/^title: .*$/m, 'title: "Bản nháp: câu chuyện chưa đăng của chị K."');
    writeFileSync(join(stories, `${DRAFT_SLUG}.mdx`), story);
    const r = spawnSync(join(repo, 'node_modules/.bin/tsx'), ['src/cli/build.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(root, '.cache'), ASTRO_OUT_DIR: join(root, 'dist') },
    });
    expect(r.status, r.stderr).toBe(0);
    const dist = join(root, 'dist');
    const all = filesUnder(dist);
    const stem = DRAFT_IMAGE.replace(/\.jpg$/, '');
    for (const f of all) {
      const name = relative(dist, f);
      expect(name).not.toContain(DRAFT_SLUG);
      expect(name).not.toContain(stem);
      if (/\.(html|xml|json|js|css|txt|csv|svg)$/.test(f)) {
        const text = readFileSync(f, 'utf8');
        expect(text.includes(DRAFT_SLUG), name).toBe(false);
        expect(text.includes(stem), name).toBe(false);
        expect(text.includes('chưa đăng của chị K.'), name).toBe(false);
      }
    }
    // The published story still shows its cover, now named by content only.
    const page = readFileSync(join(dist, 'cau-chuyen', PUBLISHED, 'index.html'), 'utf8');
    expect(page).toMatch(/\/_astro\/img-[\w-]+\.webp/);
  }, 240_000);
});
