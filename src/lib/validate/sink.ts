/** What the checks across tables share: the capped problem sink and the keys of rows. */
import { STORED_PER_FILE, type Problem } from './problem';
import type { Table } from './table';

/** Collects problems, keeping at most STORED_PER_FILE per file and counting the rest. */
export class Sink {
  readonly list: Problem[] = [];
  omitted = 0;
  private readonly perFile = new Map<string, number>();
  add(p: Problem): void {
    const n = this.perFile.get(p.file) ?? 0;
    if (n < STORED_PER_FILE) {
      this.perFile.set(p.file, n + 1);
      this.list.push(p);
    } else this.omitted++;
  }
}

/** A table seen through column names. */
export type AnyTable = Table<Record<string, unknown>>;

/** The key of a row: its values in `fields`, joined by "|". */
export function keyOf(row: Record<string, unknown>, fields: readonly string[]): string {
  return fields.map((f) => String(row[f])).join('|');
}

/** The keys of a table's rejected rows, from their raw cells (trimmed, NFC), as keyOf writes them. */
export function rejectedKeys(t: AnyTable, fields: readonly string[]): Set<string> {
  const idx = fields.map((f) => t.header.indexOf(f));
  const out = new Set<string>();
  for (const r of t.rejected) out.add(idx.map((i) => (i < 0 ? '' : (r.cells[i] ?? '').trim().normalize('NFC'))).join('|'));
  return out;
}
