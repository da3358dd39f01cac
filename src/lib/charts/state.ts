/**
 * Chart state in the address: ?nam=<year>&hien-thi=<measure>. Shared by the pages (links, embed
 * code), the image files and the client enhancers. Client-safe: no imports.
 */

/** The `hien-thi` values and the ward chart's measures they stand for. */
export const MEASURE_PARAMS = { poor: 'ngheo', near: 'can-ngheo', both: 'ca-hai' } as const;

/** A ward chart measure. */
export type MeasureKey = keyof typeof MEASURE_PARAMS;

/** The measure a `hien-thi` value names, or null when it names none. */
export function measureOfParam(v: string | null | undefined): MeasureKey | null {
  const e = Object.entries(MEASURE_PARAMS).find(([, p]) => p === v);
  return e ? (e[0] as MeasureKey) : null;
}

/** A chart state: the year and (ward chart) the measure. */
export interface ChartState {
  year?: number;
  measure?: MeasureKey;
}

/** The query string of a state ("" when empty): "?nam=2022&hien-thi=can-ngheo". */
export function stateQuery(s: ChartState): string {
  const q = new URLSearchParams();
  if (s.year !== undefined) q.set('nam', String(s.year));
  if (s.measure) q.set('hien-thi', MEASURE_PARAMS[s.measure]);
  const t = q.toString();
  return t ? `?${t}` : '';
}

/** The state a query string asks for, keeping only values in `years` (and known measures). */
export function parseState(search: string, years: readonly number[]): ChartState {
  const q = new URLSearchParams(search);
  const y = Number(q.get('nam'));
  const m = measureOfParam(q.get('hien-thi'));
  return { ...(years.includes(y) ? { year: y } : {}), ...(m ? { measure: m } : {}) };
}
