/** /du-lieu/<dataset>.csv: the validated rows in canonical CSV (see src/lib/downloads/files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES } from '../../lib/datasets';
import { getDownload } from '../../lib/downloads/index';

export const getStaticPaths = (() => DATASET_NAMES.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(getDownload(params.dataset!).csv.bytes, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
