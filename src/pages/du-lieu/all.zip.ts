/** /du-lieu/all.zip: every CSV, datapackage.json and README.txt. */
import type { APIRoute } from 'astro';
import { dataHomeUrl, getZip } from '../../lib/downloads/index';

export const GET: APIRoute = async ({ site }) =>
  new Response((await getZip(dataHomeUrl(site, import.meta.env.BASE_URL))).bytes, { headers: { 'Content-Type': 'application/zip' } });
