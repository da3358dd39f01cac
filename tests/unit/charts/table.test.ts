import { describe, expect, it } from 'vitest';
import { provenancesOf, sourcesOf } from '../../../src/lib/charts/table';

describe('source and provenance lines of a chart', () => {
  const rows = [
    { source: 'Kế hoạch 122/KH-UBND', provenance: 'official' as const },
    { source: 'Số liệu minh họa', provenance: 'illustrative' as const },
    { source: 'Số liệu minh họa', provenance: 'illustrative' as const },
  ];
  it('lists each source once, in order of first appearance', () => {
    expect(sourcesOf(rows)).toBe('Kế hoạch 122/KH-UBND; Số liệu minh họa');
  });
  it('lists each provenance once, so "Số liệu minh họa" shows whenever one row is illustrative', () => {
    expect(provenancesOf(rows)).toEqual(['official', 'illustrative']);
    expect(provenancesOf(rows.slice(0, 1))).toEqual(['official']);
  });
});
