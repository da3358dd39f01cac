/** Counting a dataset's rows by provenance, and the label that sums them up. */
import type { Provenance } from '../../schemas/cells';
import { formatNumber as n } from '../format';

/** How many rows are official, how many illustrative. */
export interface ProvenanceCounts {
  official: number;
  illustrative: number;
  total: number;
}

/** A dataset's overall provenance. */
export type OverallProvenance = 'official' | 'illustrative' | 'mixed';

/** Counts rows by their `provenance` column. */
export function countProvenance(rows: readonly { provenance: Provenance }[]): ProvenanceCounts {
  let official = 0;
  let illustrative = 0;
  for (const r of rows) {
    if (r.provenance === 'official') official++;
    else illustrative++;
  }
  return { official, illustrative, total: rows.length };
}

/** Official when every row is official, illustrative when every row is, mixed otherwise. */
export function overallProvenance(c: ProvenanceCounts): OverallProvenance {
  if (c.illustrative === 0) return 'official';
  if (c.official === 0) return 'illustrative';
  return 'mixed';
}

/** Vietnamese label with counts: "Chính thức (17 dòng)", "Hỗn hợp: 3 dòng chính thức, 62 dòng minh họa". */
export function provenanceLabel(c: ProvenanceCounts): string {
  switch (overallProvenance(c)) {
    case 'official':
      return `Chính thức (${n(c.total)} dòng)`;
    case 'illustrative':
      return `Số liệu minh họa (${n(c.total)} dòng)`;
    default:
      return `Hỗn hợp: ${n(c.official)} dòng chính thức, ${n(c.illustrative)} dòng số liệu minh họa`;
  }
}

/** The counts alone, for beside the badges: "toàn bộ 17 dòng", "Hỗn hợp: 1 dòng chính thức, 64 dòng số liệu minh họa". */
export function provenanceCountsText(c: ProvenanceCounts): string {
  return overallProvenance(c) === 'mixed' ? provenanceLabel(c) : `toàn bộ ${n(c.total)} dòng`;
}
