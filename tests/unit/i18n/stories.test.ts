/** English templates of the story lists and ward pages, and which title a card shows in each locale. */
import { describe, expect, it } from 'vitest';
import { strings } from '../../../src/lib/i18n/index';
import { storyTextIn } from '../../../src/lib/stories/translation';
import { unitInlineFor, unitLabelFor } from '../../../src/lib/units/index';
import { basisOpener } from '../../../src/lib/provenance';
import { SUPPORT_IDS, SUPPORTS } from '../../../src/schemas/story';

const vi = strings('vi');
const en = strings('en');
const story = { title: 'Lò gốm nhỏ của chị H.', summary: 'Tóm tắt tiếng Việt.', title_en: 'Ms H.’s small pottery kiln', summary_en: 'An English summary.' };

describe('storyTextIn', () => {
  it('Vietnamese pages show the Vietnamese text with no lang override', () => {
    expect(storyTextIn(story, 'vi')).toEqual({ title: story.title, summary: story.summary, translated: true, titleLang: undefined, summaryLang: undefined, hreflang: undefined });
  });
  it('English pages show title_en and summary_en, linking to the Vietnamese body', () => {
    expect(storyTextIn(story, 'en')).toEqual({ title: story.title_en, summary: story.summary_en, translated: true, titleLang: undefined, summaryLang: undefined, hreflang: 'vi' });
  });
  it('without title_en, the Vietnamese title and summary, marked lang="vi"', () => {
    const s = storyTextIn({ ...story, title_en: undefined, summary_en: undefined }, 'en');
    expect(s).toMatchObject({ title: story.title, summary: story.summary, translated: false, titleLang: 'vi', summaryLang: 'vi' });
  });
  it('an English title alone keeps the Vietnamese summary, marked; a summary never comes without its title', () => {
    expect(storyTextIn({ ...story, summary_en: undefined }, 'en')).toMatchObject({ title: story.title_en, summary: story.summary, titleLang: undefined, summaryLang: 'vi', translated: true });
    expect(storyTextIn({ ...story, title_en: undefined }, 'en')).toMatchObject({ title: story.title, summary: story.summary, summaryLang: 'vi', translated: false });
  });
});

describe('unit names', () => {
  const doVinh = { type: 'Phường', name: 'Đô Vinh' };
  const thanhHai = { type: 'Xã', name: 'Thành Hải' };
  it('inside a sentence: "phường Đô Vinh", "Đô Vinh ward"', () => {
    expect(unitInlineFor('vi')(doVinh)).toBe('phường Đô Vinh');
    expect(unitInlineFor('vi')(thanhHai)).toBe('xã Thành Hải');
    expect(unitInlineFor('en')(doVinh)).toBe('Đô Vinh ward');
    expect(unitInlineFor('en')(thanhHai)).toBe('Thành Hải commune');
    expect(unitInlineFor('en')({ type: 'Thành phố', name: 'Phan Rang-Tháp Chàm' })).toBe('the city of Phan Rang-Tháp Chàm');
    expect(unitLabelFor('en')(doVinh)).toBe('Đô Vinh ward');
  });
});

describe('story list templates', () => {
  it('counts agree in number in English', () => {
    expect(en.stories.list.count('1', 1)).toBe('1 story');
    expect(en.stories.list.count('1,024', 1024)).toBe('1,024 stories');
    expect(vi.stories.list.count('8', 8)).toBe('8 câu chuyện');
  });
  it('every kind of support has an English label, and the Vietnamese ones are the schema labels', () => {
    for (const id of SUPPORT_IDS) {
      expect(en.stories.supports[id].trim()).not.toBe('');
      expect(en.stories.supports[id]).not.toBe(SUPPORTS[id]);
      expect(vi.stories.supports[id]).toBe(SUPPORTS[id]);
    }
  });
  it('sentences with links keep the link as one part', () => {
    const link = { link: true };
    expect(en.stories.unit.seeData(link)).toEqual(['See the figures for ', link, '.']);
    const parts = en.stories.index.follow('RSS', 'guide');
    expect(parts.join('')).toBe('Follow new stories through the RSS. Editors: see the guide.');
  });
  it('illustrative notes in English say how many', () => {
    expect(en.stories.list.illustrativeSome('3', '10')).toMatch(/^3 of the 10 stories below/);
  });
});

