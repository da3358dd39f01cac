import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawl, type LinkProblem } from '../../../src/cli/release/crawl';
import { checkPagefindFiles } from '../../../src/cli/release/pagefind';
import { fileForPath, normaliseBase, sitePathOf } from '../../../src/cli/release/paths';
import { pagefindLiterals } from '../../../src/cli/release/refs';
import { groupLinkProblems } from '../../../src/cli/release/report';
import { dirTree, listFiles, memoryTree } from '../../../src/cli/release/tree';

const fixtures = join(__dirname, '../../fixtures/release');
const SITE = 'https://example.org';
const BASE = '/giam-ngheo/';

/** A Pagefind bundle in memory: the entry names two languages, each with its wasm and metadata. */
function pagefindFiles(omit: string[] = []): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {
    'pagefind/pagefind.js': 'export {}',
    'pagefind/pagefind-worker.js': '',
    'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { vi: { hash: 'vi_abc', wasm: null, page_count: 2 }, en: { hash: 'en_def', wasm: 'en', page_count: 1 } } }),
    'pagefind/pagefind.vi_abc.pf_meta': new Uint8Array([31, 139]),
    'pagefind/pagefind.en_def.pf_meta': new Uint8Array([31, 139]),
    'pagefind/wasm.unknown.pagefind': 'wasm',
    'pagefind/wasm.en.pagefind': 'wasm',
  };
  for (const o of omit) delete files[o];
  return files;
}

/** A fixture folder read into memory, plus extra files. */
function treeOf(dir: string, extra: Record<string, string | Uint8Array> = {}) {
  const disk = dirTree(join(fixtures, dir));
  const files: Record<string, string | Uint8Array> = {};
  for (const f of disk.files()) files[f] = disk.bytes(f);
  return memoryTree({ ...files, ...extra });
}

const codesAt = (ps: LinkProblem[], file: string, line: number) => ps.filter((p) => p.file === file && p.line === line).map((p) => p.code);

describe('URL paths and files', () => {
  const tree = memoryTree({ 'index.html': '', 'ke-hoach/index.html': '', 'du-lieu/a b.csv': '' });

  it('maps directory URLs to index.html and decodes escapes', () => {
    expect(fileForPath(tree, '/giam-ngheo/', BASE)).toEqual({ ok: true, file: 'index.html' });
    expect(fileForPath(tree, '/giam-ngheo/ke-hoach/', BASE)).toEqual({ ok: true, file: 'ke-hoach/index.html' });
    expect(fileForPath(tree, '/giam-ngheo/du-lieu/a%20b.csv', BASE)).toEqual({ ok: true, file: 'du-lieu/a b.csv' });
    expect(fileForPath(tree, '/giam-ngheo', BASE)).toEqual({ ok: true, file: 'index.html' });
  });

  it('tells a missing trailing slash, a path outside BASE and a missing file apart', () => {
    expect(fileForPath(tree, '/giam-ngheo/ke-hoach', BASE)).toMatchObject({ ok: false, code: 'missing-slash' });
    expect(fileForPath(tree, '/ke-hoach/', BASE)).toMatchObject({ ok: false, code: 'outside-base' });
    expect(fileForPath(tree, '/giam-ngheo/khong-co/', BASE)).toMatchObject({ ok: false, code: 'broken-link' });
  });

  it('normalises bases and gives the URL path of built files', () => {
    expect(normaliseBase('giam-ngheo')).toBe('/giam-ngheo/');
    expect(normaliseBase('/')).toBe('/');
    expect(sitePathOf('index.html')).toBe('');
    expect(sitePathOf('a/b/index.html')).toBe('a/b/');
    expect(sitePathOf('_astro/x.css')).toBe('_astro/x.css');
  });

  it('lists files in code-unit order, the same on every machine', () => {
    expect(listFiles(join(fixtures, 'site-ok'))).toEqual([...listFiles(join(fixtures, 'site-ok'))].sort());
    expect(listFiles(join(fixtures, 'site-ok'))).toContain('_astro/index.css');
  });
});

