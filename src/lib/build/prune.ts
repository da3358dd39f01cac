/**
 * Removing hashed assets no built file refers to. Astro copies every image a module imports,
 * so a draft story's cover would otherwise ship in _astro/ although no page shows it.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.xml', '.json', '.txt', '.webmanifest', '.svg']);

/** Every file below `dir`, recursively. */
export function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) filesUnder(p, out);
    else out.push(p);
  }
  return out;
}

/** Names in `assets` that no text in `texts` mentions. Pure, for tests. */
export function unreferenced(assets: string[], texts: string[]): string[] {
  const all = texts.join('\n');
  return assets.filter((a) => !all.includes(a));
}

/** Deletes files in `<dir>/_astro/` whose name appears in no text file of `dir`; returns their names. */
export function pruneUnreferencedAssets(dir: string): string[] {
  const assetsDir = join(dir, '_astro');
  let assets: string[];
  try {
    assets = readdirSync(assetsDir);
  } catch {
    return [];
  }
  const texts = filesUnder(dir)
    .filter((f) => TEXT.has(extname(f)))
    .map((f) => readFileSync(f, 'utf8'));
  const gone = unreferenced(assets, texts);
  for (const name of gone) rmSync(join(assetsDir, name));
  return gone;
}
