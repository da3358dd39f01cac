/** /bieu-do/<slug>/<image>.svg: a chart as a standalone SVG (src/components/charts/images.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../lib/charts/registry';
import { imageSvg, imagesOf } from '../../../components/charts/images';

export const getStaticPaths = (() => CHARTS.flatMap((c) => imagesOf(c.slug, import.meta.env.BASE_URL).map((img) => ({ params: { chart: c.slug, image: img.file }, props: { img } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(imageSvg(props.img, site!, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
