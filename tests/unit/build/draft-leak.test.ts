/**
 * One real build of a copy of the project with SITE unset (a default build), checked twice:
 *  - drafts leak nothing: with an extra draft whose cover is a byte copy of a published cover under
 *    another name, dist/ ships neither the draft's slug nor its image's file name (file names or
 *    contents), and the published story still has its cover;
 *  - no loopback address anywhere in dist/ (pages, feeds, data files, catalogs, chart images, and
 *    the files inside all.zip and the workbooks), and the build says in one line that SITE is unset.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/lib/build/prune';
import { LOOPBACK_TEXT, PLACEHOLDER_ORIGIN } from '../../../src/lib/origin';

const repo = join(__dirname, '../../..');
const root = mkdtempSync(join(tmpdir(), 'draft-leak-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dist = join(root, 'dist');

const DRAFT_SLUG = 'ban-nhap-bi-mat-cua-chi-k';
const DRAFT_IMAGE = 'anh-rieng-cua-ban-nhap-chi-k.jpg';
const PUBLISHED = 'lo-gom-nho-cua-chi-h-o-do-vinh';
const TEXT = /\.(html|xml|json|jsonld|js|css|txt|csv|svg|bib|ris|webmanifest)$/;

/**
 * Files whose loopback addresses mean "this computer" on purpose: Decap's own bundle (vendor code,
 * its default local backend), and the editors' guide, which tells an editor to open the CMS that
 * `npm run cms` starts on their own computer.
 */
const LOCAL_ON_PURPOSE = ['admin/decap/', 'huong-dan-bien-tap/'];

let built: { stdout: string } | undefined;

/** Builds the copy once; both describes read its dist/. */
function build(): { stdout: string } {
  if (built) return built;
  for (const f of ['src', 'data', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(repo, f), join(root, f), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  const stories = join(root, 'content/stories');
  cpSync(join(stories, 'images', `${PUBLISHED}.jpg`), join(stories, 'images', DRAFT_IMAGE));
  const story = readFileSync(join(stories, `${PUBLISHED}.mdx`), 'utf8')
    .replace(`./images/${PUBLISHED}.jpg`, `./images/${DRAFT_IMAGE}`)
    .replace('draft: false', 'draft: true')
    .replace(/^title: .*$/m, 'title: "Bản nháp: câu chuyện chưa đăng của chị K."');
  writeFileSync(join(stories, `${DRAFT_SLUG}.mdx`), story);
  // SITE blank counts as unset: this is the default build whatever the shell has. Vitest's own
  // variables (DEV=1, MODE=test, ...) would leak into import.meta.env and make /admin/ a dev page.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DEV|PROD|MODE|SSR|BASE_URL|TEST|VITEST.*)$/.test(k)));
  const r = spawnSync(join(repo, 'node_modules/.bin/tsx'), ['src/cli/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, SITE: '', BASE: '/', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(root, '.cache'), ASTRO_OUT_DIR: dist },
  });
  expect(r.status, r.stderr).toBe(0);
  built = { stdout: r.stdout };
  return built;
}

describe('drafts in the build', () => {
  it('a draft with a byte-identical cover leaks neither its slug nor its file name', () => {
    build();
    const all = filesUnder(dist);
    const stem = DRAFT_IMAGE.replace(/\.jpg$/, '');
    for (const f of all) {
      const name = relative(dist, f);
      expect(name).not.toContain(DRAFT_SLUG);
      expect(name).not.toContain(stem);
      if (TEXT.test(f)) {
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

describe('a default build (SITE unset)', () => {
  it('says so in one line and writes no loopback address anywhere', () => {
    const { stdout } = build();
    expect(stdout.split('\n').filter((l) => l.includes('SITE chưa đặt'))).toHaveLength(1);
    const hits: string[] = [];
    let zips = 0;
    for (const f of filesUnder(dist)) {
      const name = relative(dist, f);
      if (LOCAL_ON_PURPOSE.some((p) => name.startsWith(p))) continue;
      if (TEXT.test(f)) {
        if (LOOPBACK_TEXT.test(readFileSync(f, 'utf8'))) hits.push(name);
      } else if (/\.(zip|xlsx)$/.test(f)) {
        zips++;
        for (const [inner, bytes] of Object.entries(unzipSync(readFileSync(f)))) {
          if (LOOPBACK_TEXT.test(new TextDecoder().decode(bytes))) hits.push(`${name}!${inner}`);
        }
      }
    }
    expect(hits).toEqual([]);
    expect(zips).toBeGreaterThan(0);
    // The absolute URLs that must exist use the placeholder origin instead.
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${PLACEHOLDER_ORIGIN}/"`);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${PLACEHOLDER_ORIGIN}/`);
  }, 240_000);
});
