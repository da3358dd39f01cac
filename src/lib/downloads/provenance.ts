/** Counting a dataset's rows by provenance; the words come from src/lib/provenance. */
import type { Provenance } from '../../schemas/cells';
import { citationNote, datasetCountsText, datasetLabel, overallOf, type ProvenanceCounts } from '../provenance';

export type { ProvenanceCounts };

/** A dataset's overall provenance. */
export type OverallProvenance = 'official' | 'illustrative' | 'mixed';

/** Counts rows by their `provenance` column. */
export function countProvenance(rows: readonly { provenance: Provenance }[]): ProvenanceCounts {
  const c: ProvenanceCounts = { official: 0, illustrative: 0, mixed: 0, total: rows.length };
  for (const r of rows) c[r.provenance]++;
  return c;
}

/** Official when every row is official, illustrative when every row is, mixed otherwise. */
export function overallProvenance(c: ProvenanceCounts): OverallProvenance {
  return overallOf(c);
}

/** Vietnamese label with counts: "Chính thức (17 dòng)", "Hỗn hợp: 3 dòng chính thức, …". */
export const provenanceLabel = datasetLabel;

/** The counts alone, for beside the badges. */
export const provenanceCountsText = datasetCountsText;

/** The warning a citation of a dataset with illustrative values carries. */
export const illustrativeNote = citationNote;
