import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHeaderCoverage, effectiveSources, headersFor, headersLastWins, parseCsp, parseHeadersFile, pathMatches } from '../../../src/cli/release/headers';
import { COMMON_HEADERS, CSP_EMBED, CSP_HEADER, CSP_META, CSP_STRICT_FRAMES, EMBED_PREFIX, renderHeadersFile, renderNginxServer } from '../../../src/lib/security';

const repo = join(__dirname, '../../..');
const publicHeaders = readFileSync(join(repo, 'public/_headers'), 'utf8');
const rules = parseHeadersFile(publicHeaders).rules;
const expectations = { required: COMMON_HEADERS.map(([k]) => k), embedPrefix: `/${EMBED_PREFIX}` };

describe('public/_headers', () => {
  it('is exactly what src/lib/security.ts generates (edit there, then regenerate)', () => {
    expect(publicHeaders).toBe(renderHeadersFile());
  });

  it('sends the CSP constant of src/lib/security.ts on every page', () => {
    const csp = headersFor(rules, '/ke-hoach/').get('content-security-policy');
    expect(csp).toEqual([CSP_HEADER]);
    // Written out by hand: the policy every ordinary page must get, whatever the constants say.
    const expected = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    expect(csp).toEqual([expected]);
    // The <meta> policy says the same, so a host without _headers still enforces it.
    expect(CSP_META).toBe(expected);
  });

  it("is strict and lets Pagefind's WebAssembly run", () => {
    const csp = parseCsp(CSP_META);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(effectiveSources(csp, 'script-src-elem')).not.toContain("'unsafe-inline'");
    // A meta policy cannot carry frame-ancestors: browsers ignore it there.
    expect(csp.has('frame-ancestors')).toBe(false);
  });

  it('lets other sites frame /nhung/* and nothing else, whichever way a host merges overlapping rules', () => {
    const paths = ['/', '/ke-hoach/', '/phuong-xa/do-vinh/', '/nhung/ty-le-ho-ngheo/'];
    expect(checkHeaderCoverage(rules, paths, expectations)).toEqual([]);
    expect(headersLastWins(rules, '/nhung/x/').get('content-security-policy')).toEqual([CSP_EMBED]);
    expect(headersFor(rules, '/nhung/x/').get('content-security-policy')).toEqual([CSP_HEADER, CSP_EMBED]);
    expect(headersFor(rules, '/ke-hoach/').get('x-frame-options')).toEqual(['SAMEORIGIN']);
  });

  it('caches hashed assets for a year and nothing else', () => {
    expect(headersFor(rules, '/_astro/index.BOgVuzq2.css').get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
    expect(headersFor(rules, '/ke-hoach/').has('cache-control')).toBe(false);
  });
});

describe('_headers parsing and matching', () => {
  it('reads rules, comments, Cloudflare detach lines and reports malformed lines', () => {
    const p = parseHeadersFile('# c\n  X-Early: 1\n/a/*\n  X-A: 1\n  ! X-Old\n  broken line\n/b\n  X-B: x: y\n');
    expect(p.rules).toEqual([
      { path: '/a/*', line: 3, headers: [['X-A', '1']], detach: ['X-Old'] },
      { path: '/b', line: 7, headers: [['X-B', 'x: y']], detach: [] },
    ]);
    expect(p.errors.map((e) => e.line)).toEqual([2, 6]);
  });

  it('matches splats and placeholders', () => {
    expect(pathMatches('/*', '/')).toBe(true);
    expect(pathMatches('/nhung/*', '/nhung/')).toBe(true);
    expect(pathMatches('/nhung/*', '/nhungx/')).toBe(false);
    expect(pathMatches('/phuong-xa/:slug/', '/phuong-xa/do-vinh/')).toBe(true);
    expect(pathMatches('/phuong-xa/:slug/', '/phuong-xa/a/b/')).toBe(false);
    expect(pathMatches('/a.b', '/axb')).toBe(false);
  });

  it('catches a frame policy that would block embeds or allow framing everywhere', () => {
    const bad = parseHeadersFile(
      "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n  X-Content-Type-Options: nosniff\n/nhung/*\n  Content-Security-Policy: frame-ancestors *\n",
    ).rules;
    const problems = checkHeaderCoverage(bad, ['/', '/nhung/a/'], { required: ['X-Content-Type-Options'], embedPrefix: '/nhung/' });
    // Merged (Cloudflare): the embed gets frame-ancestors 'self' too, so other sites cannot frame it.
    expect(problems.some((p) => p.path === '/nhung/a/' && p.message.includes("'self'"))).toBe(true);
    const open = parseHeadersFile('/*\n  X-Content-Type-Options: nosniff\n').rules;
    expect(checkHeaderCoverage(open, ['/'], { required: [], embedPrefix: '/nhung/' })[0]!.message).toContain('cho phép mọi trang khác nhúng');
  });
});

describe('DEPLOY.md', () => {
  const deploy = readFileSync(join(repo, 'DEPLOY.md'), 'utf8');

  it('holds the nginx block generated from src/lib/security.ts, unchanged', () => {
    expect(deploy).toContain(renderNginxServer({ base: '/giam-ngheo/', root: '/var/www', serverName: 'example.org' }));
  });

  it('gives the embeds their own frame policy in the nginx block', () => {
    const block = renderNginxServer({ base: '/giam-ngheo/', root: '/var/www', serverName: 'example.org' });
    expect(block).toContain(`location /giam-ngheo/nhung/ {`);
    expect(block).toContain(CSP_EMBED);
    expect(block).toContain(CSP_STRICT_FRAMES);
    expect(block).toContain('location /giam-ngheo/_astro/ {');
  });
});
