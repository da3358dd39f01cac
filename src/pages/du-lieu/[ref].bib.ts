/** /du-lieu/<dataset>.bib and /du-lieu/ke-hoach-122-kh-ubnd.bib: BibTeX (see src/lib/downloads/refs.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { referenceOf, REF_NAMES } from '../../lib/downloads/index';
import { toBibtex } from '../../lib/downloads/refs';

export const getStaticPaths = (() => REF_NAMES().map((ref) => ({ params: { ref } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(toBibtex(referenceOf(params.ref!, site, import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
