/** /du-lieu/<dataset>.ris and /du-lieu/ke-hoach-122-kh-ubnd.ris: RIS (see src/lib/downloads/refs.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { referenceOf, REF_NAMES } from '../../lib/downloads/index';
import { toRis } from '../../lib/downloads/refs';

export const getStaticPaths = (() => REF_NAMES().map((ref) => ({ params: { ref } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(toRis(referenceOf(params.ref!, site, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