describe('ward page templates', () => {
  const w = en.wards.page;
  it('the trend sentence, in both languages, from the same values', () => {
    const text = (parts: unknown[]) => parts.join('');
    expect(text(w.trend(false, 'Đô Vinh ward', 'down', '0.90%', '2021', '0.50%', '2024', '2.00%', '1.50%'))).toBe(
      'The poverty rate of Đô Vinh ward fell from 0.90% (end of 2021) to 0.50% (end of 2024); the near-poverty rate went from 2.00% to 1.50%.');
    expect(text(w.trend(true, 'Đô Vinh ward', 'same', '0.90%', '2021', null, '2024', '2.00%', '1.50%'))).toMatch(/^According to illustrative data, the poverty rate of Đô Vinh ward stayed at 0.90% \(end of 2021 to end of 2024\); /);
    expect(text(vi.wards.page.trend(false, 'Phường Đô Vinh', 'up', '0,50%', '2021', '0,90%', '2024', '1,00%', '2,00%'))).toBe(
      'Tỷ lệ hộ nghèo của Phường Đô Vinh tăng từ 0,50% (cuối năm 2021) xuống 0,90% (cuối năm 2024); tỷ lệ hộ cận nghèo từ 1,00% còn 2,00%.');
  });
  it('the Vietnamese illustrative opener is the provenance wording (basisOpener)', () => {
    const parts = vi.wards.page.trend(true, 'X', 'down', 'a', '1', 'b', '2', 'c', 'd');
    expect(String(parts[0]).startsWith(`${basisOpener(['illustrative'])}tỷ lệ`)).toBe(true);
    expect(String(vi.wards.page.trend(false, 'X', 'down', 'a', '1', 'b', '2', 'c', 'd')[0]).startsWith(`${basisOpener(['official'])}Tỷ lệ`)).toBe(true);
  });
  it('the lead, validity and the Fund note', () => {
    expect(w.lead('Ward', 'Phủ Hà ward', '1 November 2024')).toBe('A ward of the city of Phan Rang-Tháp Chàm, Ninh Thuận province, merged into Phủ Hà ward on 1 November 2024.');
    expect(w.lead('Commune', null, '')).toBe('A commune of the city of Phan Rang-Tháp Chàm, Ninh Thuận province.');
    expect(w.validity(null, '30 June 2025')).toBe('from before 2021 to 30 June 2025 inclusive');
    expect(w.validity('1 November 2024', null)).toBe('from 1 November 2024 to the present');
    expect(vi.wards.page.validity(null, null)).toBe('từ trước năm 2021 đến hết ngày nay');
    expect(w.fundNone('Thanh Sơn ward', '2024', 'Phủ Hà ward')).toBe('No Fund figures for Thanh Sơn ward yet since 2024 (counted in Phủ Hà ward).');
  });
  it('timeline sentences take the unit links as parts', () => {
    const a = { a: 1 };
    const c = en.wards.changes;
    expect(c.merged('Thanh Sơn ward', a, '31 October 2024')).toEqual(['Thanh Sơn ward ', a, ' and ceased to be a separate administrative unit (in force until 31 October 2024 inclusive).']);
    expect(c.intoNew('Đô Vinh ward', true, a, true, 'Khánh Hòa', null).join('')).toBe('Đô Vinh ward mostly became part of [object Object] (new), Khánh Hòa province.');
    expect(c.intoNew('X', false, 'Y', false, null, 'Z').join('')).toBe('X became part of Y, together with Z.');
    expect(vi.wards.changes.intoNew('X', true, 'Y', true, 'Khánh Hòa', 'Z').join('')).toBe('X phần lớn thuộc Y mới của tỉnh Khánh Hòa, cùng với Z.');
  });
});
