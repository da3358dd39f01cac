/**
 * Build-time glue for chart images: the images of a chart (src/lib/images/variants.ts), their
 * standalone SVG (src/lib/images/card.ts) and PNG (src/lib/images/render.ts), with the site's
 * absolute address on each. Used by the image endpoints, the chart frame's download links and
 * the chart page's Open Graph image.
 */
import { chartMeta } from '../../lib/charts/registry';
import { stateQuery } from '../../lib/charts/state';
import { chartCardSvg } from '../../lib/images/card';
import { svgToPng } from '../../lib/images/render';
import { chartImages, type ChartImage } from '../../lib/images/variants';
import { joinBase } from '../../lib/url';
import { chartRows, datasetTitle } from './data';

const cache = new Map<string, ChartImage[]>();
const pngCache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** Every image of a chart (hrefs of tiles point at the site's unit pages). */
export function imagesOf(slug: string, base: string): ChartImage[] {
  let imgs = cache.get(slug);
  if (!imgs) {
    imgs = chartImages(slug, chartRows(), (u) => joinBase(base, `phuong-xa/${u.slug}/`));
    cache.set(slug, imgs);
  }
  return imgs;
}

/** Site path (no base) of an image file: "bieu-do/<slug>/<file>.png". */
export const imagePath = (slug: string, file: string, ext: 'png' | 'svg') => `bieu-do/${slug}/${file}.${ext}`;

/** The image a reader sees first (its PNG is the Open Graph image of the chart page). */
export function defaultImage(slug: string, base: string): ChartImage {
  const imgs = imagesOf(slug, base);
  return imgs.find((i) => i.isDefault) ?? imgs[0]!;
}

/** The standalone SVG of an image, with the absolute address of the view it shows. */
export function imageSvg(img: ChartImage, site: URL | string, base: string): string {
  const meta = chartMeta(img.slug);
  const url = new URL(joinBase(base, `bieu-do/${img.slug}/`), site).href + stateQuery(img.state);
  const source = `${meta.datasets.map((d) => datasetTitle(d)).join('; ')}. Dựa trên Kế hoạch 122/KH-UBND (2024) và các nguồn ghi trong từng bộ dữ liệu.`;
  return chartCardSvg(img, { title: meta.title, subtitle: meta.subtitle, source, url });
}

/** The PNG (2×) of an image. */
export function imagePng(img: ChartImage, site: URL | string, base: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = `${img.slug}/${img.file}\n${String(site)}${base}`;
  let p = pngCache.get(key);
  if (!p) {
    p = svgToPng(imageSvg(img, site, base));
    pngCache.set(key, p);
  }
  return p;
}
