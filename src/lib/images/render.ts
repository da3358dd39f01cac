/**
 * SVG → PNG with sharp (libvips + librsvg, already installed by Astro). Text is set by Pango with
 * the site's own Be Vietnam Pro only (from @fontsource, WOFF converted to TTF), through a private
 * fontconfig setup: no system font, so the image looks like the page on any machine, and Pango
 * takes each character from the subset file (latin, latin-ext, vietnamese) that has it.
 * Fonts and the config are written once under the OS temp dir (named by content), never into
 * data/ or content/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { woffToSfnt } from './woff';

/** The weights the charts and image cards use. */
const WEIGHTS = [400, 600, 700];
const SUBSETS = ['latin', 'latin-ext', 'vietnamese'];

let configured: string | undefined;

/**
 * Writes the TTF files and a fonts.conf listing only them; points FONTCONFIG_FILE at it (read by
 * fontconfig when text is first set). Returns the folder.
 */
export function useSiteFont(root = process.cwd()): string {
  if (configured) return configured;
  const src = join(root, 'node_modules', '@fontsource', 'be-vietnam-pro', 'files');
  const woffs = WEIGHTS.flatMap((w) => SUBSETS.map((s) => `be-vietnam-pro-${s}-${w}-normal.woff`));
  const hash = createHash('sha256');
  const bytes = woffs.map((f) => {
    const b = readFileSync(join(src, f));
    hash.update(b);
    return b;
  });
  const dir = join(tmpdir(), `giam-ngheo-fonts-${hash.digest('hex').slice(0, 16)}`);
  mkdirSync(join(dir, 'fonts'), { recursive: true });
  woffs.forEach((f, i) => {
    const out = join(dir, 'fonts', f.replace(/\.woff$/, '.ttf'));
    if (!existsSync(out)) writeFileSync(out, woffToSfnt(bytes[i]!));
  });
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts')}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  process.env.FONTCONFIG_FILE = conf;
  configured = dir;
  return dir;
}

/** Renders an SVG (sized in CSS px) to PNG at `scale` × (2 = "2× density"). */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array<ArrayBuffer>> {
  useSiteFont();
  const png = await sharp(Buffer.from(svg), { density: 72 * scale }).flatten({ background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(png);
}
