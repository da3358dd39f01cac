/** /du-lieu/<dataset>.json: the same validated rows as a JSON array. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES } from '../../lib/datasets';
import { getDownload } from '../../lib/downloads/index';

export const getStaticPaths = (() => DATASET_NAMES.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(getDownload(params.dataset!).json.bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
