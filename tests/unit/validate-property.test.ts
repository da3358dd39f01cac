import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOf, DATASETS, DATASET_NAMES } from '../../src/lib/datasets';
import { firstInvalidUtf8 } from '../../src/lib/validate/decode';
import { validateTable } from '../../src/lib/validate/table';

const CSV_CHARS = [',', '"', '\n', '\r', '\r\n', ' ', 'a', '1', '.', '-', '=', 'đ', 'ộ', '\uFEFF', '\t', ';', '\0', '9007199254740993', '2023', '582'];

/** Lines an editor shows: CR, LF and CRLF each end one. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

describe('the validator never crashes', () => {
  it('returns a report for random bytes, for every dataset', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...DATASET_NAMES), (bytes, name) => {
        const t = validateTable(bytes, 'x.csv', DATASETS[name].schema, columnsOf(name));
        expect(Array.isArray(t.problems)).toBe(true);
        for (const p of t.problems) expect(p.message).not.toContain('lỗi nội bộ');
        // Every row that passed is fully typed, never partly coerced.
        expect(t.rows.length).toBe(t.lines.length);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a report for random CSV-like text under a real header', () => {
    const header = columnsOf('ward-poverty').join(',') + '\n';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CSV_CHARS), { maxLength: 300 }), (chars) => {
        const bytes = new TextEncoder().encode(header + chars.join(''));
        const t = validateTable(bytes, 'x.csv', DATASETS['ward-poverty'].schema, columnsOf('ward-poverty'));
        const last = lineCount(header + chars.join(''));
        for (const p of t.problems) {
          expect(p.line === null || (p.line >= 1 && p.line <= last)).toBe(true);
          // The safety net in validateTable is for bugs: bad input never reaches it.
          expect(p.message).not.toContain('lỗi nội bộ');
        }
        for (const l of t.lines) expect(l).toBeLessThanOrEqual(last);
        // A typed row never holds a number read as another one.
        for (const r of t.rows) expect(Number.isSafeInteger(r.poor_households)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with TextDecoder on what is valid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
