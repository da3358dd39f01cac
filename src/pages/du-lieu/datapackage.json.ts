/** /du-lieu/datapackage.json: the Frictionless Tabular Data Package describing every CSV. */
import type { APIRoute } from 'astro';
import { dataHomeUrl, getDataPackage } from '../../lib/downloads/index';

export const GET: APIRoute = ({ site }) =>
  new Response(getDataPackage(dataHomeUrl(site, import.meta.env.BASE_URL)).bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
