/**
 * A chart as a standalone image: title, subtitle, the chosen variant, the chart, the source line,
 * the provenance label (computed from the values shown, src/lib/provenance) and the site's
 * address, in one SVG with its own white background. The PNG is this SVG rasterised at 2×.
 */
import { esc, wrapText } from '../charts/svg';
import { badgeText, kindsOf, provenanceNote } from '../provenance';
import { SITE_NAME } from '../site';
import { IMAGE_CHART_WIDTH, type ChartImage } from './variants';

/** Image width in CSS px (the PNG is twice that). */
export const CARD_WIDTH = IMAGE_CHART_WIDTH + 40;
const PAD = 20;
const INK = '#1c1b19';
const MUTED = '#57534e';
const ACCENT = '#0b5d54';

/** What the card says around the chart. */
export interface CardText {
  title: string;
  subtitle: string;
  /** "Nguồn: …" without the word. */
  source: string;
  /** The address that opens this view, e.g. https://…/bieu-do/ty-le-ho-ngheo/?nam=2022. */
  url: string;
}

/** The size of the chart's own SVG, from its root width/height. */
function sizeOf(svg: string): { w: number; h: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const w = Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? IMAGE_CHART_WIDTH);
  const h = Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 400);
  return { w, h };
}

/** The chart's SVG placed at (x, y): root attributes for the page (role, aria, class) dropped. */
function nested(svg: string, x: number, y: number): string {
  const { w, h } = sizeOf(svg);
  const vb = /\sviewBox="([^"]+)"/.exec(/^<svg\b[^>]*>/.exec(svg)?.[0] ?? '')?.[1] ?? `0 0 ${w} ${h}`;
  return svg.replace(/^<svg\b[^>]*>/, `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${vb}">`);
}

function lines(text: string, size: number, width: number, y0: number, lh: number, attrs: string): { svg: string; y: number } {
  let y = y0;
  let out = '';
  for (const l of wrapText(text, size, width)) {
    y += lh;
    out += `<text x="${PAD}" y="${y}" font-size="${size}" ${attrs}>${esc(l)}</text>`;
  }
  return { svg: out, y };
}

/** The provenance line of an image: "Số liệu minh họa. <sentence>" or the all-official sentence. */
export function imageProvenance(img: Pick<ChartImage, 'shown'>): string {
  const note = provenanceNote(img.shown, 'trong ảnh này');
  return kindsOf(img.shown).includes('illustrative') ? `${badgeText('illustrative')}. ${note}` : note;
}

/** The standalone SVG of an image. */
export function chartCardSvg(img: ChartImage, t: CardText): string {
  const inner = IMAGE_CHART_WIDTH;
  let y = PAD - 4;
  let body = '';
  const title = lines(t.title, 24, inner, y, 30, `font-weight="700" fill="${INK}"`);
  body += title.svg;
  const sub = lines(t.subtitle, 15, inner, title.y + 4, 21, `fill="${MUTED}"`);
  body += sub.svg;
  y = sub.y;
  if (img.label) {
    const v = lines(img.label, 16, inner, y + 4, 22, `font-weight="600" fill="${ACCENT}"`);
    body += v.svg;
    y = v.y;
  }
  y += 12;
  const { h } = sizeOf(img.svg);
  body += nested(img.svg, PAD, y);
  y += h + 8;
  const src = lines(`Nguồn: ${t.source}`, 13, inner, y, 18, `fill="${MUTED}"`);
  const prov = lines(`Nguồn gốc số liệu: ${imageProvenance(img)}`, 13, inner, src.y + 2, 18, `fill="${INK}"`);
  body += src.svg + prov.svg;
  y = prov.y + 14;
  body += `<line x1="${PAD}" y1="${y}" x2="${CARD_WIDTH - PAD}" y2="${y}" stroke="#d6d3ce"/>`;
  // The address on a line of its own, never wrapped, so it can be read and typed whole.
  body += `<text x="${PAD}" y="${y + 20}" font-size="13" font-weight="700" fill="${INK}">${esc(SITE_NAME)}</text>`;
  body += `<text x="${PAD}" y="${y + 38}" font-size="13" font-weight="600" fill="${ACCENT}" data-address="">${esc(t.url)}</text>`;
  const height = Math.ceil(y + 38 + PAD);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${height}" viewBox="0 0 ${CARD_WIDTH} ${height}" font-family="'Be Vietnam Pro', sans-serif"><title>${esc(t.title)}${img.label ? ` (${esc(img.label)})` : ''}</title><rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>\n`;
}
