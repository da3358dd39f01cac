/**
 * Build-time glue between the validated site data and the pure chart library: the only chart
 * module that reads data (through rowsOf), so src/lib/charts stays testable with fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartRows } from '../../lib/charts/registry';
import { rowsOf } from '../../lib/site-data';

/** The rows every chart needs. */
export function chartRows(): ChartRows {
  return { poverty: rowsOf('ward-poverty'), units: rowsOf('administrative-units'), changes: rowsOf('unit-changes'), campaign: rowsOf('campaign'), targets: rowsOf('plan-targets') };
}

const titles = new Map<string, string>();

/** A dataset's Vietnamese title from data/<name>.meta.json (falls back to the name). */
export function datasetTitle(name: string): string {
  let t = titles.get(name);
  if (t === undefined) {
    try {
      t = (JSON.parse(readFileSync(join(process.cwd(), 'data', `${name}.meta.json`), 'utf8')) as { title?: string }).title ?? name;
    } catch {
      t = name;
    }
    titles.set(name, t);
  }
  return t;
}
