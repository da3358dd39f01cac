/**
 * Build-time glue between the validated site data and the pure chart library: the only chart
 * module that reads data (through rowsOf), so src/lib/charts stays testable with fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartRows } from '../../lib/charts/registry';
import { rowsOf } from '../../lib/site-data';
import type { Locale } from '../../lib/i18n/locales';

/** The rows every chart needs. */
export function chartRows(): ChartRows {
  return { poverty: rowsOf('ward-poverty'), units: rowsOf('administrative-units'), changes: rowsOf('unit-changes'), campaign: rowsOf('campaign'), targets: rowsOf('plan-targets') };
}

const titles = new Map<string, string>();

/** What a dataset's metadata may hold for its title: the Vietnamese `title`, and per-language titles. */
interface TitledMeta {
  title?: string;
  title_en?: string;
  titles?: Record<string, string>;
  i18n?: Record<string, { title?: string }>;
}

/**
 * A dataset's title from data/<name>.meta.json in a locale (falls back to the Vietnamese title,
 * then to the name). Other languages are read from `i18n.<locale>.title`, `titles.<locale>` or
 * `title_<locale>`, whichever the metadata carries.
 */
export function datasetTitle(name: string, locale: Locale = 'vi'): string {
  const key = `${locale}:${name}`;
  let t = titles.get(key);
  if (t === undefined) {
    try {
      const m = JSON.parse(readFileSync(join(process.cwd(), 'data', `${name}.meta.json`), 'utf8')) as TitledMeta & Record<string, unknown>;
      const own = locale === 'vi' ? undefined : (m.i18n?.[locale]?.title ?? m.titles?.[locale] ?? (m[`title_${locale}`] as string | undefined));
      t = own ?? m.title ?? name;
    } catch {
      t = name;
    }
    titles.set(key, t);
  }
  return t;
}
