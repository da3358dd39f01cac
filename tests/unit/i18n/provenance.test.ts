/** English provenance wording: same logic as Vietnamese (computed from the values shown), English templates. */
import { describe, expect, it } from 'vitest';
import {
  ariaSuffix, badgeText, badgeTitle, blockNote, citationNote, datasetLabel, footerNote, markKey, markLegend,
  noteTitle, provenanceCell, provenanceNote, provenancePhrase, resultClaim, shownValues, stampText, tipLine, type ShownValue,
} from '../../../src/lib/provenance';
import { strings } from '../../../src/lib/i18n/index';

const v = (field: string, provenance: 'official' | 'illustrative', year?: number, unit?: string): ShownValue => ({ field, provenance, year, unit });
const city2023 = { provenance: 'mixed' as const, official_fields: 'poor_rate;near_poor_rate', poor_rate: 0.97, near_poor_rate: 2.5, poor_households: 532, near_poor_households: 1371 };
const VI_WORDS = /minh họa|chính thức|số liệu|Số liệu/;

describe('English badges', () => {
  it('word each provenance', () => {
    expect(badgeText('illustrative', 'en')).toBe('Illustrative data');
    expect(badgeText('official', 'en')).toBe('Official');
    expect(badgeText('mixed', 'en')).toBe('Partly official');
    expect(stampText('en')).toBe('Illustrative data');
    expect(noteTitle('en')).toBe('Illustrative data.');
  });
  it('Vietnamese stays as it was', () => {
    expect(badgeText('illustrative')).toBe('Số liệu minh họa');
    expect(badgeText('mixed', 'vi')).toBe('Một phần chính thức');
  });
  it("a mixed badge's title names the official columns in English", () => {
    expect(badgeTitle('mixed', 'poor_rate;near_poor_rate', null, 'en')).toBe('The poverty rate and the near-poverty rate: official; the other values are illustrative.');
    expect(badgeTitle('official', null, 'Source X', 'en')).toBe('Source X');
  });
});

describe('English provenance sentences', () => {
  it('all official: says so and never "illustrative"', () => {
    const s = provenanceNote([v('poor_rate', 'official', 2023), v('near_poor_rate', 'official', 2024)], undefined, 'en');
    expect(s).toBe('All figures on this chart are official.');
    expect(blockNote([v('poor_rate', 'official')], undefined, 'en')).toBe('');
    expect(tipLine([v('poor_rate', 'official')], 'en')).toBe('Official data');
    expect(ariaSuffix('official', 'en')).toBe('');
  });
  it('all illustrative: says so', () => {
    expect(provenanceNote([v('poor_rate', 'illustrative')], undefined, 'en')).toBe('All figures on this chart are illustrative data, not official figures.');
    expect(tipLine([v('poor_rate', 'illustrative')], 'en')).toBe('Illustrative data');
    expect(ariaSuffix('illustrative', 'en')).toBe(', illustrative data');
    expect(blockNote([v('poor_rate', 'illustrative')], 'The rates', 'en')).toMatch(/^The rates are illustrative data/);
  });
  it('mixed: names exactly the official fields, with their scope when the same column is illustrative elsewhere', () => {
    const shown = shownValues(city2023, ['poor_rate', 'near_poor_rate', 'poor_households', 'near_poor_households'], { unit: 'the whole city', year: 2023 });
    expect(tipLine(shown, 'en')).toBe('The poverty rate and the near-poverty rate are official; the number of poor households and the number of near-poor households are illustrative');
    const trend = ['poor_rate', 'near_poor_rate'].flatMap((f) => [v(f, 'official', 2023, 'the whole city'), v(f, 'illustrative', 2022, 'the whole city')]);
    expect(provenanceNote(trend, undefined, 'en')).toBe('The poverty rate and the near-poverty rate for the whole city in 2023 are official; the other values are illustrative.');
    expect(provenanceNote([v('houses_built', 'official', 2024), v('money_raised_vnd', 'illustrative', 2024)], undefined, 'en')).toBe('The number of houses built is official; the money raised is illustrative.');
    expect(provenancePhrase(['official', 'illustrative'], 'en')).toBe('both official and illustrative data');
    expect(blockNote([v('houses_built', 'official'), v('money_raised_vnd', 'illustrative')], undefined, 'en')).toBe('The figures in this section include both official and illustrative data: the number of houses built is official; the money raised is illustrative.');
  });
  it('claims, legends, keys and cells', () => {
    expect(resultClaim(true, ['official'], 'en')).toBe('target met');
    expect(resultClaim(false, ['illustrative'], 'en')).toBe('target not met (on illustrative data, not an official result)');
    expect(markLegend(['official', 'illustrative'], 'en').map((x) => x.text)).toEqual(['Official', 'Illustrative']);
    expect(markKey(['official'], undefined, undefined, 'en')).toBe('');
    expect(markKey(['official', 'illustrative'], undefined, undefined, 'en')).toBe('filled points are official figures, hollow points are illustrative.');
    expect(provenanceCell('official', null, undefined, 'en')).toBe('Official');
    expect(provenanceCell('mixed', 'poor_rate', undefined, 'en')).toBe('Official: the poverty rate; the rest illustrative');
  });
  it('dataset counts use English number formats', () => {
    expect(datasetLabel({ official: 0, illustrative: 1234, mixed: 0, total: 1234 }, 'en')).toBe('Illustrative data (1,234 rows)');
    expect(datasetLabel({ official: 0, illustrative: 1234, mixed: 0, total: 1234 })).toBe('Số liệu minh họa (1.234 dòng)');
    expect(datasetLabel({ official: 3, illustrative: 62, mixed: 1, total: 66 }, 'en')).toBe('Mixed: 3 official rows, 1 mixed row (only some columns are official, see official_fields), 62 rows of illustrative data');
    expect(citationNote({ official: 3, illustrative: 0, mixed: 0, total: 3 }, 'en')).toBeNull();
    expect(citationNote({ official: 0, illustrative: 5, mixed: 0, total: 5 }, 'en')).toMatch(/^Illustrative data: all 5 rows/);
  });
  it('the footer note follows the data', () => {
    expect(footerNote({ illustrative: 0, mixed: 0 }, 'en')).toBe('');
    expect(footerNote({ illustrative: 2, mixed: 0 }, 'en')).toMatch(/illustrative data/);
  });
  it('no English sentence carries Vietnamese provenance words', () => {
    const outs = [
      provenanceNote([v('poor_rate', 'illustrative')], undefined, 'en'),
      tipLine(shownValues(city2023, ['poor_rate', 'poor_households']), 'en'),
      blockNote([v('poor_rate', 'illustrative')], undefined, 'en'),
      footerNote({ illustrative: 1, mixed: 0 }, 'en'),
    ];
    for (const s of outs) expect(s).not.toMatch(VI_WORDS);
  });
  it('every column the Vietnamese wording names has an English noun', () => {
    expect(Object.keys(strings('en').provenance.fields).sort()).toEqual(Object.keys(strings('vi').provenance.fields).sort());
  });
});
