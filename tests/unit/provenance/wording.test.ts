import { describe, expect, it } from 'vitest';
import {
  blockNote, citationNote, datasetLabel, markKey, markLegend, provenanceCell, provenanceNote, resultClaim,
  restrictProvenance, shownValues, tipLine, valueProvenance, type ShownValue,
} from '../../../src/lib/provenance';

const city2023 = { provenance: 'mixed' as const, official_fields: 'poor_rate;near_poor_rate', poor_rate: 0.97, near_poor_rate: 2.5, poor_households: 532, near_poor_households: 1371 };
const v = (field: string, provenance: 'official' | 'illustrative', year?: number, unit?: string): ShownValue => ({ field, provenance, year, unit });

describe('value provenance', () => {
  it('a mixed row is official only in the columns it lists', () => {
    expect(valueProvenance(city2023, 'poor_rate')).toBe('official');
    expect(valueProvenance(city2023, 'poor_households')).toBe('illustrative');
    expect(valueProvenance({ provenance: 'official' }, 'x')).toBe('official');
    expect(valueProvenance({ provenance: 'illustrative', official_fields: 'x' }, 'x')).toBe('illustrative');
  });

  it('restricts a row to the columns shown', () => {
    expect(restrictProvenance(city2023, ['poor_rate', 'near_poor_rate'])).toEqual({ provenance: 'official', official_fields: null });
    expect(restrictProvenance(city2023, ['poor_households'])).toEqual({ provenance: 'illustrative', official_fields: null });
    expect(restrictProvenance(city2023, ['poor_rate', 'poor_households'], { poor_rate: 'rate' })).toEqual({ provenance: 'mixed', official_fields: 'rate' });
  });

  it('blank cells are not shown values', () => {
    const target = { provenance: 'mixed' as const, official_fields: 'houses_built', houses_built: 10, money_raised_vnd: null };
    expect(shownValues(target, ['houses_built', 'money_raised_vnd'])).toEqual([{ field: 'houses_built', provenance: 'official' }]);
  });
});

describe('provenance wording', () => {
  it('all official: says so and never "minh họa"', () => {
    const s = provenanceNote([v('poor_rate', 'official', 2023), v('near_poor_rate', 'official', 2024)]);
    expect(s).toBe('Toàn bộ số liệu trên biểu đồ này là số liệu chính thức.');
    expect(blockNote([v('poor_rate', 'official')])).toBe('');
    expect(tipLine([v('poor_rate', 'official')])).toBe('Số liệu chính thức');
    expect(citationNote({ official: 3, illustrative: 0, mixed: 0, total: 3 })).toBeNull();
  });

  it('all illustrative: says so', () => {
    expect(provenanceNote([v('poor_rate', 'illustrative')])).toMatch(/^Toàn bộ số liệu trên biểu đồ này là số liệu minh họa/);
    expect(tipLine([v('poor_rate', 'illustrative')])).toBe('Số liệu minh họa');
    expect(blockNote([v('poor_rate', 'illustrative')], 'Các tỷ lệ')).toMatch(/^Các tỷ lệ là số liệu minh họa/);
  });

  it('mixed: names exactly the official fields, and their scope when the same column is illustrative elsewhere', () => {
    const shown = shownValues(city2023, ['poor_rate', 'near_poor_rate', 'poor_households', 'near_poor_households'], { unit: 'toàn thành phố', year: 2023 });
    expect(tipLine(shown)).toBe('Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo là chính thức; số hộ nghèo và số hộ cận nghèo là minh họa');
    const trend = ['poor_rate', 'near_poor_rate'].flatMap((f) => [v(f, 'official', 2023, 'toàn thành phố'), v(f, 'illustrative', 2022, 'toàn thành phố')]);
    expect(provenanceNote(trend)).toBe('Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo toàn thành phố năm 2023 là chính thức; các số liệu còn lại là minh họa.');
    // A column official everywhere it is shown needs no scope.
    expect(provenanceNote([v('houses_built', 'official', 2024), v('money_raised_vnd', 'illustrative', 2024)])).toBe('Số nhà xây mới là chính thức; số tiền vận động là minh họa.');
  });

  it('claims of a result say when they rest on illustrative values', () => {
    expect(resultClaim(true, ['official'])).toBe('đạt chỉ tiêu');
    expect(resultClaim(true, ['official', 'illustrative'])).toMatch(/^đạt chỉ tiêu \(theo số liệu minh họa/);
    expect(resultClaim(false, ['illustrative'])).toMatch(/^chưa đạt chỉ tiêu \(theo số liệu minh họa/);
  });

  it('legends and keys list only the encodings that appear', () => {
    expect(markLegend(['official'])).toEqual([{ kind: 'official', text: 'Chính thức' }]);
    expect(markLegend(['illustrative']).map((e) => e.kind)).toEqual(['illustrative']);
    expect(markKey(['official'])).toBe('');
    expect(markKey(['official', 'illustrative'])).toContain('điểm rỗng');
  });

  it('table cells and dataset labels', () => {
    expect(provenanceCell('official')).toBe('Chính thức');
    expect(provenanceCell('illustrative')).toBe('Minh họa');
    expect(provenanceCell('mixed', 'poor_rate;near_poor_rate')).toBe('Chính thức: tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo; còn lại minh họa');
    expect(datasetLabel({ official: 17, illustrative: 0, mixed: 0, total: 17 })).toBe('Chính thức (17 dòng)');
    expect(datasetLabel({ official: 0, illustrative: 64, mixed: 1, total: 65 })).toMatch(/^Hỗn hợp: 1 dòng hỗn hợp.*64 dòng số liệu minh họa$/);
  });
});

describe('provenance wording of charts with targets', () => {
  it('names the official targets apart from the official values, without a run of "và"', () => {
    const shown: ShownValue[] = [
      v('poor_rate', 'official', 2023, 'toàn thành phố'),
      v('near_poor_rate', 'official', 2023, 'toàn thành phố'),
      v('poor_rate', 'illustrative', 2024, 'toàn thành phố'),
      v('near_poor_rate', 'illustrative', 2024, 'toàn thành phố'),
      v('target', 'official'),
    ];
    expect(provenanceNote(shown)).toBe('Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo toàn thành phố năm 2023, cùng với chỉ tiêu, là chính thức; các số liệu còn lại là minh họa.');
  });
});
