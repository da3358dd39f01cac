/** /bieu-do/<slug>/<image>.png: a chart as a PNG at 2× (src/components/charts/images.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../lib/charts/registry';
import { imagePng, imagesOf } from '../../../components/charts/images';

export const getStaticPaths = (() => CHARTS.flatMap((c) => imagesOf(c.slug, import.meta.env.BASE_URL).map((img) => ({ params: { chart: c.slug, image: img.file }, props: { img } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await imagePng(props.img, site!, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'image/png' } });
