/** /du-lieu/catalog.jsonld: the DCAT-AP style catalog of every dataset and distribution. */
import type { APIRoute } from 'astro';
import { DATASET_NAMES } from '../../lib/datasets';
import { catalogEntry, dataHomeUrl } from '../../lib/downloads/index';
import { CATALOG_PATH, dcatCatalog } from '../../lib/downloads/catalog';
import { siteOrigin } from '../../lib/origin';
import { joinBase } from '../../lib/url';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const home = dataHomeUrl(site ?? siteOrigin(), base)!;
  const entries = await Promise.all(DATASET_NAMES.map((n) => catalogEntry(n, home)));
  const json = dcatCatalog(entries, new URL(joinBase(base, ''), home).href, new URL(joinBase(base, CATALOG_PATH), home).href);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
