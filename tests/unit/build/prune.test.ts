import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneUnreferencedAssets, unreferenced } from '../../../src/lib/build/prune';

describe('pruning unreferenced build assets', () => {
  it('keeps what a page, a stylesheet or a script mentions and drops the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prune-'));
    mkdirSync(join(dir, '_astro'));
    mkdirSync(join(dir, 'a'));
    for (const f of ['used.abc.webp', 'font.123.woff2', 'chunk.9.js', 'draft-cover.777.jpg']) writeFileSync(join(dir, '_astro', f), 'x');
    writeFileSync(join(dir, 'a/index.html'), '<img src="/_astro/used.abc.webp"><script src="/_astro/chunk.9.js"></script>');
    writeFileSync(join(dir, '_astro/site.css'), '@font-face{src:url(./font.123.woff2)}');
    writeFileSync(join(dir, 'a/x.html'), '<link rel="stylesheet" href="/_astro/site.css">');
    expect(pruneUnreferencedAssets(dir)).toEqual(['draft-cover.777.jpg']);
    expect(readdirSync(join(dir, '_astro')).sort()).toEqual(['chunk.9.js', 'font.123.woff2', 'site.css', 'used.abc.webp']);
  });

  it('returns nothing when there is no _astro folder', () => {
    expect(pruneUnreferencedAssets(mkdtempSync(join(tmpdir(), 'prune-')))).toEqual([]);
    expect(unreferenced(['a.js'], ['import "./a.js"'])).toEqual([]);
  });
});