describe('crawl', () => {
  it('finds nothing wrong on a correct site under a sub-path', () => {
    const r = crawl(treeOf('site-ok', pagefindFiles()), { base: BASE, site: SITE });
    expect(r.problems).toEqual([]);
    expect(r.pages).toBe(3);
    expect(r.external).toBe(1); // gso.gov.vn, a link (not a request)
    // Anchors: #noi-dung on the home page and #muc-tieu on ke-hoach/.
    expect(r.anchors).toBe(2);
    expect(r.pagefind).toMatchObject({ present: true, languages: [{ lang: 'vi', pageCount: 2 }, { lang: 'en', pageCount: 1 }], pages: 3 });
    // canonical, og:image and sitemap <loc> point at the site itself, so they were followed too.
    expect(r.internal).toBeGreaterThanOrEqual(15);
  });

  it('reports each defect of the broken fixture at its line, with its code', () => {
    const r = crawl(treeOf('site-broken'), { base: BASE, site: SITE });
    const ps = r.problems;
    expect(codesAt(ps, 'index.html', 3)).toEqual(['third-party']);
    expect(codesAt(ps, 'index.html', 6)).toEqual(['outside-base']);
    expect(codesAt(ps, 'index.html', 7)).toEqual(['broken-link']);
    expect(codesAt(ps, 'index.html', 8)).toEqual(['missing-slash']);
    expect(codesAt(ps, 'index.html', 9)).toEqual(['broken-anchor']);
    expect(codesAt(ps, 'index.html', 10)).toEqual(['broken-anchor']);
    expect(codesAt(ps, 'index.html', 11)).toEqual(['broken-link']);
    // import('/pagefind/pagefind.js') ignores BASE; and the page uses Pagefind without an index.
    expect(codesAt(ps, 'index.html', 12)).toEqual(['pagefind']);
    expect(ps.some((p) => p.code === 'pagefind' && p.line === null)).toBe(true);
    expect(ps.find((p) => p.code === 'broken-anchor' && p.line === 9)!.message).toContain('id="khong-co-id"');
  });

  it('follows the site origin only: the same links are outside BASE when the site is served at the root', () => {
    const r = crawl(treeOf('site-ok', pagefindFiles()), { base: '/', site: SITE });
    // Every root-absolute link now lacks the files under giam-ngheo/.
    expect(r.problems.length).toBeGreaterThan(5);
    expect(r.problems.every((p) => p.code === 'broken-link' || p.code === 'missing-slash' || p.code === 'pagefind')).toBe(true);
  });

  it('groups one broken link repeated on many pages into one entry with a count', () => {
    const page = '<!doctype html><a href="/x/">x</a>';
    const files: Record<string, string> = { 'index.html': page };
    for (let i = 0; i < 8; i++) files[`p${i}/index.html`] = page;
    const r = crawl(memoryTree(files), { base: '/', site: SITE });
    const lines = groupLinkProblems(r.problems);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('… và 4 chỗ khác');
  });
});

describe('Pagefind bundle files', () => {
  it('reads the languages and page counts from the entry file', () => {
    const r = checkPagefindFiles(memoryTree(pagefindFiles()));
    expect(r).toMatchObject({ present: true, pages: 3, files: 6, problems: [] });
    expect(r.languages).toEqual([{ lang: 'vi', pageCount: 2 }, { lang: 'en', pageCount: 1 }]);
  });

  it('names every missing file the entry points at', () => {
    const r = checkPagefindFiles(memoryTree(pagefindFiles(['pagefind/wasm.en.pagefind', 'pagefind/pagefind.vi_abc.pf_meta', 'pagefind/pagefind-worker.js'])));
    expect(r.problems.map((p) => p.file).sort()).toEqual(['pagefind/pagefind-worker.js', 'pagefind/pagefind.vi_abc.pf_meta', 'pagefind/wasm.en.pagefind']);
  });

  it('reports an unreadable entry and an index without languages', () => {
    const bad = pagefindFiles();
    bad['pagefind/pagefind-entry.json'] = '{"languages":';
    expect(checkPagefindFiles(memoryTree(bad)).problems[0]!.message).toContain('không đọc được JSON');
    const empty = pagefindFiles();
    empty['pagefind/pagefind-entry.json'] = '{"version":"1.6.0","languages":{}}';
    expect(checkPagefindFiles(memoryTree(empty)).problems.map((p) => p.file)).toEqual(['pagefind/pagefind-entry.json']);
    expect(checkPagefindFiles(memoryTree({ 'index.html': '' })).present).toBe(false);
  });

  it('finds absolute Pagefind paths in code, not paths built from a base', () => {
    expect(pagefindLiterals(`import('/pagefind/pagefind.js'); import(base + 'pagefind/pagefind.js'); import(\`\${b}pagefind/x.js\`)`).map((l) => l.url)).toEqual(['/pagefind/pagefind.js']);
  });
});
