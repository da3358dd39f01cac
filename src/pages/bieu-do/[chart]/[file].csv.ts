/**
 * CSV downloads of the charts: /bieu-do/<slug>/<file>.csv, exactly the rows each chart (or year
 * panel) shows, with provenance and source, written by the one CSV writer (BOM, CRLF).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartRows } from '../../../components/charts/data';
import { CHARTS, chartFiles } from '../../../lib/charts/registry';
import { tableCsv, type ChartTable } from '../../../lib/charts/table';

export const getStaticPaths = (() => {
  const d = chartRows();
  return CHARTS.flatMap((c) => chartFiles(c.slug, d).map((f) => ({ params: { chart: c.slug, file: f.file }, props: { table: f.table } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: ChartTable }> = ({ props }) =>
  new Response(tableCsv(props.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
