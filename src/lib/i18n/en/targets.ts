/** English strings: the plan targets chart (src/lib/charts/targets*.ts, PlanTargetsChart.astro). */
import type { targets as Vi } from '../vi/targets';

export const targets: typeof Vi = {
  title: 'Plan targets: baseline, target and actual',
  subtitle: 'Targets with figures to compare, Kế hoạch 122/KH-UBND (Plan 122/KH-UBND), 2024.',
  labels: {
    'ty-le-ho-ngheo': 'Poverty rate',
    'ty-le-ho-can-ngheo': 'Near-poverty rate',
    'xay-moi-nha-2024': 'New houses for poor households',
  },
  units: { '%': '%', 'căn nhà': 'houses' },
  withUnit: (value, unit) => `${value} ${unit}`,
  tagged: (value, tag) => `${value} (${tag})`,
  legend: {
    baseline: 'Baseline (end of 2023)',
    target: '2024 target',
    actual: '2024 actual',
    actualAs: (tag) => `2024 actual (${tag})`,
  },
  aria: (count) => `Dot chart: baseline, target and actual of ${count} plan targets for 2024, one row per figure`,
  describe: {
    none: 'No target has figures to compare yet.',
    target: (label, baseline, target) => `${label}: ${baseline !== null ? `from ${baseline} at the end of 2023 to a target of` : 'a target of'} ${target} by the end of 2024`,
    actual: (value, tag, claim) => `; actual ${value} (${tag}), ${claim}`,
    noActual: '; no actual figure yet',
    end: '.',
    others: (count) => `${count} other numeric targets (mostly 100%) have no baseline or actual figure yet, so they are not drawn.`,
  },
  derivedSource: (file, year, source) => `${file}, whole city, ${year}: ${source}`,
  table: {
    caption: 'Targets of Plan 122/KH-UBND: baseline, target and actual',
    id: 'Target ID',
    label: 'Target',
    unit: 'Unit',
    baseline: 'Baseline (end of 2023)',
    target: '2024 target',
    actual: '2024 actual',
    provenance: 'Provenance',
    officialFields: 'Official columns',
    actualProvenance: 'Provenance of the actual',
    source: 'Source of the target',
    actualSource: 'Source of the actual',
  },
};
