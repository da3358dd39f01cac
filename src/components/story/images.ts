/**
 * Story images through Astro's image pipeline. The stories collection is a passthrough
 * (no `image()` helper), so files in content/stories/images/ are imported here with a glob
 * and looked up by the `./images/<file>` path written in the frontmatter or in <Figure src>.
 */
import type { ImageMetadata } from 'astro';

const files = import.meta.glob<ImageMetadata>('/content/stories/images/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG,WEBP,AVIF}', { eager: true, import: 'default' });

/** The image for a story path such as `./images/x.jpg`; throws with a Vietnamese fix when it is not there. */
export function storyImage(src: string): ImageMetadata {
  const name = src.replace(/\\/g, '/').split('/').pop() ?? '';
  const img = files[`/content/stories/images/${name}`];
  if (!img) throw new Error(`Không tìm thấy ảnh "${src}" trong content/stories/images/. Sửa: chép ảnh vào thư mục đó, rồi chạy "npm run validate".`);
  return img;
}

/** Widths generated for a full-width story image (the originals are 1200 px wide). */
export const STORY_WIDTHS = [480, 800, 1200];

/** The widths to generate for an image: the standard ones below its own width, and its own width. */
export function widthsFor(img: ImageMetadata): number[] {
  return [...STORY_WIDTHS.filter((w) => w < img.width), Math.min(img.width, STORY_WIDTHS[STORY_WIDTHS.length - 1]!)];
}
