/** /du-lieu/<dataset>.xlsx: the validated rows as an Excel workbook (see src/lib/downloads/xlsx.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES } from '../../lib/datasets';
import { dataHomeUrl, getWorkbook } from '../../lib/downloads/index';

export const getStaticPaths = (() => DATASET_NAMES.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response((await getWorkbook(params.dataset!, dataHomeUrl(site, import.meta.env.BASE_URL))).bytes, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
