/**
 * Build-time glue between the validated site data and the pure chart library: the only chart
 * module that reads data (through rowsOf), so src/lib/charts stays testable with fixtures.
 */
import type { ChartRows } from '../../lib/charts/registry';
import { rowsOf } from '../../lib/site-data';
import type { Locale } from '../../lib/i18n/locales';
import { DATASET_NAMES } from '../../lib/datasets';
import { datasetText } from '../../lib/dictionary';
import { getDownload } from '../../lib/downloads/index';

/** The rows every chart needs. */
export function chartRows(): ChartRows {
  return { poverty: rowsOf('ward-poverty'), units: rowsOf('administrative-units'), changes: rowsOf('unit-changes'), campaign: rowsOf('campaign'), targets: rowsOf('plan-targets') };
}

/** A dataset's title in a locale, from its validated metadata (the one reader of data/<name>.meta.json). */
export function datasetTitle(name: string, locale: Locale = 'vi'): string {
  return (DATASET_NAMES as readonly string[]).includes(name) ? datasetText(getDownload(name).meta, locale).title : name;
}
